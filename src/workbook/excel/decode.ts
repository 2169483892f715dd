// From the tables as Excel returned them to WorkbookData: each table's columns found by header, its rows
// with schema data handed to the shared decoder (decodeTables.ts), and what the writer needs besides:
// which body row holds which key and where new rows go.
import { fail, ok, type Failure, type Result } from "../../domain";
import { problem } from "../../problems";
import type { CellRow, CellValue } from "../cells";
import { decodeTables, type RowCells } from "../decodeTables";
import type { WorkbookData } from "../model";
import { SCHEMA, type TableKey } from "../schema";
import { columnAt, layoutFromHeaders, schemaLayout, withMissingAdded, type TableLayout } from "./layout";
import type { TableRead, TableReads } from "./types";

/** What the writer needs to know about one table beyond its data. */
export interface TableState {
  readonly read: TableRead;
  /** the layout after any missing schema columns are added at the right */
  readonly layout: TableLayout;
  /** the table as it is now: its width and the schema columns it lacks */
  readonly current: TableLayout;
  /** key (列管案號, 會議次別 as text, 組室名稱, 組室總覽's 組室, SETTINGS_KEY for 設定's row) → 0-based body row */
  readonly keyRows: ReadonlyMap<string, number>;
  /** first body row for appended rows: after the last row holding anything (trailing blank rows are reused) */
  readonly appendAt: number;
}

export interface DecodedWorkbook {
  readonly data: WorkbookData;
  readonly tables: Readonly<Record<TableKey, TableState>>;
}

const isBlank = (value: CellValue | undefined): boolean =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/** The schema's cells of one body row, by column key. */
function cellsOf(layout: TableLayout, row: readonly CellValue[]): CellRow {
  const cells: Record<string, CellValue> = {};
  for (const [key, index] of layout.columnOf) cells[key] = row[index] ?? null;
  return cells;
}

/** A row with nothing in any column the user or the store types into (formula results don't count). */
function emptyRow(layout: TableLayout, row: readonly CellValue[]): boolean {
  const schemaColumn = columnAt(layout);
  return row.every((value, index) => schemaColumn(index)?.kind === "formula" || isBlank(value));
}

/** A row with no schema data: skipped when decoding (a row of only the user's notes is the user's business). */
function noSchemaData(layout: TableLayout, row: readonly CellValue[]): boolean {
  return layout.spec.columns.every((column) => {
    const index = layout.columnOf.get(column.key);
    return column.kind === "formula" || index === undefined || isBlank(row[index]);
  });
}

function stateOf(read: TableRead): Result<TableState> {
  if (read.status === "renamed") {
    return fail(problem("excel.tableRenamed", { table: read.spec.name }));
  }
  if (read.status === "absent") {
    const layout = schemaLayout(read.spec);
    return ok({ read, layout, current: { ...layout, width: 0, columnOf: new Map() }, keyRows: new Map(), appendAt: 0 });
  }
  const current = layoutFromHeaders(read.spec, read.headers);
  if (!current.ok) return current;
  let appendAt = read.rows.length;
  while (appendAt > 0 && emptyRow(current.value, read.rows[appendAt - 1] ?? [])) appendAt--;
  return ok({ read, layout: withMissingAdded(current.value), current: current.value, keyRows: new Map(), appendAt });
}

/** Sheet row number (1-based, as Excel shows it) of body row `index`. */
const sheetRow = (read: TableRead, index: number): number => read.headerRow + 2 + index;

/** The rows of a table that hold schema data, for the shared decoder (`at` = body row). */
function rowCells(state: TableState, all = false): RowCells[] | "absent" {
  if (state.read.status === "absent") return "absent";
  const out: RowCells[] = [];
  state.read.rows.forEach((row, index) => {
    if (all || !noSchemaData(state.current, row)) out.push({ cells: cellsOf(state.current, row), sheetRow: sheetRow(state.read, index), at: index });
  });
  return out;
}

/**
 * Checks every schema table against the schema and decodes its rows. Any problem (a renamed table, a
 * deleted key column, a key typed twice, a cell that is not what it should be) fails the whole read.
 */
export function decodeWorkbook(reads: TableReads): Result<DecodedWorkbook> {
  const states = {} as Record<TableKey, TableState>;
  const problems: Failure[] = [];
  for (const spec of SCHEMA) {
    const state = stateOf(reads[spec.key]);
    if (state.ok) states[spec.key] = state.value;
    else problems.push(state);
  }
  // One table wrong: its problem, worded in the reader's language. Several: every message, one a line.
  if (problems.length === 1 && problems[0] !== undefined) return problems[0];
  if (problems.length > 1) return fail(problems.map((p) => p.error).join("\n"));

  const decoded = decodeTables({
    meetings: rowCells(states.meetings),
    cases: rowCells(states.cases),
    history: rowCells(states.history),
    divisions: rowCells(states.divisions),
    settings: rowCells(states.settings),
    overview: rowCells(states.overview, true),
  });
  if (!decoded.ok) return decoded;
  for (const spec of SCHEMA) {
    const keyAt = (decoded.value.keyAt as Partial<Record<TableKey, ReadonlyMap<string, number>>>)[spec.key];
    if (keyAt) states[spec.key] = { ...states[spec.key], keyRows: keyAt };
  }
  return ok({
    data: decoded.value.data,
    tables: states,
  });
}
