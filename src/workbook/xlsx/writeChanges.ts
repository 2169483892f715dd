// The file store's half of a write: the shared plan (../writePlan.ts, which decides every cell) moved
// into the workbook file's XML. Tables that lack a column the schema gained get it first; date formats
// are re-applied when asked (by the shared rule); each table's changed and new rows go in by TableWriter.
import { ok, type Result } from "../../domain";
import { reformattedDate, wantedDateFormat } from "../dateFormats";
import { SCHEMA, type DateDisplay, type TableKey } from "../schema";
import type { Snapshots, TableSnapshot, WritePlan } from "../writePlan";
import { readCell } from "./cellXml";
import type { ReadResult } from "./readTables";
import { columnStyle, withColumnStyle } from "./sheetFrame";
import type { Layouts, TableLayout } from "./tableLayout";
import { dataRange } from "./tableXml";
import { TableWriter } from "./tableWriter";
import { setAttr } from "./xml";
import { upgradeColumns } from "./upgradeColumns";
import type { WorkbookFile } from "./workbookFile";

/**
 * The default format of a table's date columns (what Excel gives cells added there) follows 日期顯示,
 * where it is one of the schema's date formats; a column the user formatted otherwise keeps its format.
 */
function formatDateColumns(file: WorkbookFile, layout: TableLayout, display: DateDisplay): void {
  const book = file.styles;
  if (!book) return;
  const sheet = file.sheet(layout.part.sheetPath);
  for (const spec of layout.spec.columns) {
    const column = layout.columns.get(spec.key);
    if (column === undefined) continue;
    const style = columnStyle(sheet.head, column);
    const next = style === undefined ? undefined : reformattedDate(spec, book.formatCode(style), display);
    if (style === undefined || next === undefined) continue;
    sheet.head = withColumnStyle(sheet.head, column, book.withFormat(style, next));
    sheet.markChanged();
  }
}

/**
 * 套用到所有日期: every date cell of the table whose style has a format the schema writes gets the one
 * 日期顯示 asks for; a cell with a format of the user's own (or a built-in one) keeps it.
 */
function reformatDates(file: WorkbookFile, layout: TableLayout, display: DateDisplay): void {
  const book = file.styles;
  if (!book) return;
  formatDateColumns(file, layout, display);
  const sheet = file.sheet(layout.part.sheetPath);
  const data = dataRange(layout.part.def);
  for (const spec of layout.spec.columns) {
    const column = layout.columns.get(spec.key);
    if (wantedDateFormat(spec, display) === undefined || column === undefined) continue;
    for (let row = data.top; row <= data.bottom; row++) {
      const xml = sheet.cell(row, column);
      if (xml === undefined) continue;
      const style = readCell(xml, file.strings).style;
      const format = reformattedDate(spec, book.formatCode(style), display);
      if (format === undefined) continue;
      const next = book.withFormat(style, format);
      sheet.setCell(row, column, xml.replace(/^<c\b([^>]*?)(\/?)>/, (_whole, attrs: string, slash: string) => `<c${setAttr(attrs, "s", next)}${slash}>`));
    }
  }
}

/** The shared planner's view of the file's tables: each key's sheet row, cells as the meaning rule compares them. */
export function fileSnapshots(file: WorkbookFile, layouts: Layouts, read: ReadResult): Snapshots {
  const snapshots: Partial<Record<TableKey, TableSnapshot>> = {};
  for (const spec of SCHEMA) {
    const layout = layouts[spec.key];
    if (!layout) continue;
    const sheet = file.sheet(layout.part.sheetPath);
    // 設定's cells are compared as formulas (=TODAY() is what 基準日 means), as the Excel store reads that row
    const asFormulas = spec.key === "settings";
    snapshots[spec.key] = {
      present: true,
      keyRows: read.keyRows[spec.key] ?? new Map(),
      missing: [...layout.missing],
      cell: (row, key) => {
        const column = layout.columns.get(key);
        const xml = column === undefined ? undefined : sheet.cell(row, column);
        if (xml === undefined) return undefined;
        const cell = readCell(xml, file.strings);
        return asFormulas && cell.formula !== undefined ? `=${cell.formula}` : cell.value;
      },
    };
  }
  return snapshots;
}

/**
 * Moves the shared plan's cells into the file: columns the schema gained added first, date formats
 * re-applied when asked, then table by table the changed cells of existing rows and the new rows.
 */
export function writeChanges(file: WorkbookFile, layouts: Layouts, plan: WritePlan): Result<true> {
  for (const writes of plan.tables) {
    const layout = layouts[writes.table];
    if (!layout) continue;
    const upgraded = upgradeColumns(file, layout, writes.addColumns);
    if (!upgraded.ok) return upgraded;
  }
  const { display } = plan;
  if (plan.reformatDates) {
    for (const spec of SCHEMA) {
      const layout = layouts[spec.key];
      if (layout && spec.columns.some((c) => c.kind === "date" || c.kind === "datetime")) reformatDates(file, layout, display);
    }
  }
  for (const writes of plan.tables) {
    const layout = layouts[writes.table];
    // the file store reads only workbooks that have their tables (locateTables): none is created here
    if (!layout || writes.create) throw new Error(`table ${writes.table} was not located`);
    if (writes.updates.length === 0 && writes.appends.length === 0) continue;
    formatDateColumns(file, layout, display);
    const writer = new TableWriter(file, layout, display);
    writer.update(writes.updates);
    const appended = writer.append(writes.appends.map((a) => a.cells));
    if (!appended.ok) return appended;
  }
  return ok(true);
}
