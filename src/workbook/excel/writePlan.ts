// The Excel store's half of a write: the shared plan (../writePlan.ts, which decides every cell) turned
// into ops Excel can run in one sync: sheets and tables to create, columns to add, one block per run of
// adjacent changed rows (guarded by the keys the rows must still hold), one block of appended rows per
// table (guarded empty), and the date formats 套用到所有日期 rewrites.
import type { CellRow, CellValue } from "../cells";
import { isDateFormat, reformattedDate, writtenDateFormat } from "../dateFormats";
import { SCHEMA, columnFormat, type ColumnSpec, type DateDisplay, type TableKey } from "../schema";
import type { RowUpdate, Snapshots, TableSnapshot, WritePlan } from "../writePlan";
import type { DecodedWorkbook, TableState } from "./decode";
import { columnAt, type TableLayout } from "./layout";
import { literalText } from "./literalText";
import type { ExcelOp, WriteOp } from "./ops";
import type { WriteValue } from "./types";

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

/** The plan's changed cells of existing rows, merged into one block per run of adjacent sheet rows. */
function updateOps(key: TableKey, state: TableState, updates: readonly RowUpdate[], display: DateDisplay, dateFormats: DateFormats | undefined): WriteOp[] {
  const byRow = new Map<number, Map<number, WriteValue>>();
  const keyOfRow = new Map<number, string>();
  const schemaColumn = columnAt(state.layout);
  for (const update of updates) {
    const changed = new Map<number, WriteValue>();
    for (const [columnKey, value] of update.cells) {
      // a column the table lacked is added (upgradeOps) before this write, at the index the layout gives it
      const index = state.layout.columnOf.get(columnKey);
      const column = index === undefined ? undefined : schemaColumn(index);
      if (index !== undefined && column) changed.set(index, toWriteValue(column, value));
    }
    keyOfRow.set(update.row, update.key);
    byRow.set(update.row, changed);
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
    // A date written takes the format the shared rule gives it; other cells keep theirs (null leaves it).
    const formats = run.map((r) =>
      Array.from({ length: last - first + 1 }, (_, i) => {
        const column = schemaColumn(first + i);
        if (!column || !byRow.get(r)?.has(first + i)) return null;
        // the cell's current format where the read fetched it (套用到所有日期), else unknown
        const code = dateFormats?.get(column.key)?.[r];
        return writtenDateFormat(column, code, code !== undefined && isDateFormat(code), display) ?? null;
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
function upgradeOps(key: TableKey, state: TableState, columns: readonly ColumnSpec[], display: DateDisplay): ExcelOp[] {
  const { current, layout, read } = state;
  const ops: ExcelOp[] = [];
  columns.forEach((column, i) => {
    const index = current.width + i;
    ops.push({ kind: "add-column", table: key, column, index });
    if (read.rows.length > 0) {
      ops.push({ kind: "write", target: key, row: 1, col: index, numberFormat: read.rows.map(() => [columnFormat(column, display)]) });
    }
  });
  const added = new Set(columns.map((c) => c.key));
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
    if (index === undefined || !cells) continue;
    const next = cells.map((code) => reformattedDate(column, code, display));
    const first = next.findIndex((f) => f !== undefined);
    if (first < 0) continue;
    const last = next.length - 1 - [...next].reverse().findIndex((f) => f !== undefined);
    const numberFormat = next.slice(first, last + 1).map((f) => [f ?? null]);
    ops.push({ kind: "write", target: key, row: 1 + first, col: index, numberFormat });
  }
  return ops;
}

/**
 * The ops that carry out the shared plan, in the order they must run: sheets for tables to create, then
 * table by table (in the plan's creation order) the table created with its rows, or its missing columns
 * added, its date formats re-applied, its changed rows written and its new rows appended. `dateFormats`
 * holds the date cells' formats when the read fetched them (for 套用到所有日期).
 */
export function excelOps(decoded: DecodedWorkbook, plan: WritePlan, dateFormats?: ReadonlyMap<TableKey, DateFormats>): ExcelOp[] {
  const ops: ExcelOp[] = [];
  const { display } = plan;
  for (const spec of SCHEMA) {
    if (decoded.tables[spec.key].read.status === "absent") ops.push({ kind: "add-sheet", table: spec.key });
  }
  for (const writes of plan.tables) {
    const key = writes.table;
    const state = decoded.tables[key];
    if (writes.create) {
      ops.push(...createOps(key, state, writes.create, display));
      continue;
    }
    ops.push(
      ...upgradeOps(key, state, writes.addColumns, display),
      ...(plan.reformatDates ? reformatOps(key, state, dateFormats?.get(key), display) : []),
      ...updateOps(key, state, writes.updates, display, dateFormats?.get(key)),
      ...appendOps(key, state, writes.appends.map((a) => a.cells), display),
    );
  }
  return ops;
}

/** The shared planner's view of the tables Excel returned: rows by key, cells as read (設定's as formulas). */
export function excelSnapshots(decoded: DecodedWorkbook): Snapshots {
  const snapshots: Partial<Record<TableKey, TableSnapshot>> = {};
  for (const spec of SCHEMA) {
    const state = decoded.tables[spec.key];
    snapshots[spec.key] = {
      present: state.read.status !== "absent",
      keyRows: state.keyRows,
      // the layout places them at the right end in this order (withMissingAdded)
      missing: state.current.missing,
      cell: (row, column) => {
        const index = state.current.columnOf.get(column);
        return index === undefined ? undefined : state.read.rows[row]?.[index];
      },
    };
  }
  return snapshots;
}
