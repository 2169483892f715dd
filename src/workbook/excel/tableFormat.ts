// How a table the store creates or upgrades looks: column widths, font and wrapping, data validation
// lists, and the conditional formats that colour 列管案件 rows by 狀態. Read from the schema; queued,
// never synced here.
import { columnLetters } from "../a1";
import { STATUS_STYLES, TABLE, WORKBOOK_FONT, type ColumnSpec, type TableSpec } from "../schema";

/**
 * Excel's column width in characters to the points RangeFormat.columnWidth takes: a character of the
 * default font is 7 pixels plus 5 pixels of padding, and a pixel is 0.75 point at 96 dpi.
 */
export const columnWidthPoints = (characters: number): number => Math.round((characters * 7 + 5) * 0.75);


/**
 * The validation of a list column. Fixed lists (追蹤狀態, 事件) stop a wrong entry. 主辦組室 takes its list
 * from the 組室 table through INDIRECT (a validation list cannot name a table column directly) and only
 * warns, because a case may name several divisions joined with 、.
 */
export function validationOf(column: ColumnSpec): { rule: Excel.DataValidationRule; errorAlert: Excel.DataValidationErrorAlert } | undefined {
  if (column.kind !== "list") return undefined;
  if (column.values) {
    return {
      rule: { list: { inCellDropDown: true, source: column.values.join(",") } },
      errorAlert: { showAlert: true, style: "Stop", title: column.header, message: `請從清單選擇：${column.values.join("、")}` },
    };
  }
  if (column.valuesFrom) {
    const { table, column: header } = column.valuesFrom;
    return {
      rule: { list: { inCellDropDown: true, source: `=INDIRECT("${table}[${header}]")` } },
      errorAlert: { showAlert: true, style: "Warning", title: column.header, message: `「${table}」表中沒有這個名稱；多個組室請以「、」分隔。` },
    };
  }
  return undefined;
}

/** Queues the validation of every list column of a table, on its data body. */
export function queueValidation(table: Excel.Table, spec: TableSpec, indexOf: (column: ColumnSpec) => number | undefined): void {
  for (const column of spec.columns) {
    const validation = validationOf(column);
    const index = indexOf(column);
    if (!validation || index === undefined) continue;
    const body = table.columns.getItemAt(index).getDataBodyRange();
    body.dataValidation.rule = validation.rule;
    body.dataValidation.errorAlert = validation.errorAlert;
  }
}

/**
 * Queues the row colours of 列管案件: one custom rule per STATUS_STYLES entry on the data body, testing
 * the 狀態 cell of the same row (`=$N2="逾期"`: column fixed, row relative to the body's first row).
 */
export function queueStatusFormats(body: Excel.Range, statusIndex: number, firstBodyRow: number): void {
  // the conditional-format formula cannot use structured references
  const cell = `$${columnLetters(statusIndex + 1)}${firstBodyRow}`;
  for (const [label, style] of Object.entries(STATUS_STYLES)) {
    const format = body.conditionalFormats.add("Custom");
    format.custom.rule.formula = `=${cell}="${label}"`;
    format.custom.format.fill.color = style.fill;
    format.custom.format.font.color = style.font;
  }
}

/** Tables whose rows the conditional formats colour. */
export const COLOURED_TABLE = TABLE.cases;

/**
 * Queues the table's look beyond widths: the workbook font (WORKBOOK_FONT) on its columns, and long
 * text (案由, 辦理情形) wrapped and top-aligned. Set on whole columns, so rows added later look alike.
 */
export function queueColumnLook(sheet: Excel.Worksheet, spec: TableSpec): void {
  spec.columns.forEach((column, index) => {
    const whole = sheet.getRangeByIndexes(0, index, 1, 1).getEntireColumn();
    whole.format.font.name = WORKBOOK_FONT.name;
    if (column.wrap) {
      whole.format.wrapText = true;
      whole.format.verticalAlignment = "Top";
    }
  });
}
