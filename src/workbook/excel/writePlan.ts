// Decides every write of an update, as plain ops: tables to create or upgrade, the changed schema cells
// of existing rows (found by key: 會議次別, 列管案號, 組室名稱, 設定's one row), one block of appended rows
// per table, and the date formats 套用到所有日期 rewrites.
import { cellsToWrite, rowKey, SETTINGS_KEY } from "../cellRules";
import {
  caseToCells,
  divisionToCells,
  historyToCells,
  meetingToCells,
  settingsToCells,
  type CellRow,
  type CellValue,
} from "../cells";
import { definedOnly, normalizeDivisions } from "../mergeChanges";
import { overviewUnits, type WorkbookChanges, type WorkbookData } from "../model";
import { sameNumberFormat } from "../numberFormat";
import { SCHEMA, columnFormat, dateFormatFor, dateTimeFormatFor, isSchemaDateFormat, tableSpec, type ColumnSpec, type DateDisplay, type TableKey } from "../schema";
import type { DecodedWorkbook, TableState } from "./decode";
import { columnAt, type TableLayout } from "./layout";
import { literalText } from "./literalText";
import type { ExcelOp, WriteOp } from "./ops";
import type { WriteValue } from "./types";

/**
 * Tables are created in this order because formulas name other tables: 列管案件 reads 設定, and
 * 組室總覽 counts 列管案件, and a formula naming a table that does not exist yet is refused.
 */
const CREATION_ORDER: readonly TableKey[] = ["settings", "divisions", "meetings", "cases", "history", "overview"];

/** The value to send for a schema cell: formulas as written in the schema, text as literal text. */
export function toWriteValue(column: ColumnSpec, value: CellValue | undefined): WriteValue {
  if (column.kind === "formula") return column.formula ?? "";
  if (value === null || value === undefined) return ""; // "" clears the cell; null would leave it
  if ((column.kind === "text" || column.kind === "list" || column.kind === "datetime") && typeof value === "string") return literalText(value);
  return value;
}

/** The cells of one new row across the whole table: user columns null (left alone), formulas filled in. */
function rowValues(layout: TableLayout, cells: CellRow, formulas: boolean): WriteValue[] {
  const schemaColumn = columnAt(layout);
  return Array.from({ length: layout.width }, (_, index) => {
    const column = schemaColumn(index);
    if (!column) return null;
    if (column.kind === "formula" && !formulas) return null;
    return toWriteValue(column, cells[column.key]);
  });
}

/** The number formats of one row across the whole table: the schema's (dates as 日期顯示 asks), user columns null. */
function rowFormats(layout: TableLayout, display: DateDisplay): (string | null)[] {
  const schemaColumn = columnAt(layout);
  return Array.from({ length: layout.width }, (_, index) => {
    const column = schemaColumn(index);
    return column ? columnFormat(column, display) : null;
  });
}

/** Rows the store writes into a table it creates: the registry, its overview and the settings, as they are after the changes. */
function seedRows(key: TableKey, after: WorkbookData): CellRow[] {
  switch (key) {
    case "divisions":
      return after.divisions.map(divisionToCells);
    case "settings":
      return [settingsToCells(after.settings)];
    case "overview":
      return overviewUnits(after).map((division) => ({ division }));
    default:
      return [];
  }
}

interface KeyedChange {
  readonly key: string;
  readonly cells: CellRow;
}

/** Rows with the key the schema's keyColumn gives them. */
function keyedBy(table: TableKey, rows: readonly CellRow[]): KeyedChange[] {
  const spec = tableSpec(table);
  return rows.flatMap((cells) => {
    const key = rowKey(spec, cells);
    return key === undefined ? [] : [{ key, cells }];
  });
}

/**
 * The rows a table gets from the changes: keyed ones go to the row holding the key (or are appended),
 * `appended` ones are added. A settings patch holds only the patched cells; where 設定 has no row at all,
 * the whole row is appended.
 */
