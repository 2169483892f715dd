// Turns the planned ops into queued Excel calls and sends them in batches: one context.sync() per batch,
// each batch within the request budget. The only place where the store writes to the workbook.
import { TABLE_STYLE, tableSpec, type TableKey } from "../schema";
import { batchOps } from "./chunking";
import type { ExcelOp, OpTarget, WriteOp } from "./ops";
import { columnWidthPoints, COLOURED_TABLE, queueStatusFormats, queueValidation, validationOf } from "./tableFormat";

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
  if (spec.name === COLOURED_TABLE) {
    const status = spec.columns.findIndex((c) => c.key === "status");
    if (status >= 0) queueStatusFormats(table.getDataBodyRange(), status, 2);
  }
  targets.tables.set(op.table, table);
  targets.anchors.set(op.table, table.getHeaderRowRange());
}

function queueWrite(targets: WriteTargets, op: WriteOp): void {
  const anchor = need(targets.anchors.get(op.target), `the anchor of ${op.target}`);
  const rows = Math.max(op.values?.length ?? 0, op.numberFormat?.length ?? 0);
  const columns = (op.values?.[0] ?? op.numberFormat?.[0] ?? []).length;
  if (rows === 0 || columns === 0) return;
  const range = anchor.getCell(op.row, op.col).getResizedRange(rows - 1, columns - 1);
  if (op.numberFormat) range.numberFormat = op.numberFormat as (string | null)[][];
  if (op.values) range.values = op.values as unknown[][];
}

/** Queues one op. Nothing is sent until the caller syncs. */
export function queueOp(context: Excel.RequestContext, targets: WriteTargets, op: ExcelOp): void {
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
      queueWrite(targets, op);
      return;
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
async function sendBatches(context: Excel.RequestContext, targets: WriteTargets, batches: readonly (readonly ExcelOp[])[]): Promise<void> {
  const [batch, ...rest] = batches;
  if (!batch) return;
  const last = rest.length === 0;
  if (!last) context.workbook.application.suspendApiCalculationUntilNextSync();
  for (const op of batch) queueOp(context, targets, op);
  if (last) context.workbook.application.calculate("Recalculate");
  await context.sync();
  return sendBatches(context, targets, rest);
}

/**
 * Writes `ops` in batches within `budget` bytes each and returns how many syncs that took: one for an
 * ordinary meeting, one more per further 4 MB for a very large import.
 */
export async function writeOps(context: Excel.RequestContext, targets: WriteTargets, ops: readonly ExcelOp[], budget: number): Promise<number> {
  const batches = batchOps(ops, budget);
  await sendBatches(context, targets, batches);
  return batches.length;
}
