// Reads the schema tables in one sync when Excel allows it; when it refuses (a response over 5 MB, a
// missing table it will not navigate), existence, then headers, then bodies in budget-sized row blocks.
import type { CellValue } from "../cells";
import type { ColumnSpec, TableKey, TableSpec } from "../schema";
import { jsonBytes } from "./chunking";
import { errorCode, isPayloadError } from "./payloadError";
import type { TableRead, TableStatus } from "./types";

/** How the last read went: a workbook too big for one response is read in blocks from then on. */
export type ReadMode = "whole" | "blocks";

/** Rows per sync to start a block read with: Microsoft suggests starting with 5k–20k rows. */
export const FIRST_BLOCK_ROWS = 5000;

export interface ReadResult {
  readonly reads: ReadonlyMap<TableKey, TableRead>;
  /** proxies of the tables found, for the writes that follow in the same Excel.run */
  readonly tables: ReadonlyMap<TableKey, Excel.Table>;
  /** each table's header row: the anchor writes are addressed from (header = row 0) */
  readonly anchors: ReadonlyMap<TableKey, Excel.Range>;
  readonly mode: ReadMode;
}

/** A cell as Excel returns it, as the decoder takes it (errors such as #N/A arrive as text). */
function cell(value: unknown): CellValue {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : "";
}

const cellsOf = (rows: readonly (readonly unknown[])[]): CellValue[][] => rows.map((row) => row.map(cell));

const statusOf = (table: Excel.Table, sheet: Excel.Worksheet): TableStatus =>
  !table.isNullObject ? "present" : sheet.isNullObject ? "absent" : "renamed";

const emptyRead = (spec: TableSpec, status: TableStatus): TableRead => ({ spec, status, headers: [], rows: [], headerRow: 0, showTotals: false, freeRowsBelow: 0 });

/**
 * How far below a table the read looks for the user's data: appends that fit in the empty rows found go
 * straight into them; a larger append, or data closer than that, makes the store insert cells first.
 */
export const BELOW_LOOKAHEAD = 1000;

/** The table's range and the used part of the rows below it, loaded in a read's sync. */
interface BelowProbe {
  readonly whole: Excel.Range;
  readonly used: Excel.Range;
}

/**
 * Queues a look at the cells right below a table, within its columns (Microsoft's co-authoring guidance:
 * data under a table is overwritten by rows written there, so insert when it is not empty).
 */
function probeBelow(table: Excel.Table): BelowProbe {
  const whole = table.getRange();
  whole.load("rowIndex, rowCount");
  const used = whole.getRowsBelow(BELOW_LOOKAHEAD).getUsedRangeOrNullObject(true);
  used.load("rowIndex");
  return { whole, used };
}

/** After the sync: how many rows under the table are empty, up to the look-ahead. */
function freeRowsBelow(probe: BelowProbe): number {
  const { whole, used } = probe;
  return used.isNullObject ? BELOW_LOOKAHEAD : used.rowIndex - (whole.rowIndex + whole.rowCount);
}

/** A number format as Excel returns it (always text; anything else reads as no format). */
const formatText = (row: readonly unknown[]): string => (typeof row[0] === "string" ? row[0] : "");

/** The schema's date and date-time columns of a table, whose cells' formats 套用到所有日期 rewrites. */
export const dateColumns = (spec: TableSpec): ColumnSpec[] => spec.columns.filter((c) => c.kind === "date" || c.kind === "datetime");

/**
 * Queues a load of the number formats of a table's date columns, found by header (so wherever the user
 * moved them), and returns how to collect them after the sync. Only the date columns: loading the
 * formats of the whole body would double the response of a large workbook.
 */
function loadDateFormats(table: Excel.Table, spec: TableSpec): () => Map<string, readonly string[]> {
  const probes = dateColumns(spec).map((column) => {
    const found = table.columns.getItemOrNullObject(column.header);
    const body = found.getDataBodyRange();
    body.load("numberFormat");
    return { column, found, body };
  });
  return () => {
    const formats = new Map<string, readonly string[]>();
    for (const { column, found, body } of probes) {
      if (!found.isNullObject) formats.set(column.key, (body.numberFormat as unknown[][]).map(formatText));
    }
    return formats;
  };
}

/**
 * The fast path: one sync for every table's existence, header and body (and, when asked, the formats of
 * the date columns). The settings row is read as formulas so that 基準日 `=TODAY()` reads as a formula,
 * not as today's date.
 */
