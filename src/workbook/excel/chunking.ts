// Keeps every request under Excel on the web's 5 MB limit: estimates the JSON size of what each op
// sends, splits big blocks by rows, and packs ops in order into batches, one context.sync() each.
import type { ExcelOp, WriteOp } from "./ops";

/**
 * "Excel on the web has a payload size limit for requests and responses of 5MB. RichAPI.Error will be
 * thrown if that limit is exceeded." (Resource limits and performance optimization for Office Add-ins)
 */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * What the store allows itself per request: 4 MB of estimated data. The 20% left over covers what the
 * estimate leaves out (the request envelope, object paths, JSON escaping of the envelope).
 */
export const DEFAULT_REQUEST_BUDGET = 4 * 1024 * 1024;

/** Per-op allowance for the method calls and object paths around the data (getCell, getResizedRange, set). */
export const OP_OVERHEAD_BYTES = 256;

/** Bytes of `text` in UTF-8: 案由 is mostly CJK, three bytes a character, so string length would undercount. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Estimated request bytes of a value as JSON. */
export const jsonBytes = (value: unknown): number => utf8Length(JSON.stringify(value) ?? "");

/** Estimated request bytes of one op: its data as JSON plus the fixed overhead. */
export function opBytes(op: ExcelOp): number {
  switch (op.kind) {
    case "write":
      return OP_OVERHEAD_BYTES + (op.values ? jsonBytes(op.values) : 0) + (op.numberFormat ? jsonBytes(op.numberFormat) : 0);
    case "create-table":
      // creating a table also sets its name, style, widths, validation and formats: a few overheads more
      return OP_OVERHEAD_BYTES * 8 + jsonBytes(op.values) + jsonBytes(op.numberFormat);
    default:
      return OP_OVERHEAD_BYTES;
  }
}

const rowBytes = (op: WriteOp, row: number): number =>
  (op.values ? jsonBytes(op.values[row] ?? []) + 1 : 0) + (op.numberFormat ? jsonBytes(op.numberFormat[row] ?? []) + 1 : 0);

/** Splits a write into consecutive row blocks whose estimates each fit `budget`. */
function splitWrite(op: WriteOp, budget: number): WriteOp[] {
  const rows = Math.max(op.values?.length ?? 0, op.numberFormat?.length ?? 0);
  const pieces: WriteOp[] = [];
  let start = 0;
  let bytes = OP_OVERHEAD_BYTES;
  const cut = (end: number): void => {
    pieces.push({
      ...op,
      row: op.row + start,
      values: op.values?.slice(start, end),
      numberFormat: op.numberFormat?.slice(start, end),
      ...(op.guard ? { guard: { ...op.guard, ...(op.guard.keys ? { keys: op.guard.keys.slice(start, end) } : {}) } } : {}),
    });
    start = end;
    bytes = OP_OVERHEAD_BYTES;
  };
  for (let row = 0; row < rows; row++) {
    const size = rowBytes(op, row);
    if (row > start && bytes + size > budget) cut(row);
    bytes += size;
  }
  if (start < rows || rows === 0) cut(rows);
  return pieces;
}

/**
 * One op as pieces that each fit the budget. A table is created over as many rows as fit; the rest are
 * written below it as blocks, which extends the table (the same path as an append).
 */
export function splitOp(op: ExcelOp, budget: number): ExcelOp[] {
  if (opBytes(op) <= budget) return [op];
  if (op.kind === "write") return splitWrite(op, budget);
  if (op.kind !== "create-table") return [op];
  const width = op.values[0]?.length ?? 0;
  const asWrite: WriteOp = { kind: "write", target: op.table, row: 0, col: 0, values: op.values, numberFormat: op.numberFormat };
  const [first, ...rest] = splitWrite(asWrite, budget - OP_OVERHEAD_BYTES * 8);
  const created: ExcelOp = {
    kind: "create-table",
    table: op.table,
    values: first?.values ?? op.values.slice(0, 1),
    numberFormat: first?.numberFormat ?? op.numberFormat.slice(0, 1),
  };
  return width === 0 ? [op] : [created, ...rest];
}

/**
 * Ops packed in order into batches whose estimated size stays within `budget`; each batch becomes one
 * request (one context.sync()). Order is kept, because later ops build on earlier ones (a table must
 * exist before its formulas refer to it).
 */
export function batchOps(ops: readonly ExcelOp[], budget: number): ExcelOp[][] {
  const batches: ExcelOp[][] = [];
  let current: ExcelOp[] = [];
  let bytes = 0;
  for (const op of ops.flatMap((o) => splitOp(o, budget))) {
    const size = opBytes(op);
    if (current.length > 0 && bytes + size > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** The estimated request size of each batch, for the benchmark and the tests. */
export const batchBytes = (batch: readonly ExcelOp[]): number => batch.reduce((sum, op) => sum + opBytes(op), 0);
