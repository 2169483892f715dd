// Turns the planned ops into queued Excel calls and sends them in batches: one context.sync() per batch,
// each batch within the request budget. The only place where the store writes to the workbook.
import { TABLE_STYLE, tableSpec, type TableKey } from "../schema";
import { batchOps } from "./chunking";
import type { ExcelOp, OpTarget, WriteOp } from "./ops";
import { columnWidthPoints, COLOURED_TABLE, queueColumnLook, queueStatusFormats, queueValidation, validationOf } from "./tableFormat";

/** The proxies writes are addressed through, filled in as tables are found or created. */
export interface WriteTargets {
  readonly sheets: Map<TableKey, Excel.Worksheet>;
  readonly tables: Map<TableKey, Excel.Table>;
  /** row 0 = a table's header row; the division list's A1 */
  readonly anchors: Map<OpTarget, Excel.Range>;
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`internal: ${what} was not read or created before it was written`);
  return value;
}

function queueCreate(context: Excel.RequestContext, targets: WriteTargets, op: Extract<ExcelOp, { kind: "create-table" }>): void {
  const spec = tableSpec(op.table);
  const sheet = targets.sheets.get(op.table) ?? context.workbook.worksheets.getItem(spec.name);
  const width = op.values[0]?.length ?? spec.columns.length;
  const range = sheet.getRangeByIndexes(0, 0, op.values.length, width);
  range.numberFormat = op.numberFormat as (string | null)[][];
  range.values = op.values as unknown[][];
  const table = sheet.tables.add(range, true);
  table.name = spec.name;
  table.style = TABLE_STYLE;
  sheet.freezePanes.freezeRows(1);
  spec.columns.forEach((column, index) => {
    sheet.getRangeByIndexes(0, index, 1, 1).format.columnWidth = columnWidthPoints(column.width);
  });
  queueValidation(table, spec, (column) => spec.columns.indexOf(column));
  queueColumnLook(sheet, spec);
  if (spec.name === COLOURED_TABLE) {
    const status = spec.columns.findIndex((c) => c.key === "status");
    if (status >= 0) queueStatusFormats(table.getDataBodyRange(), status, 2);
  }
  targets.tables.set(op.table, table);
  targets.anchors.set(op.table, table.getHeaderRowRange());
}

/** A guarded write whose cells were not what the plan expected when it ran: where, why, and how to undo it. */
export interface WriteConflict {
  readonly target: OpTarget;
  /** the sheet rows (0-based body rows of the table) the write went to */
  readonly row: number;
  readonly reason: "moved" | "filled";
}

/** A guarded write's range and what its written cells held before it (null where the write left the cell). */
export interface WriteUndo {
  readonly range: Excel.Range;
  readonly restore: readonly (readonly unknown[])[];
}

/** A guarded write's former contents and key cells, loaded in its own sync before it runs. */
interface GuardProbe {
  readonly op: WriteOp;
  readonly range: Excel.Range;
  readonly before: Excel.Range;
  readonly keys: Excel.Range | undefined;
}

const isBlankCell = (value: unknown): boolean => value === "" || value === null || value === undefined;
const keyTextOf = (value: unknown): string => (typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "");

/** How to undo a guarded write: only the cells it set get their former contents back; the others stay (null). */
function undoOf(probe: GuardProbe): WriteUndo {
  const formulas = probe.before.formulas as unknown[][];
  const restore = (probe.op.values ?? []).map((row, r) => row.map((value, c) => (value === null ? null : (formulas[r]?.[c] ?? ""))));
  return { range: probe.range, restore };
}

/** After the sync: the guard's verdict, undefined when the write landed where the plan meant it to. */
function checkGuard(probe: GuardProbe): WriteConflict | undefined {
  const { op, before, keys } = probe;
  const formulas = before.formulas as unknown[][];
  const written = op.values ?? [];
  const expected = op.guard?.keys;
  if (keys && expected) {
    const found = (keys.values as unknown[][]).map((row) => keyTextOf(row[0]));
    if (found.some((key, i) => key !== expected[i])) return { target: op.target, row: op.row - 1, reason: "moved" };
  }
  if (op.guard?.empty === true) {
    // cells the write fills with data must have been empty (a calculated column's formula may be there)
    const filled = written.some((row, r) => row.some((value, c) => value !== null && !(typeof value === "string" && value.startsWith("=")) && !isBlankCell(formulas[r]?.[c])));
    if (filled) return { target: op.target, row: op.row - 1, reason: "filled" };
  }
  return undefined;
}