async function readWhole(context: Excel.RequestContext, specs: readonly TableSpec[], withFormats: boolean): Promise<ReadResult> {
  const probes = specs.map((spec) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(spec.name);
    const table = context.workbook.tables.getItemOrNullObject(spec.name);
    table.load("showTotals");
    const header = table.getHeaderRowRange();
    header.load("values, rowIndex");
    const body = table.getDataBodyRange();
    if (spec.key === "settings") body.load("formulas");
    else body.load("values");
    const formats = withFormats && dateColumns(spec).length > 0 ? loadDateFormats(table, spec) : undefined;
    const below = probeBelow(table);
    return { spec, sheet, table, header, body, formats, below };
  });
  await context.sync();
  const reads = new Map<TableKey, TableRead>();
  const tables = new Map<TableKey, Excel.Table>();
  const anchors = new Map<TableKey, Excel.Range>();
  for (const { spec, sheet, table, header, body, formats, below } of probes) {
    const status = statusOf(table, sheet);
    if (status !== "present") {
      reads.set(spec.key, emptyRead(spec, status));
      continue;
    }
    reads.set(spec.key, {
      spec,
      status,
      headers: (header.values[0] ?? []).map((h) => String(h)),
      rows: cellsOf(spec.key === "settings" ? body.formulas : body.values),
      headerRow: header.rowIndex,
      showTotals: table.showTotals,
      freeRowsBelow: freeRowsBelow(below),
      ...(formats ? { dateFormats: formats() } : {}),
    });
    tables.set(spec.key, table);
    anchors.set(spec.key, header);
  }
  return { reads, tables, anchors, mode: "whole" };
}

interface Block {
  readonly key: TableKey;
  readonly body: Excel.Range;
  readonly start: number;
  readonly count: number;
  readonly width: number;
  readonly formulas: boolean;
}

/** Takes up to `limit` rows from the front of `pending`, splitting a block when it must. */
function takeRows(pending: readonly Block[], limit: number): { take: Block[]; rest: Block[] } {
  const take: Block[] = [];
  let rows = 0;
  let index = 0;
  for (; index < pending.length && rows < limit; index++) {
    const block = pending[index];
    if (!block) break;
    const room = limit - rows;
    if (block.count <= room) {
      take.push(block);
      rows += block.count;
      continue;
    }
    take.push({ ...block, count: room });
    return { take, rest: [{ ...block, start: block.start + room, count: block.count - room }, ...pending.slice(index + 1)] };
  }
  return { take, rest: pending.slice(index) };
}

/**
 * Reads body blocks, `rowsPerSync` rows a sync: halved when Excel refuses a response as too large,
 * then resized from the bytes a row actually took. Recursion rather than a loop keeps each sync an
 * explicit step; the number of syncs grows with the data's size in 5 MB units, not with its rows.
 */
async function readBlocks(
  context: Excel.RequestContext,
  pending: readonly Block[],
  rowsPerSync: number,
  budget: number,
  out: Map<TableKey, CellValue[][]>,
): Promise<void> {
  if (pending.length === 0) return;
  const { take, rest } = takeRows(pending, rowsPerSync);
  const ranges = take.map((block) => {
    const range = block.body.getCell(block.start, 0).getResizedRange(block.count - 1, block.width - 1);
    if (block.formulas) range.load("formulas");
    else range.load("values");
    return { block, range };
  });
  try {
    await context.sync();
  } catch (error) {
    if (isPayloadError(error) && rowsPerSync > 1) return readBlocks(context, pending, Math.floor(rowsPerSync / 2), budget, out);
    throw error;
  }
  let bytes = 0;
  let rows = 0;
  for (const { block, range } of ranges) {
    const values = cellsOf(block.formulas ? range.formulas : range.values);
    bytes += jsonBytes(values);
    rows += values.length;
    out.set(block.key, [...(out.get(block.key) ?? []), ...values]);
  }
  const next = Math.max(1, Math.floor(budget / Math.max(1, bytes / Math.max(1, rows))));
  return readBlocks(context, rest, next, budget, out);
}

