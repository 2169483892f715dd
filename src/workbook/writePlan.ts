// The one write planner of both stores. From the workbook as a store read it (where each key's row is,
// what each cell holds, which columns it lacks) and the changes, it decides every cell an update writes:
// the tables to create and the rows they start with, the columns to add back, the changed cells of
// existing rows (the meaning rule of cellRules.ts), the rows to append, and whether 套用到所有日期
// re-applies date formats. The Excel store and the file store only move
// these cells (as ranges and ops, as sheet XML); what to write is decided here, once. Pure.
import { ok, type Result } from "../domain";
import { cellsToWrite, rowKey, SETTINGS_KEY } from "./cellRules";
import { caseToCells, divisionToCells, historyToCells, meetingToCells, settingsToCells, type CellRow, type CellValue } from "./cells";
import { definedOnly, normalizeDivisions } from "./mergeChanges";
import { overviewUnits, type WorkbookChanges, type WorkbookData } from "./model";
import { tableSpec, type ColumnSpec, type DateDisplay, type TableKey } from "./schema";

/** One table as the store found it, in the store's own row numbering (a body row, a sheet row). */
export interface TableSnapshot {
  /** false: the table is not there and the store creates it with the rows the plan gives */
  readonly present: boolean;
  /** each key (列管案號, 會議次別 as text, 組室名稱, 組室, SETTINGS_KEY for 設定's row) → the row holding it */
  readonly keyRows: ReadonlyMap<string, number>;
  /** schema columns the table lacks that a write adds back (tableColumns.findColumns) */
  readonly missing: readonly ColumnSpec[];
  /** a schema cell of a row as the meaning rule compares it (設定's formulas as written, e.g. =TODAY()) */
  cell(row: number, column: string): CellValue | undefined;
}

/**
 * The tables as read. A table left out is neither there nor to be made: a workbook file whose user
 * deleted the optional 組室總覽 keeps it deleted.
 */
export type Snapshots = Readonly<Partial<Record<TableKey, TableSnapshot>>>;

/** The cells of an existing row whose meaning changes, by column key. */
export interface RowUpdate {
  readonly row: number;
  readonly key: string;
  readonly cells: ReadonlyMap<string, CellValue>;
}

/** A row added at the table's end; `key` is what later upserts of the same write find it by. */
export interface RowAppend {
  readonly key: string | undefined;
  readonly cells: CellRow;
}

export interface TableWrites {
  readonly table: TableKey;
  /** set when the table is created: the rows it holds from the start (then nothing else is set) */
  readonly create?: readonly CellRow[];
  /** columns added at the table's right end, in this order, before any row is written */
  readonly addColumns: readonly ColumnSpec[];
  /** existing rows, in the order of their rows */
  readonly updates: readonly RowUpdate[];
  readonly appends: readonly RowAppend[];
}

export interface WritePlan {
  /** the 設定 日期顯示 once this write's patch applies: the format of every date cell written */
  readonly display: DateDisplay;
  /** 套用到所有日期: date cells in a format the schema writes take the one `display` asks for */
  readonly reformatDates: boolean;
  /** every table the store has or creates, in creation order (a formula may only name a table that exists) */
  readonly tables: readonly TableWrites[];
}

/**
 * The order tables are created in: 列管案件 reads 設定, 組室總覽 counts 列管案件, and a formula naming a
 * table that does not exist yet is refused.
 */
export const CREATION_ORDER: readonly TableKey[] = ["settings", "divisions", "meetings", "cases", "history", "overview"];

interface Rows {
  /** rows found by key: updated where the key is, appended where it is not */
  readonly keyed: readonly CellRow[];
  /** rows that are only ever added (辦理歷程, 組室總覽's new units) */
  readonly appended: readonly CellRow[];
}

const NONE: Rows = { keyed: [], appended: [] };

