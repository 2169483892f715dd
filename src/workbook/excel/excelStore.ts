// The tracking workbook inside Excel: WorkbookStore over Office.js. The only code that calls Excel.run;
// an update is one Excel.run with one sync to read, one to write (more only past 4 MB of writes, or for
// 套用到所有日期 on a workbook too large to read its date formats with its data).
//
// Co-authors. Writes go by key, found in the read; a co-author may sort, type or insert rows between the
// read sync and the write sync. What the store guarantees: in the write sync itself, each block written
// into existing rows loads its key cells and former contents before writing, and each appended block its
// target cells; after the sync, a block whose rows no longer hold their keys (sorted) or whose target was
// no longer empty (typed into) is undone from those former contents, and the update starts again from a
// fresh read, once. Rows appended past a table take only empty rows, else cells are inserted first.
// What it cannot guarantee: ExcelApi 1.8 has no conditional write, so for the moment between the write
// and its undo a co-author can see the misplaced cells; a co-author's edit of those very cells in that
// moment is overwritten by the undo; the undo restores values and formulas, not formats; text a co-author
// types right under the table in that moment is restored inside the grown table (ExcelApi 1.8 cannot shrink
// a table), where the next read names its row; and when a multi-batch import conflicts in a later batch,
// the earlier batches stay written (the message says so).
import { fail, ok, type Failure, type Result } from "../../domain";
import { problem, type Problem } from "../../problems";
import { applyChanges } from "../mergeChanges";
import type { Planned, WorkbookChanges, WorkbookData, WorkbookStore } from "../model";
import { SCHEMA, tableSpec, type TableKey } from "../schema";
import { DEFAULT_REQUEST_BUDGET } from "./chunking";
import { decodeWorkbook, type DecodedWorkbook } from "./decode";
import {
  divisionViewRoute,
  fallbackChoice,
  showInDivisionList,
  showInSharedFilter,
  showInSheetView,
  type DivisionView,
  type DivisionViewRequest,
} from "./divisionView";
import { errorCode } from "./payloadError";
import { FORMAT_BYTES_PER_CELL, dateColumns, loadDateFormatsAt, readTables, type ReadMode, type ReadResult } from "./readTables";
import { checkExcelApi } from "./requirements";
import type { ExcelRun, IsSetSupported, TableRead, TableReads } from "./types";
import { planWrites } from "../writePlan";
import { excelOps, excelSnapshots, type DateFormats } from "./writePlan";
import { undoWrites, writeOps, type WriteConflict, type WriteOutcome, type WriteTargets } from "./writeOps";

export interface ExcelStoreOptions {
  /** `(batch) => Excel.run(batch)` in the add-in; a fake in tests */
  readonly run: ExcelRun;
  /** `(set, version) => Office.context.requirements.isSetSupported(set, version)` in the add-in */
  readonly isSetSupported: IsSetSupported;
  /** estimated bytes allowed per request; defaults to 4 MB, under Excel on the web's 5 MB */
  readonly requestBudget?: number;
}


/**
 * Response bytes an update's read may spend on the date cells' formats (what 套用到所有日期 needs to keep
 * a user's own format). Below it (about 10,000 date cells) they come with the data in the one read sync;
 * a larger workbook's read, already near Excel on the web's 5 MB response limit, skips them, and only an
 * update that re-formats dates pays one more sync to load them, as does the first update of a store that
 * has not read the workbook yet.
 */
export const FORMAT_READ_BUDGET = 256 * 1024;

/** Date cells of the tables read: what loading their formats costs. */
function dateCells(read: ReadResult): number {
  let cells = 0;
  for (const table of read.reads.values()) cells += table.rows.length * dateColumns(table.spec).length;
  return cells;
}

/** An upper bound of the date cells an update adds (every change may append a row). */
function addedDateCells(changes: WorkbookChanges): number {
  return changes.meetings.length + 2 * changes.cases.length + changes.history.length;
}
/** What one update did, for tests and the benchmark. */
export interface UpdateStats {
  readonly readMode: ReadMode;
  readonly writeSyncs: number;
  readonly ops: number;
  /** 1, or 2 when a co-author's sort or typing made the store undo its writes and start again */
  readonly attempts: number;
}