function changedRows(key: TableKey, changes: WorkbookChanges, decoded: DecodedWorkbook, after: WorkbookData): { keyed: KeyedChange[]; appended: CellRow[] } {
  switch (key) {
    // date-time cells on the clock of 設定's 時區 as it is once this write applies
    case "meetings":
      return { keyed: keyedBy(key, changes.meetings.map((m) => meetingToCells(m, after.settings.timeZone))), appended: [] };
    case "cases":
      return { keyed: keyedBy(key, changes.cases.map((c) => caseToCells(c, after.settings.timeZone))), appended: [] };
    case "history":
      return { keyed: [], appended: changes.history.map((h) => historyToCells(h, after.settings.timeZone)) };
    case "divisions": {
      const divisions = normalizeDivisions(changes.divisions ?? []);
      return { keyed: divisions.ok ? keyedBy(key, divisions.value.map(divisionToCells)) : [], appended: [] };
    }
    case "overview": {
      // One row per division and per outside unit the cases name (overviewUnits): one new at this write
      // gets its row, with the count formulas; a row the user deleted stays deleted.
      const known = new Set(overviewUnits(decoded.data));
      const rows = decoded.tables.overview.keyRows;
      const added = overviewUnits(after).filter((name) => !known.has(name) && !rows.has(name));
      return { keyed: [], appended: added.map((division) => ({ division })) };
    }
    case "settings": {
      const patch = definedOnly(changes.settings ?? {});
      if (Object.keys(patch).length === 0) return { keyed: [], appended: [] };
      if (!decoded.tables.settings.keyRows.has(SETTINGS_KEY)) return { keyed: [], appended: [settingsToCells(after.settings)] };
      return { keyed: [{ key: SETTINGS_KEY, cells: settingsToCells(patch) }], appended: [] };
    }
    default:
      return { keyed: [], appended: [] };
  }
}

