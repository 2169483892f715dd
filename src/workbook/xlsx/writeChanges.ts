// Writes WorkbookChanges into a workbook file: meetings, cases and divisions by key, history appended,
// a settings patch into 設定's row, a row of 組室總覽 for a new division, date formats re-applied when
// asked; nothing deleted; tables that lack a column the schema gained get it first.
import { ok, type Result } from "../../domain";
import { keyText, rowKey, SETTINGS_KEY } from "../cellRules";
import { caseToCells, divisionToCells, historyToCells, meetingToCells, settingsToCells, type CellRow } from "../cells";
import { definedOnly, normalizeDivisions } from "../mergeChanges";
import { overviewUnits, type WorkbookChanges, type WorkbookData } from "../model";
import { sameNumberFormat } from "../numberFormat";
import { SCHEMA, dateFormatFor, dateTimeFormatFor, isSchemaDateFormat, tableSpec, type ColumnSpec, type DateDisplay, type TableKey } from "../schema";
import { readCell } from "./cellXml";
import { tableRows, type ReadResult, type SheetRow } from "./readTables";
import { columnStyle, withColumnStyle } from "./sheetFrame";
import type { Layouts, TableLayout } from "./tableLayout";
import { dataRange } from "./tableXml";
import { TableWriter } from "./tableWriter";
import { setAttr } from "./xml";
import { upgradeColumns } from "./upgradeColumns";
import type { WorkbookFile } from "./workbookFile";

/** The format 日期顯示 asks for in a date or date-time column (匯入時間 … switch between their own two). */
const wantedFormat = (spec: ColumnSpec, display: DateDisplay): string => (spec.kind === "datetime" ? dateTimeFormatFor(display) : dateFormatFor(display));

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
    if ((spec.kind !== "date" && spec.kind !== "datetime") || column === undefined) continue;
    const wanted = wantedFormat(spec, display);
    const style = columnStyle(sheet.head, column);
    const code = book.formatCode(style);
    if (style === undefined || sameNumberFormat(code, wanted) || !isSchemaDateFormat(code)) continue;
    sheet.head = withColumnStyle(sheet.head, column, book.withFormat(style, wanted));
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
    if ((spec.kind !== "date" && spec.kind !== "datetime") || column === undefined) continue;
    const wanted = wantedFormat(spec, display);
    for (let row = data.top; row <= data.bottom; row++) {
      const xml = sheet.cell(row, column);
      if (xml === undefined) continue;
      const style = readCell(xml, file.strings).style;
      const code = book.formatCode(style);
      if (sameNumberFormat(code, wanted) || !isSchemaDateFormat(code)) continue;
      const next = book.withFormat(style, wanted);
      sheet.setCell(row, column, xml.replace(/^<c\b([^>]*?)(\/?)>/, (_whole, attrs: string, slash: string) => `<c${setAttr(attrs, "s", next)}${slash}>`));
    }
  }
}

/** The key of each row of a keyed table as it stands in the sheet, by the schema's keyColumn (組室名稱, 組室). */
const keysBy = (table: TableKey, rows: readonly SheetRow[]): string[] => {
  const column = tableSpec(table).keyColumn;
  return rows.map((row) => (column === null ? "" : keyText(row.read.get(column)?.value)));
};

/** Rows with the key the schema's keyColumn gives them, as the table writer upserts them. */
const keyedBy = (table: TableKey, rows: readonly CellRow[]) => {
  const spec = tableSpec(table);
  return rows.map((cells) => ({ key: rowKey(spec, cells) ?? "", cells }));
};

/** `after` is the data once the changes apply (applyChanges, which has checked them). */
export function writeChanges(file: WorkbookFile, layouts: Layouts, read: ReadResult, changes: WorkbookChanges, after: WorkbookData): Result<true> {
  for (const spec of SCHEMA) {
    const layout = layouts[spec.key];
    if (!layout) continue;
    const upgraded = upgradeColumns(file, layout);
    if (!upgraded.ok) return upgraded;
  }

  // The 設定 日期顯示 once this write's patch applies: a change takes effect at this write.
  const display = after.settings.dateDisplay;
  if (changes.reformatDates === true) {
    for (const spec of SCHEMA) {
      const layout = layouts[spec.key];
      if (layout && spec.columns.some((c) => c.kind === "date" || c.kind === "datetime")) reformatDates(file, layout, display);
    }
  }
  const writer = (key: TableKey, rows: readonly SheetRow[], keys: readonly string[]) => {
    const layout = layouts[key];
    if (!layout) throw new Error(`table ${key} was not located`);
    formatDateColumns(file, layout, display);
    return new TableWriter(file, layout, rows, keys, display);
  };

  // a row's key is read from the row as the codec encodes it back, so it matches the changes' keys exactly
  const keysOf = (table: TableKey, rows: readonly CellRow[]) => keyedBy(table, rows).map((r) => r.key);
  // date-time cells on the clock of 設定's 時區 as it is once this write applies
  const zone = after.settings.timeZone;
  const meetings = writer("meetings", read.rows.meetings ?? [], keysOf("meetings", read.data.meetings.map((m) => meetingToCells(m, zone)))).upsert(
    keyedBy("meetings", changes.meetings.map((m) => meetingToCells(m, zone))),
  );
  if (!meetings.ok) return meetings;
  const cases = writer("cases", read.rows.cases ?? [], keysOf("cases", read.data.cases.map((c) => caseToCells(c, zone)))).upsert(
    keyedBy("cases", changes.cases.map((c) => caseToCells(c, zone))),
  );
  if (!cases.ok) return cases;
  const history = writer("history", read.rows.history ?? [], []).append(changes.history.map((h) => historyToCells(h, zone)));
  if (!history.ok) return history;

  const divisions = normalizeDivisions(changes.divisions ?? []);
  if (!divisions.ok) return divisions;
  if (divisions.value.length > 0) {
    const rows = read.rows.divisions ?? [];
    const upserted = writer("divisions", rows, keysBy("divisions", rows)).upsert(keyedBy("divisions", divisions.value.map(divisionToCells)));
    if (!upserted.ok) return upserted;
  }
  // 組室總覽 has a row per division and per unit outside the registry the cases name (overviewUnits);
  // only units new at this write get one, so a row the user deleted stays deleted. The table is optional.
  const overview = layouts.overview;
  if (overview) {
    const known = new Set([...overviewUnits(read.data), ...keysBy("overview", tableRows(file, overview))]);
    const added = overviewUnits(after).filter((name) => !known.has(name)).map((division) => ({ division }));
    const appended = added.length > 0 ? writer("overview", [], []).append(added) : ok(true);
    if (!appended.ok) return appended;
  }

  const patch = definedOnly(changes.settings ?? {});
  if (Object.keys(patch).length > 0) {
    const rows = read.rows.settings ?? [];
    const settings = writer("settings", rows.slice(0, 1), [SETTINGS_KEY]);
    // 設定 without a row gets the whole row; otherwise only the patched cells change.
    const written = settings.upsert([{ key: SETTINGS_KEY, cells: rows.length > 0 ? settingsToCells(patch) : settingsToCells(after.settings) }]);
    if (!written.ok) return written;
  }
  return ok(true);
}
