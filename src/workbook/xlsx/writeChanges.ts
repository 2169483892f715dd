// Writes WorkbookChanges into a workbook file: meetings and cases by key, history appended, nothing
// deleted; tables that lack a column the schema gained get it first.
import { ok, type Result } from "../../domain";
import { caseToCells, historyToCells, meetingToCells } from "../cells";
import type { WorkbookChanges } from "../model";
import { SCHEMA, dateFormatFor, isSchemaDateFormat, type DateDisplay } from "../schema";
import type { ReadResult } from "./readTables";
import { columnStyle, withColumnStyle } from "./sheetFrame";
import type { Layouts, TableLayout } from "./tableLayout";
import { TableWriter } from "./tableWriter";
import { upgradeColumns } from "./upgradeColumns";
import type { WorkbookFile } from "./workbookFile";

/**
 * The default format of a table's date columns (what Excel gives cells added there) follows 日期顯示,
 * where it is one of the schema's date formats; a column the user formatted otherwise keeps its format.
 */
function formatDateColumns(file: WorkbookFile, layout: TableLayout, display: DateDisplay): void {
  const book = file.styles;
  if (!book) return;
  const wanted = dateFormatFor(display);
  const sheet = file.sheet(layout.part.sheetPath);
  for (const spec of layout.spec.columns) {
    const column = layout.columns.get(spec.key);
    if (spec.kind !== "date" || column === undefined) continue;
    const style = columnStyle(sheet.head, column);
    const code = book.formatCode(style);
    if (style === undefined || code === wanted || !isSchemaDateFormat(code)) continue;
    sheet.head = withColumnStyle(sheet.head, column, book.withFormat(style, wanted));
    sheet.markChanged();
  }
}

export function writeChanges(file: WorkbookFile, layouts: Layouts, read: ReadResult, changes: WorkbookChanges): Result<true> {
  for (const spec of SCHEMA) {
    const layout = layouts[spec.key];
    if (!layout) continue;
    const upgraded = upgradeColumns(file, layout);
    if (!upgraded.ok) return upgraded;
  }

  // The 設定 日期顯示 as the workbook holds it now: a change takes effect at this write.
  const display = read.data.settings.dateDisplay;
  const writer = (key: "meetings" | "cases" | "history", keys: readonly string[]) => {
    const layout = layouts[key];
    if (!layout) throw new Error(`table ${key} was not located`);
    formatDateColumns(file, layout, display);
    return new TableWriter(file, layout, read.rows[key] ?? [], keys, display);
  };

  const meetings = writer("meetings", read.data.meetings.map((m) => String(m.number))).upsert(
    changes.meetings.map((m) => ({ key: String(m.number), cells: meetingToCells(m) })),
  );
  if (!meetings.ok) return meetings;
  const cases = writer("cases", read.data.cases.map((c) => c.caseId)).upsert(changes.cases.map((c) => ({ key: c.caseId, cells: caseToCells(c) })));
  if (!cases.ok) return cases;
  const history = writer("history", []).append(changes.history.map(historyToCells));
  if (!history.ok) return history;
  return ok(true);
}