/** Changed cells of existing rows, merged into one block per run of adjacent sheet rows. */
function updateOps(key: TableKey, state: TableState, updates: readonly KeyedChange[], display: DateDisplay): WriteOp[] {
  const byRow = new Map<number, Map<number, WriteValue>>();
  const keyOfRow = new Map<number, string>();
  for (const { key: rowKey, cells } of updates) {
    const bodyRow = state.keyRows.get(rowKey);
    if (bodyRow === undefined) continue;
    keyOfRow.set(bodyRow, rowKey);
    const existing = state.read.rows[bodyRow] ?? [];
    const changed = new Map<number, WriteValue>();
    const schemaColumn = columnAt(state.layout);
    const at = (columnKey: string) => state.layout.columnOf.get(columnKey) ?? -1;
    for (const [columnKey, value] of cellsToWrite(state.layout.spec, (k) => existing[at(k)], cells)) {
      // a column the table lacked is added (upgradeOps) before this write, at the index the layout gives it
      const column = schemaColumn(at(columnKey));
      if (column) changed.set(at(columnKey), toWriteValue(column, value));
    }
    if (changed.size > 0) byRow.set(bodyRow, changed);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const ops: WriteOp[] = [];
  let start = 0;
  while (start < rows.length) {
    let end = start + 1;
    while (end < rows.length && rows[end] === (rows[end - 1] ?? -2) + 1) end++;
    const run = rows.slice(start, end);
    const cols = run.flatMap((r) => [...(byRow.get(r)?.keys() ?? [])]);
    const first = Math.min(...cols);
    const last = Math.max(...cols);
    const values = run.map((r) => Array.from({ length: last - first + 1 }, (_, i) => byRow.get(r)?.get(first + i) ?? null));
    // A date written takes the date format 日期顯示 asks for; other cells keep theirs (null leaves it).
    const schemaColumn = columnAt(state.layout);
    const formats = run.map((r) =>
      Array.from({ length: last - first + 1 }, (_, i) => {
        const column = schemaColumn(first + i);
        return (column?.kind === "date" || column?.kind === "datetime") && byRow.get(r)?.has(first + i) ? columnFormat(column, display) : null;
      }),
    );
    const hasFormat = formats.some((row) => row.some((f) => f !== null));
    // the rows must still hold their keys when written: a co-author may have sorted since the read
    const keyCol = state.layout.spec.keyColumn === null ? undefined : state.layout.columnOf.get(state.layout.spec.keyColumn);
    // (設定's one row has no key column: guarded all the same, so a conflict elsewhere undoes it too)
    const guard = keyCol === undefined ? {} : { keyCol, keys: run.map((r) => keyOfRow.get(r) ?? "") };
    ops.push({ kind: "write", target: key, row: 1 + (run[0] ?? 0), col: first, values, ...(hasFormat ? { numberFormat: formats } : {}), guard });
    start = end;
  }
  return ops;
}

/** The formula columns of `rows` body rows starting at `bodyRow`, as one block (other cells null). */
function formulaOp(key: TableKey, layout: TableLayout, bodyRow: number, rows: number, only?: ReadonlySet<string>): WriteOp | undefined {
  const formulaColumns = layout.spec.columns.filter((c) => c.kind === "formula" && (!only || only.has(c.key)));
  const indexes = formulaColumns.map((c) => layout.columnOf.get(c.key)).filter((i): i is number => i !== undefined);
  if (rows === 0 || indexes.length === 0) return undefined;
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const schemaColumn = columnAt(layout);
  const row = Array.from({ length: last - first + 1 }, (_, i) => {
    const column = schemaColumn(first + i);
    return column && formulaColumns.includes(column) ? toWriteValue(column, null) : null;
  });
  return { kind: "write", target: key, row: 1 + bodyRow, col: first, values: Array.from({ length: rows }, () => row) };
}

function createOps(key: TableKey, state: TableState, rows: readonly CellRow[], display: DateDisplay): ExcelOp[] {
  const { layout } = state;
  const header = layout.spec.columns.map((c) => c.header);
  const ops: ExcelOp[] = [
    {
      kind: "create-table",
      table: key,
      values: [header, ...rows.map((cells) => rowValues(layout, cells, false))],
      numberFormat: [header.map(() => null), ...rows.map(() => rowFormats(layout, display))],
    },
  ];
  const formulas = formulaOp(key, layout, 0, rows.length);
  if (formulas) ops.push(formulas);
  return ops;
}

/** Columns the user's table lacks: added at the right, formatted, and filled with their formula. */
function upgradeOps(key: TableKey, state: TableState, display: DateDisplay): ExcelOp[] {
  const { current, layout, read } = state;
  const ops: ExcelOp[] = [];
  current.missing.forEach((column, i) => {
    const index = current.width + i;
    ops.push({ kind: "add-column", table: key, column, index });
    if (read.rows.length > 0) {
      ops.push({ kind: "write", target: key, row: 1, col: index, numberFormat: read.rows.map(() => [columnFormat(column, display)]) });
    }
  });
  const added = new Set(current.missing.map((c) => c.key));
  const formulas = formulaOp(key, layout, 0, read.rows.length, added);
  if (formulas) ops.push(formulas);
  return ops;
}

/**
 * Rows that go past the table's end take the rows under it only when the read found them empty (the
 * totals row, hidden for the append, counts as free); otherwise cells are inserted under the table first,
 * so the user's data there moves down instead of being overwritten.
 */
function insertOps(key: TableKey, state: TableState, rows: number): ExcelOp[] {
  const bodyRows = state.read.rows.length;
  const needed = Math.max(0, state.appendAt + rows - bodyRows);
  const free = state.read.freeRowsBelow + (state.read.showTotals ? 1 : 0);
  return needed > free ? [{ kind: "insert-below", table: key, rows: needed }] : [];
}

function appendOps(key: TableKey, state: TableState, rows: readonly CellRow[], display: DateDisplay): ExcelOp[] {
  if (rows.length === 0) return [];
  const { layout } = state;
  const inserts = insertOps(key, state, rows.length);
  const block: WriteOp = {
    kind: "write",
    target: key,
    row: 1 + state.appendAt,
    col: 0,
    numberFormat: rows.map(() => rowFormats(layout, display)),
    values: rows.map((cells) => rowValues(layout, cells, true)),
    // the rows appended into must still be empty: a co-author may have typed there since the read
    guard: { empty: true },
  };
  if (!state.read.showTotals) return [...inserts, block];
  return [{ kind: "totals", table: key, show: false }, ...inserts, block, { kind: "totals", table: key, show: true }];
}

/** The date formats of a table's body cells, by column key (see TableRead.dateFormats). */
export type DateFormats = ReadonlyMap<string, readonly string[]>;

/**
 * 套用到所有日期: each date cell of the table whose format is one the schema writes gets the format 日期顯示
 * asks for now; a cell the user gave a format of their own keeps it. One numberFormat block per date
 * column, from its first to its last cell to change, null (left alone) for the cells between that keep theirs.
 */
function reformatOps(key: TableKey, state: TableState, formats: DateFormats | undefined, display: DateDisplay): WriteOp[] {
  if (!formats) return [];
  const ops: WriteOp[] = [];
  for (const column of state.layout.spec.columns) {
    const index = state.current.columnOf.get(column.key);
    const cells = formats.get(column.key);
    if ((column.kind !== "date" && column.kind !== "datetime") || index === undefined || !cells) continue;
    // date-times (匯入時間 …) switch between their own two formats
    const wanted = column.kind === "date" ? dateFormatFor(display) : dateTimeFormatFor(display);
    const change = cells.map((code) => isSchemaDateFormat(code) && !sameNumberFormat(code, wanted));
    const first = change.indexOf(true);
    if (first < 0) continue;
    const last = change.lastIndexOf(true);
    const numberFormat = change.slice(first, last + 1).map((yes) => [yes ? wanted : null]);
    ops.push({ kind: "write", target: key, row: 1 + first, col: index, numberFormat });
  }
  return ops;
}

/**
 * Every op an update needs, in the order they must run. Writes go by key: an existing 列管案號, 會議次別
 * or 組室名稱 is updated in the row that holds it now (wherever the user sorted it), touching only the
 * schema cells whose meaning changes; a new one is appended; history is appended; a settings patch goes
 * into 設定's row. Nothing is deleted. `after` is the data once the changes apply (applyChanges, which has
 * checked them); `dateFormats` the date cells' formats when the changes ask for 套用到所有日期.
 */
export function planWrites(
  decoded: DecodedWorkbook,
  changes: WorkbookChanges,
  after: WorkbookData,
  dateFormats?: ReadonlyMap<TableKey, DateFormats>,
): ExcelOp[] {
  const ops: ExcelOp[] = [];
  // The 設定 日期顯示 once this update's patch applies: a change of the setting takes effect at this write.
  const display = after.settings.dateDisplay;
  for (const spec of SCHEMA) {
    if (decoded.tables[spec.key].read.status === "absent") ops.push({ kind: "add-sheet", table: spec.key });
  }
  for (const key of CREATION_ORDER) {
    const state = decoded.tables[key];
    const { keyed, appended } = changedRows(key, changes, decoded, after);
    const latest = new Map(keyed.map((change) => [change.key, change]));
    const updates = [...latest.values()].filter((c) => state.keyRows.has(c.key));
    const newRows = [...[...latest.values()].filter((c) => !state.keyRows.has(c.key)).map((c) => c.cells), ...appended];
    if (state.read.status === "absent") {
      // a table created now holds the registry and settings as they are after the changes
      const seeded = key === "divisions" || key === "overview" || key === "settings";
      ops.push(...createOps(key, state, seeded ? seedRows(key, after) : newRows, display));
      continue;
    }
    ops.push(
      ...upgradeOps(key, state, display),
      ...(changes.reformatDates === true ? reformatOps(key, state, dateFormats?.get(key), display) : []),
      ...updateOps(key, state, updates, display),
      ...appendOps(key, state, newRows, display),
    );
  }
  return ops;
}