/** An update starts again once when a co-author moved the rows it wrote; a second time, it gives up. */
const MAX_ATTEMPTS = 2;

function conflictProblem(conflicts: readonly WriteConflict[], earlierBatches: boolean): Problem {
  const tables = [...new Set(conflicts.map((c) => tableSpec(c.target === "list" ? "cases" : c.target).name))];
  return problem("excel.coAuthorConflict", { tables, partial: earlierBatches });
}

function tableReads(result: ReadResult): TableReads {
  const reads = {} as Record<TableKey, TableRead>;
  for (const spec of SCHEMA) {
    const read = result.reads.get(spec.key);
    if (!read) throw new Error(`internal: table ${spec.name} was not read`);
    reads[spec.key] = read;
  }
  return reads;
}

/** Excel's own errors (OfficeExtension.Error carries a code) become a message; anything else is a bug. */
function hostFailure(error: unknown, partial = false): Failure {
  const code = errorCode(error);
  if (code === undefined) throw error;
  const message = error instanceof Error ? error.message : String(error);
  return fail(problem("excel.hostFailure", { code, message, partial }));
}

/** The date cells' formats the read fetched with the data, by table (none for a table it skipped them in). */
function formatsRead(read: ReadResult): Map<TableKey, DateFormats> {
  const formats = new Map<TableKey, DateFormats>();
  for (const [key, table] of read.reads) if (table.dateFormats) formats.set(key, table.dateFormats);
  return formats;
}

export class ExcelStore implements WorkbookStore {
  private readMode: ReadMode = "whole";
  private readonly budget: number;
  /** the workbook's date cells as last seen (undefined before the first read): whether to read their formats */
  private knownDateCells: number | undefined;
  /** what the last update did */
  lastUpdate: UpdateStats | undefined;

  constructor(private readonly options: ExcelStoreOptions) {
    this.budget = options.requestBudget ?? DEFAULT_REQUEST_BUDGET;
  }

  private async readDecoded(context: Excel.RequestContext, withFormats = false): Promise<{ read: ReadResult; decoded: Result<DecodedWorkbook> }> {
    const read = await readTables(context, SCHEMA, this.readMode, this.budget, withFormats);
    this.readMode = read.mode;
    this.knownDateCells = dateCells(read);
    return { read, decoded: decodeWorkbook(tableReads(read)) };
  }

  /** Whether an update's read can afford the date cells' formats (see FORMAT_READ_BUDGET). */
  private get formatsAffordable(): boolean {
    // Unknown (a store's first call) counts as large: a large workbook's read must not overflow into the
    // slow block read just in case dates get re-formatted; the task pane has read the workbook by then.
    return this.knownDateCells !== undefined && this.knownDateCells * FORMAT_BYTES_PER_CELL <= FORMAT_READ_BUDGET;
  }

  /** The date formats of every table, read with the data or, when the read skipped them, loaded now. */
  private async dateFormats(context: Excel.RequestContext, read: ReadResult, decoded: DecodedWorkbook): Promise<Map<TableKey, DateFormats>> {
    const formats = formatsRead(read);
    const missing = [...read.reads.values()].some((t) => t.status === "present" && !t.dateFormats && dateColumns(t.spec).length > 0 && t.rows.length > 0);
    if (!missing) return formats;
    const loaded = await loadDateFormatsAt(context, read, (key) => decoded.tables[key].current.columnOf, this.budget);
    for (const [key, table] of loaded) formats.set(key, table);
    return formats;
  }

  /** Reads the whole workbook: one sync (a very large workbook on the web is read in blocks). */
  async read(): Promise<Result<WorkbookData>> {
    const supported = checkExcelApi(this.options.isSetSupported);
    if (!supported.ok) return supported;
    try {
      return await this.options.run(async (context) => {
        const { decoded } = await this.readDecoded(context);
        return decoded.ok ? ok(decoded.value.data) : decoded;
      });
    } catch (error) {
      return hostFailure(error);
    }
  }

