// Reads the schema tables of a workbook file into WorkbookData: each data row's cells by column key,
// decoded and checked by cells.ts, with sheet row numbers in every message.
import { fail, ok, type Division, type Result } from "../../domain";
import {
  caseFromCells,
  divisionFromCells,
  historyFromCells,
  meetingFromCells,
  settingsFromCells,
  type CellRow,
  type CellValue,
} from "../cells";
import type { CaseRow, HistoryRow, MeetingRow, WorkbookData } from "../model";
import type { TableKey } from "../schema";
import { readCell, type CellRead } from "./cellXml";
import { dataRange } from "./tableXml";
import type { Layouts, TableLayout } from "./tableLayout";
import type { WorkbookFile } from "./workbookFile";

export interface SheetRow {
  /** the row number in the sheet (what Excel shows at the left) */
  readonly row: number;
  /** the cells as read, by column key */
  readonly read: ReadonlyMap<string, CellRead>;
}

const isBlank = (value: CellValue | undefined) => value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/** True when a cell holds nothing: no value and no formula. */
export const isEmptyCell = (cell: CellRead | undefined): boolean => cell === undefined || (cell.formula === undefined && isBlank(cell.value));

/** The data rows of a table that hold anything in a schema column that is not a formula. */
export function tableRows(file: WorkbookFile, layout: TableLayout): SheetRow[] {
  const sheet = file.sheet(layout.part.sheetPath);
  const range = dataRange(layout.part.def);
  const inputs = layout.spec.columns.filter((c) => c.kind !== "formula" && layout.columns.has(c.key));
  const rows: SheetRow[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    const xml = sheet.cells(row);
    if (xml.size === 0) continue;
    const read = new Map<string, CellRead>();
    for (const [key, column] of layout.columns) {
      const cellXml = xml.get(column);
      if (cellXml !== undefined) read.set(key, readCell(cellXml, file.strings));
    }
    if (inputs.every((c) => isEmptyCell(read.get(c.key)))) continue;
    rows.push({ row, read });
  }
  return rows;
}

/**
 * The row's cells by key. A formula typed where a value belongs counts by its cached result, except in
 * `keepFormula` columns, which pass its text (=TODAY() as the as-of date means "today", not its result).
 */
function valuesOf(row: SheetRow, keepFormula: ReadonlySet<string>): CellRow {
  const cells: Record<string, CellValue> = {};
  for (const [key, cell] of row.read) cells[key] = cell.formula && keepFormula.has(key) ? `=${cell.formula}` : cell.value;
  return cells;
}

function decodeRows<T>(rows: readonly SheetRow[], decode: (cells: CellRow, row: number) => Result<T>, keepFormula: ReadonlySet<string> = new Set()): Result<T[]> {
  const out: T[] = [];
  for (const row of rows) {
    const decoded = decode(valuesOf(row, keepFormula), row.row);
    if (!decoded.ok) return decoded;
    out.push(decoded.value);
  }
  return ok(out);
}

function checkUnique<T>(table: string, header: string, rows: readonly SheetRow[], values: readonly T[], key: (value: T) => string): Result<true> {
  const seen = new Map<string, number>();
  for (const [i, value] of values.entries()) {
    const k = key(value);
    const first = seen.get(k);
    const row = rows[i]?.row ?? 0;
    if (first !== undefined) return fail(`${table} 第 ${first} 列與第 ${row} 列的${header}都是「${k}」：每個${header}只能有一列，請刪除或合併其中一列`);
    seen.set(k, row);
  }
  return ok(true);
}

export type TableRows = Partial<Record<TableKey, SheetRow[]>>;

export interface ReadResult {
  readonly data: WorkbookData;
  readonly rows: TableRows;
}

/** Reads every schema table; the first problem found is the message. */
export function readTables(file: WorkbookFile, layouts: Layouts): Result<ReadResult> {
  const rows: TableRows = {};
  const rowsOf = (key: TableKey): SheetRow[] => {
    const layout = layouts[key];
    const found = layout ? tableRows(file, layout) : [];
    rows[key] = found;
    return found;
  };

  const meetingRows = rowsOf("meetings");
  const meetings = decodeRows<MeetingRow>(meetingRows, meetingFromCells);
  if (!meetings.ok) return meetings;
  const uniqueMeetings = checkUnique("會議", "會議次別", meetingRows, meetings.value, (m) => String(m.number));
  if (!uniqueMeetings.ok) return uniqueMeetings;

  const caseRows = rowsOf("cases");
  const cases = decodeRows<CaseRow>(caseRows, caseFromCells);
  if (!cases.ok) return cases;
  const uniqueCases = checkUnique("列管案件", "列管案號", caseRows, cases.value, (c) => c.caseId);
  if (!uniqueCases.ok) return uniqueCases;

  const history = decodeRows<HistoryRow>(rowsOf("history"), historyFromCells);
  if (!history.ok) return history;

  const divisions: Division[] = [];
  for (const row of rowsOf("divisions")) {
    const division = divisionFromCells(valuesOf(row, new Set()));
    if (division) divisions.push(division);
  }

  const settingsRow = rowsOf("settings")[0];
  // The as-of date's formula (=TODAY()) is what it means; its cached result is only yesterday's today.
  const settings = settingsFromCells(settingsRow ? valuesOf(settingsRow, new Set(["asOf"])) : undefined);
  if (!settings.ok) return settings;

  return ok({ data: { meetings: meetings.value, cases: cases.value, history: history.value, divisions, settings: settings.value }, rows });
}
