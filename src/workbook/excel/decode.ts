// From the tables as read to WorkbookData, by header and key: which body row holds which 會議次別 and
// 列管案號, where new rows go, and a message naming the table, row and column when a cell is wrong.
import { DEFAULT_DIVISIONS, fail, ok, type Division, type Result } from "../../domain";
import {
  caseFromCells,
  caseToCells,
  divisionFromCells,
  divisionToCells,
  historyFromCells,
  meetingFromCells,
  meetingToCells,
  settingsFromCells,
  settingsToCells,
  type CellRow,
  type CellValue,
} from "../cells";
import { rowKey, SETTINGS_KEY } from "../cellRules";
import type { CaseRow, HistoryRow, MeetingRow, WorkbookData } from "../model";
import { DEFAULT_SETTINGS, SCHEMA, type TableKey } from "../schema";
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
    return fail(
      `找不到表格「${read.spec.name}」：工作表「${read.spec.name}」還在，但其中的表格可能被改名了。` +
        `請在「表格設計」把表格名稱改回「${read.spec.name}」，或刪除該工作表讓增益集重建；本次未寫入任何資料。`,
    );
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

interface Keyed<T> {
  readonly rows: T[];
  readonly keyRows: Map<string, number>;
}

/**
 * Decodes the body rows of a keyed table, refusing a key typed twice (a write by key would be ambiguous).
 * A row's key is read from the row as the codec encodes it back, so the planner's keys match exactly.
 */
function decodeKeyed<T>(state: TableState, decodeRow: (cells: CellRow, row: number) => Result<T>, encode: (row: T) => CellRow): Result<Keyed<T>> {
  const { read, current } = state;
  const keyHeader = read.spec.columns.find((c) => c.key === read.spec.keyColumn)?.header ?? "";
  const rows: T[] = [];
  const keyRows = new Map<string, number>();
  for (const [index, row] of read.rows.entries()) {
    if (noSchemaData(current, row)) continue;
    const decoded = decodeRow(cellsOf(current, row), sheetRow(read, index));
    if (!decoded.ok) return decoded;
    const key = rowKey(read.spec, encode(decoded.value)) ?? "";
    const earlier = keyRows.get(key);
    if (earlier !== undefined) {
      return fail(
        `${read.spec.name} 第 ${sheetRow(read, earlier)} 列與第 ${sheetRow(read, index)} 列的${keyHeader}都是「${key}」：` +
          `請刪除或更正重複的一列後再試；本次未寫入任何資料。`,
      );
    }
    keyRows.set(key, index);
    rows.push(decoded.value);
  }
  return ok({ rows, keyRows });
}

function decodeHistory(state: TableState): Result<HistoryRow[]> {
  const rows: HistoryRow[] = [];
  for (const [index, row] of state.read.rows.entries()) {
    if (noSchemaData(state.current, row)) continue;
    const decoded = historyFromCells(cellsOf(state.current, row), sheetRow(state.read, index));
    if (!decoded.ok) return decoded;
    rows.push(decoded.value);
  }
  return ok(rows);
}

/** The registry, and the body row of each 組室名稱 (the first, if a name is typed twice) to upsert into. */
function decodeDivisions(state: TableState): { divisions: Division[]; keyRows: Map<string, number> } {
  if (state.read.status === "absent") return { divisions: [...DEFAULT_DIVISIONS], keyRows: new Map() };
  const divisions: Division[] = [];
  const keyRows = new Map<string, number>();
  for (const [index, row] of state.read.rows.entries()) {
    const division = divisionFromCells(cellsOf(state.current, row));
    if (!division) continue;
    divisions.push(division);
    const key = rowKey(state.read.spec, divisionToCells(division));
    if (key !== undefined && !keyRows.has(key)) keyRows.set(key, index);
  }
  return { divisions, keyRows };
}

/** 組室總覽's row of each division, so a division added to the registry gets a row only once. */
function overviewRows(state: TableState): Map<string, number> {
  const keyRows = new Map<string, number>();
  state.read.rows.forEach((row, i) => {
    const key = rowKey(state.read.spec, cellsOf(state.current, row));
    if (key !== undefined && !keyRows.has(key)) keyRows.set(key, i);
  });
  return keyRows;
}

/** The body row 設定 is read from (and a patch written into): the first with any schema data. */
const settingsRow = (state: TableState): number => (state.read.status === "absent" ? -1 : state.read.rows.findIndex((r) => !noSchemaData(state.current, r)));

function settingsCells(state: TableState): CellRow | undefined {
  if (state.read.status === "absent") return settingsToCells(DEFAULT_SETTINGS);
  const row = state.read.rows[settingsRow(state)];
  return row ? cellsOf(state.current, row) : undefined;
}

/**
 * Checks every schema table against the schema and decodes its rows. Any problem (a renamed table, a
 * deleted key column, a key typed twice, a cell that is not what it should be) fails the whole read.
 */
export function decodeWorkbook(reads: TableReads): Result<DecodedWorkbook> {
  const states = {} as Record<TableKey, TableState>;
  const problems: string[] = [];
  for (const spec of SCHEMA) {
    const state = stateOf(reads[spec.key]);
    if (state.ok) states[spec.key] = state.value;
    else problems.push(state.error);
  }
  if (problems.length > 0) return fail(problems.join("\n"));

  const meetings = decodeKeyed<MeetingRow>(states.meetings, meetingFromCells, meetingToCells);
  if (!meetings.ok) return meetings;
  const cases = decodeKeyed<CaseRow>(states.cases, caseFromCells, caseToCells);
  if (!cases.ok) return cases;
  const history = decodeHistory(states.history);
  if (!history.ok) return history;
  const settings = settingsFromCells(settingsCells(states.settings));
  if (!settings.ok) return settings;

  const divisions = decodeDivisions(states.divisions);
  const settingsAt = settingsRow(states.settings);

  states.meetings = { ...states.meetings, keyRows: meetings.value.keyRows };
  states.cases = { ...states.cases, keyRows: cases.value.keyRows };
  states.divisions = { ...states.divisions, keyRows: divisions.keyRows };
  states.overview = { ...states.overview, keyRows: overviewRows(states.overview) };
  states.settings = { ...states.settings, keyRows: new Map(settingsAt >= 0 ? [[SETTINGS_KEY, settingsAt]] : []) };
  return ok({
    data: {
      meetings: meetings.value.rows,
      cases: cases.value.rows,
      history: history.value,
      divisions: divisions.divisions,
      settings: settings.value,
    },
    tables: states,
  });
}
