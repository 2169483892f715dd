// Reads the schema tables of a workbook file into WorkbookData: each data row's cells by column key,
// decoded and checked by the shared decoder (decodeTables.ts), with sheet row numbers in every message,
// and the sheet row of each key, for the shared write planner.
import { ok, type Result } from "../../domain";
import type { CellRow, CellValue } from "../cells";
import { decodeTables, type RowCells } from "../decodeTables";
import type { WorkbookData } from "../model";
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

export type TableRows = Partial<Record<TableKey, SheetRow[]>>;

export interface ReadResult {
  readonly data: WorkbookData;
  readonly rows: TableRows;
  /** per table, each key (as the shared decoder gives it) → the sheet row holding it */
  readonly keyRows: Partial<Record<TableKey, ReadonlyMap<string, number>>>;
}

/** Reads every schema table through the shared decoder; the first problem found is the message. */
export function readTables(file: WorkbookFile, layouts: Layouts): Result<ReadResult> {
  const rows: TableRows = {};
  const rowsOf = (key: TableKey): SheetRow[] => {
    const layout = layouts[key];
    const found = layout ? tableRows(file, layout) : [];
    rows[key] = found;
    return found;
  };
  // The as-of date's formula (=TODAY()) is what it means; its cached result is only yesterday's today.
  const keepFormula = (key: TableKey): ReadonlySet<string> => new Set(key === "settings" ? ["asOf"] : []);
  const cellsOf = (key: TableKey): RowCells[] => rowsOf(key).map((row, at) => ({ cells: valuesOf(row, keepFormula(key)), sheetRow: row.row, at }));
  const decoded = decodeTables({
    meetings: cellsOf("meetings"),
    cases: cellsOf("cases"),
    history: cellsOf("history"),
    divisions: cellsOf("divisions"),
    settings: cellsOf("settings"),
    // 組室總覽 is a view over the cases, never read into the data: only where each 組室's row is
    overview: layouts.overview ? cellsOf("overview") : "absent",
  });
  if (!decoded.ok) return decoded;
  const keyRows: Partial<Record<TableKey, ReadonlyMap<string, number>>> = {};
  for (const [table, keyAt] of Object.entries(decoded.value.keyAt) as [TableKey, ReadonlyMap<string, number>][]) {
    const sheetRows = rows[table] ?? [];
    keyRows[table] = new Map([...keyAt].flatMap(([key, at]) => {
      const row = sheetRows[at]?.row;
      return row === undefined ? [] : [[key, row] as const];
    }));
  }
  return ok({ data: decoded.value.data, rows, keyRows });
}
