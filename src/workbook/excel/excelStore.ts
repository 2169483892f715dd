// The tracking workbook inside Excel: WorkbookStore over Office.js. The only code that calls Excel.run;
// an update is one Excel.run with one sync to read, one to write (more only past 4 MB of writes, or for
// 套用到所有日期 on a workbook too large to read its date formats with its data).
import { fail, ok, type Result } from "../../domain";
import { applyChanges } from "../mergeChanges";
import type { Planned, WorkbookChanges, WorkbookData, WorkbookStore } from "../model";
import { SCHEMA, type TableKey } from "../schema";
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
import { planWrites, type DateFormats } from "./writePlan";
import { writeOps, type WriteTargets } from "./writeOps";

export interface ExcelStoreOptions {
  /** `(batch) => Excel.run(batch)` in the add-in; a fake in tests */
  readonly run: ExcelRun;
  /** `(set, version) => Office.context.requirements.isSetSupported(set, version)` in the add-in */
  readonly isSetSupported: IsSetSupported;
  /** estimated bytes allowed per request; defaults to 4 MB, under Excel on the web's 5 MB */
  readonly requestBudget?: number;
}

const PARTIAL_WRITE = "（寫入中斷：分批送出的大量資料可能已寫入前幾批，請檢查列管表）";

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
function hostFailure(error: unknown): Result<never> {
  const code = errorCode(error);
  if (code === undefined) throw error;
  const message = error instanceof Error ? error.message : String(error);
  return fail(`Excel 無法完成這項操作（${code}）：${message}`);
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
    const formats = new Map<TableKey, DateFormats>();
    for (const [key, table] of read.reads) if (table.dateFormats) formats.set(key, table.dateFormats);
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
   * new rows. Nothing is written when the workbook does not match the schema or `plan` fails, and
   * nothing at all (no second sync) when the plan changes nothing.
   */
  async update<T>(plan: (data: WorkbookData) => Result<Planned<T>>): Promise<Result<T>> {
    const supported = checkExcelApi(this.options.isSetSupported);
    if (!supported.ok) return supported;
    try {
      return await this.options.run(async (context) => {
        const { read, decoded } = await this.readDecoded(context, this.formatsAffordable);
        if (!decoded.ok) return decoded;
        const planned = plan(decoded.value.data);
        if (!planned.ok) return planned;
        const { changes } = planned.value;
        // bad division or settings input is refused here, before anything is written
        const after = applyChanges(decoded.value.data, changes);
        if (!after.ok) return after;
        const formats = changes.reformatDates === true ? await this.dateFormats(context, read, decoded.value) : undefined;
        const ops = planWrites(decoded.value, changes, after.value, formats);
        this.knownDateCells = (this.knownDateCells ?? 0) + addedDateCells(changes);
        const targets: WriteTargets = { sheets: new Map(), tables: new Map(read.tables), anchors: new Map(read.anchors) };
        let writeSyncs: number;
        try {
          writeSyncs = ops.length === 0 ? 0 : await writeOps(context, targets, ops, this.budget);
        } catch (error) {
          // a refused request writes nothing, but earlier batches of a large import may have landed
          const failure = hostFailure(error);
          return failure.ok ? failure : fail(failure.error + PARTIAL_WRITE);
        }
        this.lastUpdate = { readMode: read.mode, writeSyncs, ops: ops.length };
        return ok(planned.value.result);
      });
    } catch (error) {
      return hostFailure(error);
    }
  }

  /**
   * Shows one division's cases to a chief without changing what co-authors see: a named sheet view where
   * the host has them (Excel on the web), else the fallback the caller chose, or the choice to offer.
   */
  async showDivision(request: DivisionViewRequest): Promise<Result<DivisionView>> {
    const supported = checkExcelApi(this.options.isSetSupported);
    if (!supported.ok) return supported;
    const division = request.division.trim();
    if (division === "") return fail("請指定要顯示的組室名稱");
    const route = divisionViewRoute(this.options.isSetSupported, request);
    if (route === "choose") return ok(fallbackChoice(division));
    try {
      return await this.options.run((context) => {
        if (route === "sheet-view") return showInSheetView(context, division);
        if (route === "shared-filter") return showInSharedFilter(context, division);
        return showInDivisionList(context, division, request.now ?? new Date().toISOString(), this.budget);
      });
    } catch (error) {
      return hostFailure(error);
    }
  }
}