  /**
   * Reads, lets `plan` decide, and writes what it decided, all in one Excel.run: sync 1 reads every
   * table; sync 2 creates missing tables, adds missing columns, updates changed cells by key and appends
   * new rows, checking in that same sync that the rows still hold their keys and the rows appended into
   * are still empty. Nothing is written when the workbook does not match the schema or `plan` fails, and
   * nothing at all (no second sync) when the plan changes nothing. When a co-author sorted or typed into
   * the table between the two syncs, the writes that landed on the wrong cells are undone (one more sync)
   * and the update starts again from a fresh read, once; a second conflict is reported, nothing left wrong.
   */
  async update<T>(plan: (data: WorkbookData) => Result<Planned<T>>): Promise<Result<T>> {
    const supported = checkExcelApi(this.options.isSetSupported);
    if (!supported.ok) return supported;
    try {
      return await this.options.run((context) => this.attempt(context, plan, 1));
    } catch (error) {
      return hostFailure(error);
    }
  }

  private async attempt<T>(context: Excel.RequestContext, plan: (data: WorkbookData) => Result<Planned<T>>, attempt: number): Promise<Result<T>> {
    const { read, decoded } = await this.readDecoded(context, this.formatsAffordable);
    if (!decoded.ok) return decoded;
    const planned = plan(decoded.value.data);
    if (!planned.ok) return planned;
    const { changes } = planned.value;
    // bad division or settings input is refused here, before anything is written
    const after = applyChanges(decoded.value.data, changes);
    if (!after.ok) return after;
    // 套用到所有日期 needs every date cell's format; any other write uses them where the read afforded them,
    // so a date rewritten in a cell the user gave a date format of their own keeps it (dateFormats.ts)
    const formats = changes.reformatDates === true ? await this.dateFormats(context, read, decoded.value) : formatsRead(read);
    const writes = planWrites(excelSnapshots(decoded.value), changes, decoded.value.data, after.value);
    if (!writes.ok) return writes;
    const ops = excelOps(decoded.value, writes.value, formats);
    const targets: WriteTargets = { sheets: new Map(), tables: new Map(read.tables), anchors: new Map(read.anchors) };
    let outcome: WriteOutcome;
    try {
      outcome = ops.length === 0 ? { syncs: 0, conflicts: [], undo: [] } : await writeOps(context, targets, ops, this.budget);
      if (outcome.conflicts.length > 0) await undoWrites(context, outcome.undo);
    } catch (error) {
      // a refused request writes nothing, but earlier batches of a large import may have landed
      return hostFailure(error, true);
    }
    if (outcome.conflicts.length > 0) {
      if (attempt < MAX_ATTEMPTS) return this.attempt(context, plan, attempt + 1);
      return fail(conflictProblem(outcome.conflicts, outcome.syncs > 1));
    }
    this.knownDateCells = (this.knownDateCells ?? 0) + addedDateCells(changes);
    this.lastUpdate = { readMode: read.mode, writeSyncs: outcome.syncs, ops: ops.length, attempts: attempt };
    return ok(planned.value.result);
  }

  /**
   * Shows one division's cases to a chief without changing what co-authors see: a named sheet view where
   * the host has them (Excel on the web), else the fallback the caller chose, or the choice to offer.
   */
  async showDivision(request: DivisionViewRequest): Promise<Result<DivisionView>> {
    const supported = checkExcelApi(this.options.isSetSupported);
    if (!supported.ok) return supported;
    const division = request.division.trim();
    if (division === "") return fail(problem("excel.divisionNameEmpty", {}));
    const route = divisionViewRoute(this.options.isSetSupported, request);
    if (route === "choose") return ok(fallbackChoice(division, request.language));
    try {
      return await this.options.run((context) => {
        if (route === "sheet-view") return showInSheetView(context, division, this.budget);
        if (route === "shared-filter") return showInSharedFilter(context, division, this.budget, request.language);
        return showInDivisionList(context, division, request.now ?? new Date().toISOString(), this.budget);
      });
    } catch (error) {
      return hostFailure(error);
    }
  }
}
