// Data validation lists of the schema's list columns, as one rule both a new workbook and a column
// added on upgrade use: fixed lists stop other values; the 組室 list only informs, because a case may
// name several divisions joined with 、, which no list can hold.
import type { ColumnSpec } from "../schema";
import { escapeXml } from "./xml";

export interface ListValidation {
  /** formula1 in the stored form (no leading =) */
  readonly formula: string;
  readonly errorStyle: "stop" | "information";
  readonly errorTitle: string;
  readonly error: string;
}

export function listValidation(column: ColumnSpec): ListValidation | undefined {
  if (column.values) {
    return { formula: `"${column.values.join(",")}"`, errorStyle: "stop", errorTitle: column.header, error: `請從清單選擇：${column.values.join("、")}` };
  }
  if (column.valuesFrom) {
    // Excel takes a table column in a validation list only through INDIRECT.
    const { table, column: header } = column.valuesFrom;
    return {
      formula: `INDIRECT("${table}[${header}]")`,
      errorStyle: "information",
      errorTitle: column.header,
      error: `不在「${table}」表格的${header}中；多個組室請以「、」分隔，新組室請先加入「${table}」表格`,
    };
  }
  return undefined;
}

export function renderValidation(validation: ListValidation, sqref: string): string {
  return (
    `<dataValidation type="list" errorStyle="${validation.errorStyle}" allowBlank="1" showErrorMessage="1" ` +
    `errorTitle="${escapeXml(validation.errorTitle)}" error="${escapeXml(validation.error)}" sqref="${sqref}">` +
    `<formula1>${escapeXml(validation.formula)}</formula1></dataValidation>`
  );
}