/** The rows a table gets from the changes. `before` is the data as read, `after` once the changes apply. */
function rowsFor(table: TableKey, snapshot: TableSnapshot, changes: WorkbookChanges, before: WorkbookData, after: WorkbookData): Result<Rows> {
  // date-time cells on the clock of 設定's 時區 as it is once this write applies
  const zone = after.settings.timeZone;
  switch (table) {
    case "meetings":
      return ok({ keyed: changes.meetings.map((m) => meetingToCells(m, zone)), appended: [] });
    case "cases":
      return ok({ keyed: changes.cases.map((c) => caseToCells(c, zone)), appended: [] });
    case "history":
      return ok({ keyed: [], appended: changes.history.map((h) => historyToCells(h, zone)) });
    case "divisions": {
      const divisions = normalizeDivisions(changes.divisions ?? []);
      return divisions.ok ? ok({ keyed: divisions.value.map(divisionToCells), appended: [] }) : divisions;
    }
    case "overview": {
      // One row per division and per outside unit the cases name (overviewUnits): a unit new at this
      // write gets its row, with the count formulas; a row the user deleted stays deleted.
      const known = new Set([...overviewUnits(before), ...snapshot.keyRows.keys()]);
      return ok({ keyed: [], appended: overviewUnits(after).filter((name) => !known.has(name)).map((division) => ({ division })) });
    }
    case "settings": {
      const patch = definedOnly(changes.settings ?? {});
      if (Object.keys(patch).length === 0) return ok(NONE);
      // 設定 without its row gets the whole row; otherwise only the patched cells change
      if (!snapshot.keyRows.has(SETTINGS_KEY)) return ok({ keyed: [], appended: [settingsToCells(after.settings)] });
      return ok({ keyed: [settingsToCells(patch)], appended: [] });
    }
  }
}

/**
 * Rows a table created by this write starts with: the registry, its overview and 設定 as they are after
 * the changes; any other table, the rows the changes give it.
 */
function seedRows(table: TableKey, rows: Rows, after: WorkbookData): CellRow[] {
  switch (table) {
    case "divisions":
      return after.divisions.map(divisionToCells);
    case "settings":
      return [settingsToCells(after.settings)];
    case "overview":
      return overviewUnits(after).map((division) => ({ division }));
    default:
      return planTable(table, { present: false, keyRows: new Map(), missing: [], cell: () => undefined }, rows).appends.map((a) => a.cells);
  }
}

function planTable(table: TableKey, snapshot: TableSnapshot, rows: Rows): TableWrites {
  const spec = tableSpec(table);
  // the last upsert of a key wins; rows keep the place of its first mention
  const latest = new Map<string, CellRow>();
  for (const cells of rows.keyed) {
    const key = rowKey(spec, cells);
    if (key !== undefined) latest.set(key, cells);
  }
  const updates: RowUpdate[] = [];
  const appends: RowAppend[] = [];
  for (const [key, cells] of latest) {
    const row = snapshot.keyRows.get(key);
    if (row === undefined) {
      appends.push({ key, cells });
      continue;
    }
    const changed = cellsToWrite(spec, (column) => snapshot.cell(row, column), cells);
    if (changed.size > 0) updates.push({ row, key, cells: changed });
  }
  updates.sort((a, b) => a.row - b.row);
  appends.push(...rows.appended.map((cells) => ({ key: rowKey(spec, cells), cells })));
  return { table, addColumns: snapshot.missing, updates, appends };
}

/**
 * Every write of an update. Existing keys (列管案號, 會議次別, 組室名稱, 設定's row) are updated in the row
 * that holds them now, wherever the user sorted it, in the cells whose meaning changes; new keys and 辦理歷程
 * are appended; nothing is deleted. `before` is the data the store read, `after` the data once the changes
 * apply (applyChanges, which has checked them); a bad division list is refused here all the same.
 */
export function planWrites(snapshots: Snapshots, changes: WorkbookChanges, before: WorkbookData, after: WorkbookData): Result<WritePlan> {
  const tables: TableWrites[] = [];
  for (const table of CREATION_ORDER) {
    const snapshot = snapshots[table];
    if (!snapshot) continue;
    const rows = rowsFor(table, snapshot, changes, before, after);
    if (!rows.ok) return rows;
    if (!snapshot.present) tables.push({ table, create: seedRows(table, rows.value, after), addColumns: [], updates: [], appends: [] });
    else tables.push(planTable(table, snapshot, rows.value));
  }
  return ok({ display: after.settings.dateDisplay, reformatDates: changes.reformatDates === true, tables });
}