/** The careful path: existence, then headers and sizes, then bodies in blocks that fit a response. */
async function readInBlocks(context: Excel.RequestContext, specs: readonly TableSpec[], budget: number): Promise<ReadResult> {
  const probes = specs.map((spec) => ({
    spec,
    sheet: context.workbook.worksheets.getItemOrNullObject(spec.name),
    table: context.workbook.tables.getItemOrNullObject(spec.name),
  }));
  await context.sync();
  const reads = new Map<TableKey, TableRead>();
  const found = probes.flatMap(({ spec, sheet, table }) => {
    const status = statusOf(table, sheet);
    if (status !== "present") {
      reads.set(spec.key, emptyRead(spec, status));
      return [];
    }
    table.load("showTotals");
    const header = table.getHeaderRowRange();
    header.load("values, rowIndex");
    const body = table.getDataBodyRange();
    body.load("rowCount, columnCount");
    return [{ spec, table, header, body, below: probeBelow(table) }];
  });
  if (found.length === 0) return { reads, tables: new Map(), anchors: new Map(), mode: "blocks" };
  await context.sync();
  const blocks: Block[] = found.map(({ spec, body }) => ({
    key: spec.key,
    body,
    start: 0,
    count: body.rowCount,
    width: body.columnCount,
    formulas: spec.key === "settings",
  }));
  const bodies = new Map<TableKey, CellValue[][]>();
  await readBlocks(context, blocks, FIRST_BLOCK_ROWS, budget, bodies);
  const tables = new Map<TableKey, Excel.Table>();
  const anchors = new Map<TableKey, Excel.Range>();
  for (const { spec, table, header, below } of found) {
    reads.set(spec.key, {
      spec,
      status: "present",
      headers: (header.values[0] ?? []).map((h) => String(h)),
      rows: bodies.get(spec.key) ?? [],
      headerRow: header.rowIndex,
      showTotals: table.showTotals,
      freeRowsBelow: freeRowsBelow(below),
    });
    tables.set(spec.key, table);
    anchors.set(spec.key, header);
  }
  return { reads, tables, anchors, mode: "blocks" };
}

/**
 * Reads `specs` in one sync when it can. If that sync fails (the response was too large, or the host
 * will not follow a missing table to its ranges) the read starts again the careful way; a workbook that
 * was too large is read in blocks straight away next time. The date columns' formats come with a whole
 * read when `withFormats` asks; a block read leaves them to loadFormatsOf.
 */
export async function readTables(
  context: Excel.RequestContext,
  specs: readonly TableSpec[],
  mode: ReadMode,
  budget: number,
  withFormats = false,
): Promise<ReadResult> {
  if (mode === "blocks") return readInBlocks(context, specs, budget);
  try {
    return await readWhole(context, specs, withFormats);
  } catch (error) {
    if (errorCode(error) === undefined) throw error; // our bug, not Excel's refusal
    const result = await readInBlocks(context, specs, budget);
    return isPayloadError(error) ? result : { ...result, mode: "whole" };
  }
}

/** Bytes a date cell's format takes in a response ([["[$-40404]e/mm/dd"]], with room to spare). */
export const FORMAT_BYTES_PER_CELL = 24;

/**
 * The formats of the date columns of tables read without them (a block read, or a large workbook whose
 * read skipped them to stay in one response): loaded by position from each table's header row, in as
 * few syncs as the budget allows (one below ~170,000 date cells). Only 套用到所有日期 needs this.
 */
export async function loadDateFormatsAt(
  context: Excel.RequestContext,
  result: ReadResult,
  columnsOf: (key: TableKey) => ReadonlyMap<string, number>,
  budget: number,
): Promise<Map<TableKey, Map<string, readonly string[]>>> {
  const out = new Map<TableKey, Map<string, readonly string[]>>();
  const pieces: { key: TableKey; column: string; start: number; count: number; anchor: Excel.Range }[] = [];
  const perSync = Math.max(1, Math.floor(budget / FORMAT_BYTES_PER_CELL));
  for (const [key, read] of result.reads) {
    const anchor = result.anchors.get(key);
    if (read.dateFormats || !anchor || read.status !== "present") continue;
    const formats = new Map<string, readonly string[]>();
    out.set(key, formats);
    for (const column of dateColumns(read.spec)) {
      const index = columnsOf(key).get(column.key);
      if (index === undefined) continue;
      formats.set(column.key, []);
      for (let start = 0; start < read.rows.length; start += perSync) {
        pieces.push({ key, column: column.key, start, count: Math.min(perSync, read.rows.length - start), anchor });
      }
    }
  }
  // Recursion rather than a loop keeps each sync an explicit step, as in readBlocks.
  const next = async (pending: typeof pieces): Promise<void> => {
    if (pending.length === 0) return;
    let cells = 0;
    let take = 0;
    while (take < pending.length && (take === 0 || cells + (pending[take]?.count ?? 0) <= perSync)) cells += pending[take++]?.count ?? 0;
    const ranges = pending.slice(0, take).map((piece) => {
      // the anchor is the header row (row 0), so body row i is row i + 1
      const index = columnsOf(piece.key).get(piece.column) ?? 0;
      const range = piece.anchor.getCell(1 + piece.start, index).getResizedRange(piece.count - 1, 0);
      range.load("numberFormat");
      return { piece, range };
    });
    await context.sync();
    for (const { piece, range } of ranges) {
      const formats = out.get(piece.key);
      formats?.set(piece.column, [...(formats.get(piece.column) ?? []), ...(range.numberFormat as unknown[][]).map(formatText)]);
    }
    return next(pending.slice(take));
  };
  await next(pieces);
  return out;
}
