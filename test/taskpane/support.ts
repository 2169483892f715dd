// Rows for the task pane's view tests: cases and workbooks built from a few fields.
import type { IsoDate } from "../../src/domain";
import { emptyCase, emptyWorkbook, type CaseRow, type WorkbookData } from "../../src/workbook/model";

export const d = (text: string): IsoDate => text as IsoDate;

export function caseRow(caseId: string, fields: Partial<CaseRow> = {}): CaseRow {
  return { ...emptyCase(caseId), meeting: Number(caseId.slice(0, -2)), ...fields };
}

export function workbook(cases: readonly CaseRow[], fields: Partial<WorkbookData> = {}): WorkbookData {
  return { ...emptyWorkbook(), cases, ...fields };
}
