// From the schema tables' rows, as a store found them, to WorkbookData, in one place for both stores:
// each row decoded by the codec (cells.ts) with its sheet row in messages, a key typed twice refused,
// 組室 rows read leniently (a blank name is skipped), 設定 from its first row, and where each key sits so
// the store writes by key into the row that holds it.
import { DEFAULT_DIVISIONS, fail, ok, type Division, type Result } from "../domain";
import { problem } from "../problems";
import { rowKey, SETTINGS_KEY } from "./cellRules";
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
} from "./cells";
import type { CaseRow, MeetingRow, WorkbookData } from "./model";
import { DEFAULT_SETTINGS, tableSpec, type TableKey } from "./schema";

/** One row with schema data: its cells by column key, the sheet row it is on, and its place in the store's list. */
export interface RowCells {
  readonly cells: CellRow;
  /** 1-based, as Excel shows it, for messages */
  readonly sheetRow: number;
  /** the store's own index of the row (a body row, say), returned in `keyAt` */
  readonly at: number;
}

/** The tables WorkbookData is read from (and 組室總覽, whose rows are found by 組室). */
export type DataTable = "meetings" | "cases" | "history" | "divisions" | "settings" | "overview";

/** The tables' rows; a table the workbook does not have yet is "absent" (its defaults are read). */
export type TableRowsIn = Readonly<Record<DataTable, readonly RowCells[] | "absent">>;

export interface DecodedTables {
  readonly data: WorkbookData;
  /** per keyed table, each key → the `at` of the row holding it (設定's row under SETTINGS_KEY) */
  readonly keyAt: Readonly<Record<DataTable, ReadonlyMap<string, number>>>;
}

const rowsOf = (rows: readonly RowCells[] | "absent"): readonly RowCells[] => (rows === "absent" ? [] : rows);

/** Decodes a keyed table's rows, refusing a key typed twice (a write by key would be ambiguous). */
function decodeKeyed<T>(
  table: "meetings" | "cases",
  rows: readonly RowCells[],
  decode: (cells: CellRow, sheetRow: number) => Result<T>,
  encode: (row: T) => CellRow,
): Result<{ rows: T[]; keyAt: Map<string, number> }> {
  const spec = tableSpec(table);
  const keyHeader = spec.columns.find((c) => c.key === spec.keyColumn)?.header ?? "";
  const out: T[] = [];
  const keyAt = new Map<string, number>();
  const sheetRowOf = new Map<string, number>();
  for (const row of rows) {
    const decoded = decode(row.cells, row.sheetRow);
    if (!decoded.ok) return decoded;
    // the key as the codec writes it back, so the planner's keys match exactly
    const key = rowKey(spec, encode(decoded.value)) ?? "";
    const earlier = sheetRowOf.get(key);
    if (earlier !== undefined) {
      return fail(problem("store.duplicateKey", { table: spec.name, firstRow: earlier, secondRow: row.sheetRow, header: keyHeader, key }));
    }
    sheetRowOf.set(key, row.sheetRow);
    keyAt.set(key, row.at);
    out.push(decoded.value);
  }
  return ok({ rows: out, keyAt });
}

/** Rows of a lenient keyed table (組室總覽): the first row of each key. */
function firstOfEach(table: TableKey, rows: readonly RowCells[]): Map<string, number> {
  const keyAt = new Map<string, number>();
  for (const row of rows) {
    const key = rowKey(tableSpec(table), row.cells);
    if (key !== undefined && !keyAt.has(key)) keyAt.set(key, row.at);
  }
  return keyAt;
}

/**
 * Every table's data, or the first problem (a cell that is not what it should be, a key typed twice),
 * with the table, row and column named.
 */
export function decodeTables(tables: TableRowsIn): Result<DecodedTables> {
  // 設定 first: its 時區 is the zone of the other tables' date-time cells
  const settingsRow = rowsOf(tables.settings)[0];
  const settings = settingsFromCells(tables.settings === "absent" ? settingsToCells(DEFAULT_SETTINGS) : settingsRow?.cells);
  if (!settings.ok) return settings;
  const zone = settings.value.timeZone;
  const meetings = decodeKeyed<MeetingRow>(
    "meetings",
    rowsOf(tables.meetings),
    (cells, row) => meetingFromCells(cells, row, zone),
    (row) => meetingToCells(row, zone),
  );
  if (!meetings.ok) return meetings;
  const cases = decodeKeyed<CaseRow>("cases", rowsOf(tables.cases), (cells, row) => caseFromCells(cells, row, zone), (row) => caseToCells(row, zone));
  if (!cases.ok) return cases;
  const history = [];
  for (const row of rowsOf(tables.history)) {
    const decoded = historyFromCells(row.cells, row.sheetRow, zone);
    if (!decoded.ok) return decoded;
    history.push(decoded.value);
  }

  const divisions: Division[] = tables.divisions === "absent" ? [...DEFAULT_DIVISIONS] : [];
  const divisionKeys = new Map<string, number>();
  for (const row of rowsOf(tables.divisions)) {
    const division = divisionFromCells(row.cells);
    if (!division) continue;
    divisions.push(division);
    const key = rowKey(tableSpec("divisions"), divisionToCells(division));
    if (key !== undefined && !divisionKeys.has(key)) divisionKeys.set(key, row.at);
  }
  return ok({
    data: { meetings: meetings.value.rows, cases: cases.value.rows, history, divisions, settings: settings.value },
    keyAt: {
      meetings: meetings.value.keyAt,
      cases: cases.value.keyAt,
      history: new Map(),
      divisions: divisionKeys,
      settings: new Map(settingsRow ? [[SETTINGS_KEY, settingsRow.at]] : []),
      overview: firstOfEach("overview", rowsOf(tables.overview)),
    },
  });
}