function queueWrite(targets: WriteTargets, op: WriteOp): GuardProbe | undefined {
  const anchor = need(targets.anchors.get(op.target), `the anchor of ${op.target}`);
  const rows = Math.max(op.values?.length ?? 0, op.numberFormat?.length ?? 0);
  const columns = (op.values?.[0] ?? op.numberFormat?.[0] ?? []).length;
  if (rows === 0 || columns === 0) return undefined;
  const range = anchor.getCell(op.row, op.col).getResizedRange(rows - 1, columns - 1);
  let probe: GuardProbe | undefined;
  if (op.guard && op.values) {
    // loaded before the write in the same request, so they are the cells as the write finds them
    const before = anchor.getCell(op.row, op.col).getResizedRange(rows - 1, columns - 1);
    before.load("formulas");
    const keyCol = op.guard.keyCol;
    const keys = keyCol === undefined ? undefined : anchor.getCell(op.row, keyCol).getResizedRange(rows - 1, 0);
    keys?.load("values");
    probe = { op, range, before, keys };
  }
  if (op.numberFormat) range.numberFormat = op.numberFormat as (string | null)[][];
  if (op.values) range.values = op.values as unknown[][];
  return probe;
}

/** Queues one op (and a guarded write's check). Nothing is sent until the caller syncs. */
export function queueOp(context: Excel.RequestContext, targets: WriteTargets, op: ExcelOp): GuardProbe | undefined {
  switch (op.kind) {
    case "add-sheet":
      targets.sheets.set(op.table, context.workbook.worksheets.add(tableSpec(op.table).name));
      return;
    case "create-table":
      queueCreate(context, targets, op);
      return;
    case "add-column": {
      const table = need(targets.tables.get(op.table), `table ${op.table}`);
      table.columns.add(undefined, undefined, op.column.header);
      need(targets.anchors.get(op.table), `the anchor of ${op.table}`).getCell(0, op.index).format.columnWidth = columnWidthPoints(op.column.width);
      if (validationOf(op.column)) queueValidation(table, tableSpec(op.table), (column) => (column === op.column ? op.index : undefined));
      return;
    }
    case "write":
      return queueWrite(targets, op);
    case "totals":
      need(targets.tables.get(op.table), `table ${op.table}`).showTotals = op.show;
      return;
    case "insert-below":
      // the table's range as it is when this runs (its totals row already hidden), so the cells go right under the body
      need(targets.tables.get(op.table), `table ${op.table}`).getRange().getRowsBelow(op.rows).insert("Down");
      return;
  }
}

/**
 * Sends the batches one after another; recursion keeps one explicit sync per 5 MB-bounded batch. Every
 * batch but the last suspends calculation while its large ranges are set (Microsoft's guidance); Microsoft
 * adds that once suspended "it is the developer's responsibility to re-calc the workbook", so the last
 * batch, not suspended, ends by asking for a recalculation: in Manual calculation mode nothing else would
 * refresh 狀態 and 逾期天數 (and the division list would copy stale ones). It rides in the last sync.
 */
async function sendBatches(context: Excel.RequestContext, targets: WriteTargets, batches: readonly (readonly ExcelOp[])[], sent = 0): Promise<WriteOutcome> {
  const [batch, ...rest] = batches;
  if (!batch) return { syncs: sent, conflicts: [], undo: [] };
  const last = rest.length === 0;
  if (!last) context.workbook.application.suspendApiCalculationUntilNextSync();
  const probes = batch.map((op) => queueOp(context, targets, op)).filter((p): p is GuardProbe => p !== undefined);
  if (last) context.workbook.application.calculate("Recalculate");
  await context.sync();
  const verdicts = probes.map((probe) => ({ probe, conflict: checkGuard(probe) }));
  // a co-author changed the rows under us: stop here; every guarded write of this batch is to be undone
  // (the ones that landed right too, such as the history row, or the retry would write them twice)
  if (verdicts.some((v) => v.conflict !== undefined)) {
    return { syncs: sent + 1, conflicts: verdicts.flatMap((v) => (v.conflict ? [v.conflict] : [])), undo: verdicts.map((v) => undoOf(v.probe)) };
  }
  return sendBatches(context, targets, rest, sent + 1);
}

/** What writing took: its syncs, and the guarded writes that found other cells than planned (see WriteGuard). */
export interface WriteOutcome {
  readonly syncs: number;
  readonly conflicts: readonly WriteConflict[];
  /** when there are conflicts: how to undo every guarded write of the batch they were found in */
  readonly undo: readonly WriteUndo[];
}

/**
 * Writes `ops` in batches within `budget` bytes each: one sync for an ordinary meeting, one more per
 * further 4 MB for a very large import. Stops after a batch in which a guarded write found its rows
 * moved or filled by a co-author, and reports those writes.
 */
export async function writeOps(context: Excel.RequestContext, targets: WriteTargets, ops: readonly ExcelOp[], budget: number): Promise<WriteOutcome> {
  return sendBatches(context, targets, batchOps(ops, budget));
}

/** Puts back what the writes replaced, in one sync. */
export async function undoWrites(context: Excel.RequestContext, undo: readonly WriteUndo[]): Promise<void> {
  for (const { range, restore } of undo) range.formulas = restore as unknown[][];
  await context.sync();
}
