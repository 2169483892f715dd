// A fake Excel for the store's tests: Excel.run, a context whose proxies queue work until context.sync(),
// and the document (fakeWorkbook.ts) they act on; office-addin-mock supplies the load/sync protocol.
import { OfficeMockObject } from "office-addin-mock";
import { EXCEL_WEB_PAYLOAD_LIMIT, jsonBytes } from "../../../../src/workbook/excel/chunking";
import type { ExcelRun } from "../../../../src/workbook/excel/types";
import {
  FakeSheet,
  FakeTable,
  areaCells,
  enter,
  formulaOf,
  shuffled,
  valueOf,
  type Area,
  type ConditionalFormat,
  type FakeCell,
  type Filter,
  type Validation,
} from "./fakeWorkbook";

/** Shaped like OfficeExtension.Error: the store reads `code`. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface FakeExcelOptions {
  /** bytes a request or response may carry: Excel on the web's 5 MB by default; null for no limit (desktop) */
  readonly payloadLimit?: number | null;
  /** what navigating from a null object does: give more null objects, or fail the sync (both are tested) */
  readonly nullNavigation?: "propagate" | "throw";
  /** API sets the host reports, e.g. { ExcelApi: "1.8", ExcelApiOnline: "1.1" } */
  readonly apiSets?: Readonly<Record<string, string>>;
  readonly textFormatKeepsFormulasAsText?: boolean;
}

/** One sync as the fake saw it. */
export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** values / formulas / numberFormat assignments sent */
  readonly rangeWrites: number;
  readonly ops: number;
  readonly failed?: string;
}

/** A range write as sent, for assertions on the exact values (the literal-text form, for instance). */
export interface SentWrite {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly property: "values" | "formulas" | "numberFormat";
  readonly value: unknown;
}

interface QueuedOp {
  readonly kind: "load" | "write" | "call" | "null-check";
  readonly bytes: number;
  readonly execute: () => number; // response bytes
}

const PROXY_STATE = Symbol("fake proxy state");

/** How each range proxy finds its cells, so tables.add(range) can use it. */
const rangeResolvers = new WeakMap<object, () => Area | null>();

/** The per-proxy load state; the mock is rebuilt at each sync from what was loaded so far. */
class LoadState {
  mock: OfficeMockObject;
  readonly loaded = new Map<string, unknown>();
  isNull: boolean | undefined;
  constructor(readonly loadable: readonly string[]) {
    this.mock = new OfficeMockObject(Object.fromEntries(loadable.map((p) => [p, undefined])));
  }
}

interface ProxySpec<T> {
  readonly kind: string;
  readonly resolve: () => T | null;
  readonly nullable?: boolean;
  readonly loadable?: Readonly<Record<string, (target: T) => unknown>>;
  readonly writable?: Readonly<Record<string, (target: T, value: unknown) => void>>;
  readonly methods?: Readonly<Record<string, (...args: unknown[]) => unknown>>;
  readonly children?: Readonly<Record<string, () => unknown>>;
}

/** Rows of a whole column (Excel's sheet height). */
const ENTIRE_COLUMN_ROWS = 1_048_576;

/** A format set on whole columns is recorded per column; on a smaller range it is not modelled. */
function columnFormat(area: Area, property: string, value: unknown): void {
  if (area.rows !== ENTIRE_COLUMN_ROWS) throw new Error(`fake: format.${property} is modelled on whole columns only`);
  for (let c = 0; c < area.cols; c++) {
    const formats = area.sheet.columnFormats.get(area.left + c) ?? {};
    formats[property] = value;
    area.sheet.columnFormats.set(area.left + c, formats);
  }
}

/** The bounding box of the area's cells holding a value or a formula, or null when there are none. */
function usedArea(area: Area): Area | null {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  for (let r = area.top; r < Math.min(area.top + area.rows, area.sheet.rows.length); r++) {
    for (let c = area.left; c < area.left + area.cols; c++) {
      const cell = area.sheet.cell(r, c);
      if (!cell || (cell.formula === undefined && (cell.value === "" || cell.value === null))) continue;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  return bottom < 0 ? null : { sheet: area.sheet, top, left, rows: bottom - top + 1, cols: right - left + 1 };
}

/** Text of an argument the store passes (strings and numbers only; anything else is a bug in the caller). */
function text(value: unknown): string {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  throw new Error(`fake: expected text, got ${JSON.stringify(value)}`);
}

const NOT_LOADED = ["Error, property was not loaded", "Error, context.sync() was not called"];

function loadArguments(argument: unknown): string[] {
  if (typeof argument === "string") return argument.split(",").map((p) => p.trim()).filter((p) => p !== "");
  if (Array.isArray(argument)) return argument.map(String);
  if (argument && typeof argument === "object") return Object.keys(argument);
  return [];
}

/**
 * office-addin-mock gives each proxy's properties the load/sync protocol ("not loaded" until load(),
 * "not synced" until sync()). What the mock lacks is added here: methods that navigate and create
 * (getItemOrNullObject, getDataBodyRange, tables.add, columns.add, …), null objects, execution of the
 * queued work in order at sync, Excel on the web's 5 MB limit on requests and responses, and a record
 * of every sync (count, bytes, writes).
 */
export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly syncLog: SyncRecord[] = [];
  readonly sent: SentWrite[] = [];
  activeSheet: string | null = null;
  /** ops queued but never synced when a run ended (Excel.run would have sent them itself) */
  leftAtEnd = 0;
  /** application.calculate calls, by calculation type, and the syncs they were sent in (1-based) */
  readonly calculations: { readonly type: string; readonly sync: number }[] = [];
  /** the syncs (1-based) in which calculation was suspended */
  readonly suspendedSyncs: number[] = [];
  /** Range.insert calls: where cells were shifted down */
  readonly inserts: { readonly sheet: string; readonly top: number; readonly left: number; readonly rows: number; readonly cols: number }[] = [];
  private queue: QueuedOp[] = [];
  private pendingStates = new Set<LoadState>();
  private readonly limit: number | null;
  private readonly options: Required<Omit<FakeExcelOptions, "payloadLimit">>;

  constructor(options: FakeExcelOptions = {}) {
    this.limit = options.payloadLimit === undefined ? EXCEL_WEB_PAYLOAD_LIMIT : options.payloadLimit;
    this.options = {
      nullNavigation: options.nullNavigation ?? "propagate",
      apiSets: options.apiSets ?? { ExcelApi: "1.8" },
      textFormatKeepsFormulasAsText: options.textFormatKeepsFormulasAsText ?? false,
    };
  }

  get syncs(): number {
    return this.syncLog.length;
  }

  resetLog(): void {
    this.syncLog.length = 0;
    this.sent.length = 0;
  }

  /** `Excel.run` over this document. */
  readonly run: ExcelRun = async (batch) => {
    const context = new OfficeMockObject({ sync: () => this.sync() });
    context.workbook = this.workbookProxy();
    const result = await batch(context as unknown as Excel.RequestContext);
    const left = this.queue.filter((op) => op.kind === "write" || op.kind === "call").length;
    this.leftAtEnd += left;
    if (left > 0) await this.sync(); // Excel.run sends what the batch left queued
    this.queue = [];
    return result;
  };

  /** `Office.context.requirements.isSetSupported` of this host. */
  readonly isSetSupported = (set: string, version: string): boolean => {
    const have = this.options.apiSets[set];
    if (have === undefined) return false;
    const [haveMajor = 0, haveMinor = 0] = have.split(".").map(Number);
    const [needMajor = 0, needMinor = 0] = version.split(".").map(Number);
    return haveMajor > needMajor || (haveMajor === needMajor && haveMinor >= needMinor);
  };

  // ---- the document, for tests ---------------------------------------------------------------

  /** A copy of the document on a new fake with the same options (a benchmark's fresh workbook). */
  clone(): FakeExcel {
    const copy = new FakeExcel({ ...this.options, payloadLimit: this.limit });
    const sheets = new Map<FakeSheet, FakeSheet>();
    for (const sheet of this.sheets) {
      const twin = new FakeSheet(sheet.name);
      sheet.rows.forEach((row, r) => (twin.rows[r] = row.map((cell) => (cell ? { ...cell } : undefined))));
      twin.frozenRows = sheet.frozenRows;
      sheets.set(sheet, twin);
      copy.sheets.push(twin);
    }
    for (const table of this.tables) {
      const twin = new FakeTable(table.name, sheets.get(table.sheet) ?? table.sheet, table.top, table.left, table.height, table.width);
      twin.showTotals = table.showTotals;
      twin.style = table.style;
      copy.tables.push(twin);
    }
    return copy;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  table(name: string): FakeTable {
    const table = this.tables.find((t) => t.name === name);
    if (!table) throw new Error(`fake: no table ${name}`);
    return table;
  }

  /** The body of a table as values, one record per row by header. */
  records(name: string): Record<string, unknown>[] {
    const table = this.table(name);
    const headers = table.headers();
    return areaCells(table.body(), valueOf).map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i]])));
  }

  bodyCells(name: string): (FakeCell | undefined)[][] {
    const table = this.table(name);
    return areaCells(table.body(), (cell) => cell);
  }

  /** Everything in the document, to assert that nothing was written. */
  dump(): string {
    return JSON.stringify({
      sheets: this.sheets.map((s) => ({ name: s.name, rows: s.rows, views: [...s.views.keys()], frozen: s.frozenRows })),
      tables: this.tables.map((t) => ({ ...t, sheet: t.sheet.name, filters: [...t.filters] })),
    });
  }

  /** A co-author sorts the table: every body row (all its cells) moves. */
  shuffleBody(name: string, seed: number): void {
    const table = this.table(name);
    const rows = Array.from({ length: table.bodyRows }, (_, r) => table.sheet.rows[table.top + 1 + r] ?? []);
    const order = shuffled(rows, seed);
    order.forEach((row, r) => (table.sheet.rows[table.top + 1 + r] = row));
  }

  /** A user inserts a column inside the table at `index` (cells to its right, within the table, move right). */
  insertColumn(name: string, index: number, header: string, valueOf: (bodyRow: number) => string): void {
    const table = this.table(name);
    for (let r = table.top; r < table.top + table.height; r++) {
      const line = (table.sheet.rows[r] ??= []);
      line.splice(table.left + index, 0, undefined);
      // keep what lay to the right of the table in place
      line.splice(table.left + table.width + 1, 1);
    }
    table.width += 1;
    enter(table.sheet.cellForWrite(table.top, table.left + index), header, this.options);
    for (let r = 0; r < table.bodyRows; r++) enter(table.sheet.cellForWrite(table.top + 1 + r, table.left + index), valueOf(r), this.options);
  }

  /** A user deletes a table column. */
  deleteColumn(name: string, header: string): void {
    const table = this.table(name);
    const index = table.headers().indexOf(header);
    if (index < 0) throw new Error(`fake: no column ${header}`);
    for (let r = table.top; r < table.top + table.height; r++) table.sheet.rows[r]?.splice(table.left + index, 1);
    table.width -= 1;
  }

  /** A user types into a body cell (by header), as Excel would parse the entry. */
  type(name: string, bodyRow: number, header: string, input: string | number): void {
    const table = this.table(name);
    const index = table.headers().indexOf(header);
    enter(table.sheet.cellForWrite(table.top + 1 + bodyRow, table.left + index), input, this.options);
  }

  // ---- sync -------------------------------------------------------------------------------------

  private enqueue(op: QueuedOp): void {
    this.queue.push(op);
  }

  /** A co-author's edit made just before sync number n (1-based) reaches the document, for conflict tests. */
  beforeSync: ((sync: number) => void) | undefined;

  private async sync(): Promise<void> {
    this.beforeSync?.(this.syncLog.length + 1);
    const ops = this.queue;
    this.queue = [];
    const requestBytes = ops.reduce((sum, op) => sum + op.bytes, 0);
    const rangeWrites = ops.filter((op) => op.kind === "write").length;
    const record = { requestBytes, rangeWrites, ops: ops.length };
    if (this.limit !== null && requestBytes > this.limit) {
      this.syncLog.push({ ...record, responseBytes: 0, failed: "RequestPayloadSizeLimitExceeded" });
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `request of ${requestBytes} bytes is over ${this.limit}`);
    }
    const states = this.pendingStates;
    this.pendingStates = new Set();
    let responseBytes = 0;
    try {
      for (const op of ops) responseBytes += op.execute();
    } catch (error) {
      this.syncLog.push({ ...record, responseBytes, failed: error instanceof FakeOfficeError ? error.code : String(error) });
      throw error;
    }
    if (this.limit !== null && responseBytes > this.limit) {
      this.syncLog.push({ ...record, responseBytes, failed: "ResponsePayloadSizeLimitExceeded" });
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `response of ${responseBytes} bytes is over ${this.limit}`);
    }
    this.syncLog.push({ ...record, responseBytes });
    for (const state of states) {
      state.mock = new OfficeMockObject(Object.fromEntries(state.loadable.map((p) => [p, state.loaded.get(p)])));
      if (state.loaded.size > 0) {
        state.mock.load([...state.loaded.keys()]);
        await state.mock.sync();
      }
    }
    // office-addin-mock settles nested properties in microtasks it does not await
    await new Promise((resolve) => setImmediate(resolve));
  }

  // ---- proxies ----------------------------------------------------------------------------------

  private proxy<T>(spec: ProxySpec<T>): unknown {
    const state = new LoadState(Object.keys(spec.loadable ?? {}));
    if (spec.nullable) {
      this.pendingStates.add(state);
      this.enqueue({
        kind: "null-check",
        bytes: 0,
        execute: () => {
          state.isNull = spec.resolve() === null;
          return 0;
        },
      });
    }
    const load = (argument: unknown): unknown => {
      const properties = loadArguments(argument).map((p) => p.split("/")[0] ?? p);
      if (properties.length === 0) throw new Error(`fake: ${spec.kind}.load() without properties loads everything; name them`);
      for (const p of properties) if (!(p in (spec.loadable ?? {}))) throw new Error(`fake: ${spec.kind} cannot load ${p}`);
      state.mock.load(properties);
      this.pendingStates.add(state);
      this.enqueue({
        kind: "load",
        bytes: 64,
        execute: () => {
          const target = spec.resolve();
          if (target === null) {
            state.isNull = true;
            return 0;
          }
          let bytes = 0;
          for (const p of properties) {
            const value = spec.loadable?.[p]?.(target);
            state.loaded.set(p, value);
            bytes += jsonBytes(value);
          }
          return bytes;
        },
      });
      return handle;
    };
    const children = new Map<string, unknown>();
    const handle: unknown = new Proxy(
      {},
      {
        get: (_target, property) => {
          if (property === PROXY_STATE) return state;
          if (property === "then") return undefined;
          if (property === "load") return load;
          if (property === "isNullObject") {
            if (!spec.nullable) return false;
            if (state.isNull === undefined) throw new Error(`fake: ${spec.kind}.isNullObject read before context.sync()`);
            return state.isNull;
          }
          if (typeof property !== "string") return undefined;
          const method = spec.methods?.[property];
          if (method) return method;
          const child = spec.children?.[property];
          if (child) {
            // a navigation property is the same object each time, as in Office.js
            if (!children.has(property)) children.set(property, child());
            return children.get(property);
          }
          if (spec.loadable && property in spec.loadable) {
            const value: unknown = state.mock[property];
            if (typeof value === "string" && NOT_LOADED.includes(value)) throw new Error(`fake: ${spec.kind}.${property}: ${value}`);
            return value;
          }
          if (spec.writable && property in spec.writable) throw new Error(`fake: ${spec.kind}.${property} is write-only here`);
          throw new Error(`fake: ${spec.kind} has no ${property}`);
        },
        set: (_target, property, value: unknown) => {
          const setter = typeof property === "string" ? spec.writable?.[property] : undefined;
          if (!setter) throw new Error(`fake: cannot set ${spec.kind}.${String(property)}`);
          this.enqueue({
            kind: "write",
            bytes: jsonBytes(value),
            execute: () => {
              const target = spec.resolve();
              if (target === null) throw new FakeOfficeError("InvalidOperation", `${spec.kind} is a null object`);
              setter(target, value);
              return 0;
            },
          });
          return true;
        },
      },
    );
    return handle;
  }

  private call(bytes: number, execute: () => void): void {
    this.enqueue({
      kind: "call",
      bytes,
      execute: () => {
        execute();
        return 0;
      },
    });
  }

  /** A child resolver: null propagates, or fails the sync, as the options say. */
  private through<P, T>(parent: () => P | null, child: (p: P) => T | null, what: string): () => T | null {
    return () => {
      const p = parent();
      if (p === null) {
        if (this.options.nullNavigation === "throw") throw new FakeOfficeError("ItemNotFound", `${what} of a null object`);
        return null;
      }
      return child(p);
    };
  }

  private workbookProxy(): unknown {
    const wb = () => this;
    return this.proxy({
      kind: "Workbook",
      resolve: wb,
      children: {
        tables: () => this.tableCollection(),
        worksheets: () => this.worksheetCollection(),
        application: () =>
          this.proxy({
            kind: "Application",
            resolve: wb,
            methods: {
              suspendApiCalculationUntilNextSync: () => this.call(8, () => this.suspendedSyncs.push(this.syncLog.length + 1)),
              calculate: (type) => this.call(8, () => this.calculations.push({ type: text(type), sync: this.syncLog.length + 1 })),
            },
          }),
      },
    });
  }

  private findSheet = (name: string): FakeSheet | null => this.sheet(name) ?? null;
  private findTable = (name: string): FakeTable | null => this.tables.find((t) => t.name === name) ?? null;

  private required<T>(value: T | null, what: string): T {
    if (value === null) throw new FakeOfficeError("ItemNotFound", `${what} does not exist`);
    return value;
  }

  private worksheetCollection(): unknown {
    return this.proxy({
      kind: "WorksheetCollection",
      resolve: () => this,
      methods: {
        getItemOrNullObject: (name) => this.sheetProxy(() => this.findSheet(String(name)), true),
        getItem: (name) => this.sheetProxy(() => this.required(this.findSheet(String(name)), `sheet ${String(name)}`)),
        add: (name) => {
          let created: FakeSheet | null = null;
          this.call(jsonBytes(name), () => {
            if (this.findSheet(String(name))) throw new FakeOfficeError("ItemAlreadyExists", `sheet ${String(name)}`);
            created = new FakeSheet(String(name));
            this.sheets.push(created);
          });
          return this.sheetProxy(() => created);
        },
      },
    });
  }

  private tableCollection(sheet?: () => FakeSheet | null): unknown {
    return this.proxy({
      kind: "TableCollection",
      resolve: () => this,
      methods: {
        getItemOrNullObject: (name) => this.tableProxy(() => this.findTable(String(name)), true),
        getItem: (name) => this.tableProxy(() => this.required(this.findTable(String(name)), `table ${String(name)}`)),
        add: (where, hasHeaders) => {
          let created: FakeTable | null = null;
          const area = this.areaOf(where);
          this.call(64, () => {
            const a = area();
            const target = sheet?.() ?? a.sheet;
            if (a.sheet !== target) throw new FakeOfficeError("InvalidArgument", "range on another sheet");
            const header = hasHeaders === true;
            // a table from a header row alone gets one empty body row, as in Excel
            const height = header && a.rows === 1 ? 2 : a.rows + (header ? 0 : 1);
            created = new FakeTable(`表格${this.tables.length + 1}`, a.sheet, a.top, a.left, height, a.cols);
            this.tables.push(created);
          });
          return this.tableProxy(() => created);
        },
      },
    });
  }

  private areaOf(where: unknown): () => Area {
    const resolve = typeof where === "object" && where !== null ? rangeResolvers.get(where) : undefined;
    if (!resolve) throw new Error("fake: tables.add takes a Range proxy here, not an address");
    return () => this.required(resolve(), "range");
  }

  private sheetProxy(resolve: () => FakeSheet | null, nullable = false): unknown {
    const area = (top: number, left: number, rows: number, cols: number) => (s: FakeSheet): Area => ({ sheet: s, top, left, rows, cols });
    return this.proxy<FakeSheet>({
      kind: "Worksheet",
      resolve,
      nullable,
      loadable: { name: (s) => s.name },
      methods: {
        getRange: (address) => {
          if (address !== undefined) throw new Error("fake: getRange(address) is not modelled; use getRangeByIndexes");
          return this.rangeProxy(this.through(resolve, (s) => ({ sheet: s, top: 0, left: 0, ...s.extent() }), "getRange"));
        },
        getRangeByIndexes: (top, left, rows, cols) =>
          this.rangeProxy(this.through(resolve, area(Number(top), Number(left), Number(rows), Number(cols)), "getRangeByIndexes")),
        activate: () => {
          this.call(0, () => {
            this.activeSheet = this.required(resolve(), "sheet").name;
          });
        },
      },
      children: {
        freezePanes: () =>
          this.proxy({
            kind: "WorksheetFreezePanes",
            resolve,
            methods: {
              freezeRows: (count) => {
                this.call(8, () => {
                  this.required(resolve(), "sheet").frozenRows = Number(count ?? 1);
                });
              },
            },
          }),
        tables: () => this.tableCollection(resolve),
        namedSheetViews: () => this.viewCollection(resolve),
      },
    });
  }

  private rangeProxy(resolve: () => Area | null, nullable = false): unknown {
    const write = (property: SentWrite["property"]) => (a: Area, value: unknown) => this.writeRange(a, property, value);
    const handle = this.proxy<Area>({
      kind: "Range",
      resolve,
      nullable,
      loadable: {
        values: (a) => areaCells(a, valueOf),
        formulas: (a) => areaCells(a, formulaOf),
        numberFormat: (a) => areaCells(a, (c) => c?.numberFormat ?? "General"),
        rowIndex: (a) => a.top,
        columnIndex: (a) => a.left,
        rowCount: (a) => a.rows,
        columnCount: (a) => a.cols,
        address: (a) => `${a.sheet.name}!R${a.top + 1}C${a.left + 1}:R${a.top + a.rows}C${a.left + a.cols}`,
      },
      writable: { values: write("values"), formulas: write("formulas"), numberFormat: write("numberFormat") },
      methods: {
        getCell: (row, col) => this.rangeProxy(this.through(resolve, (a) => ({ ...a, top: a.top + Number(row), left: a.left + Number(col), rows: 1, cols: 1 }), "getCell")),
        getResizedRange: (rows, cols) =>
          this.rangeProxy(
            this.through(
              resolve,
              (a) => {
                const resized = { ...a, rows: a.rows + Number(rows), cols: a.cols + Number(cols) };
                if (resized.rows < 1 || resized.cols < 1) throw new FakeOfficeError("InvalidArgument", "resized to nothing");
                return resized;
              },
              "getResizedRange",
            ),
          ),
        getEntireColumn: () => this.rangeProxy(this.through(resolve, (a) => ({ ...a, top: 0, rows: ENTIRE_COLUMN_ROWS }), "getEntireColumn")),
        getRowsBelow: (count) =>
          this.rangeProxy(this.through(resolve, (a) => ({ ...a, top: a.top + a.rows, rows: Number(count ?? 1) }), "getRowsBelow")),
        // the smallest range holding every cell of the area with a value (valuesOnly: formats do not count)
        getUsedRangeOrNullObject: (valuesOnly) => {
          if (valuesOnly !== true) throw new Error("fake: only getUsedRangeOrNullObject(true) is modelled");
          return this.rangeProxy(
            this.through(resolve, (a) => usedArea(a), "getUsedRangeOrNullObject"),
            true,
          );
        },
        insert: (shift) => {
          if (shift !== "Down") throw new Error("fake: only insert('Down') is modelled");
          this.call(16, () => this.insertDown(this.required(resolve(), "range")));
          return this.rangeProxy(resolve);
        },
        clear: (applyTo) => {
          this.call(16, () => {
            const a = this.required(resolve(), "range");
            if (applyTo !== "Contents" && applyTo !== undefined) throw new Error("fake: only clear('Contents') is modelled");
            for (let r = 0; r < a.rows; r++) {
              for (let c = 0; c < a.cols; c++) {
                const cell = a.sheet.cell(a.top + r, a.left + c);
                if (cell) enter(cell, "", this.options);
              }
            }
          });
        },
      },
      children: {
        format: () =>
          this.proxy<Area>({
            kind: "RangeFormat",
            resolve,
            writable: {
              columnWidth: (a, width) => {
                for (let c = 0; c < a.cols; c++) a.sheet.columnWidths.set(a.left + c, Number(width));
              },
              wrapText: (a, wrap) => columnFormat(a, "wrapText", wrap),
              verticalAlignment: (a, alignment) => columnFormat(a, "verticalAlignment", alignment),
            },
            children: {
              font: () => this.proxy<Area>({ kind: "RangeFont", resolve, writable: { name: (a, name) => columnFormat(a, "fontName", name), color: (a, c) => columnFormat(a, "fontColor", c) } }),
            },
          }),
        dataValidation: () => {
          let validation: Validation | undefined;
          const record = (a: Area): Validation => {
            if (!validation) {
              validation = { area: a };
              a.sheet.validations.push(validation);
            }
            return validation;
          };
          return this.proxy<Area>({
            kind: "DataValidation",
            resolve,
            writable: {
              rule: (a, rule) => (record(a).rule = rule),
              errorAlert: (a, alert) => (record(a).errorAlert = alert),
            },
          });
        },
        conditionalFormats: () =>
          this.proxy<Area>({
            kind: "ConditionalFormatCollection",
            resolve,
            methods: { add: (type) => this.conditionalFormat(resolve, String(type)) },
          }),
      },
    });
    rangeResolvers.set(handle as object, resolve);
    return handle;
  }

  private conditionalFormat(range: () => Area | null, type: string): unknown {
    let created: ConditionalFormat | null = null;
    this.call(16, () => {
      const area = this.required(range(), "range");
      created = { area, type };
      area.sheet.conditionalFormats.push(created);
    });
    const format = () => created;
    const colour = (key: "fill" | "font") =>
      this.proxy<ConditionalFormat>({ kind: `ConditionalRangeFormat.${key}`, resolve: format, writable: { color: (f, c) => (f[key] = String(c)) } });
    return this.proxy({
      kind: "ConditionalFormat",
      resolve: format,
      children: {
        custom: () =>
          this.proxy({
            kind: "CustomConditionalFormat",
            resolve: format,
            children: {
              rule: () => this.proxy<ConditionalFormat>({ kind: "ConditionalFormatRule", resolve: format, writable: { formula: (f, v) => (f.formula = String(v)) } }),
              format: () => this.proxy({ kind: "ConditionalRangeFormat", resolve: format, children: { fill: () => colour("fill"), font: () => colour("font") } }),
            },
          }),
      },
    });
  }

  /** Range.insert(Down): the area's columns shift down from its top row; tables below inside them move too. */
  private insertDown(area: Area): void {
    const { sheet } = area;
    const crosses = this.tables.find(
      (t) => t.sheet === sheet && t.top < area.top && t.top + t.height > area.top && t.left < area.left + area.cols && t.left + t.width > area.left,
    );
    if (crosses) throw new FakeOfficeError("InvalidOperation", `insert would split table ${crosses.name}`);
    for (let r = sheet.rows.length - 1; r >= area.top; r--) {
      for (let c = area.left; c < area.left + area.cols; c++) {
        const line = sheet.rows[r];
        const cell = line?.[c];
        if (line) line[c] = undefined;
        if (cell) (sheet.rows[r + area.rows] ??= [])[c] = cell;
      }
    }
    for (const t of this.tables) if (t.sheet === sheet && t.top >= area.top && t.left >= area.left && t.left + t.width <= area.left + area.cols) t.top += area.rows;
    this.inserts.push({ sheet: sheet.name, top: area.top, left: area.left, rows: area.rows, cols: area.cols });
  }

  private writeRange(area: Area, property: SentWrite["property"], value: unknown): void {
    if (!Array.isArray(value) || value.length !== area.rows || value.some((row) => !Array.isArray(row) || row.length !== area.cols)) {
      throw new FakeOfficeError("InvalidArgument", `${property}: the array does not match the range (${area.rows}×${area.cols})`);
    }
    this.sent.push({ sheet: area.sheet.name, top: area.top, left: area.left, property, value });
    const rows = value as unknown[][];
    rows.forEach((row, r) =>
      row.forEach((input, c) => {
        if (input === null || input === undefined) return; // null leaves the cell as it is
        const cell = area.sheet.cellForWrite(area.top + r, area.left + c);
        if (property === "numberFormat") cell.numberFormat = text(input);
        else if (property === "formulas" && typeof input === "string" && input.startsWith("=")) {
          cell.formula = input;
          cell.value = "#FORMULA!";
        } else enter(cell, input, this.options);
      }),
    );
    if (property !== "numberFormat") this.autoExpand(area);
  }

  /** Values written into the row below a table, within its columns, make the table grow (Excel's AutoExpand). */
  private autoExpand(area: Area): void {
    for (const table of this.tables) {
      if (table.sheet !== area.sheet || table.showTotals) continue;
      const bottom = table.top + table.height; // first row below the table
      const inside = area.left >= table.left && area.left + area.cols <= table.left + table.width;
      if (inside && area.top <= bottom && area.top + area.rows > bottom) table.height = area.top + area.rows - table.top;
    }
  }

  private tableProxy(resolve: () => FakeTable | null, nullable = false): unknown {
    const range = (pick: (t: FakeTable) => Area, what: string) => this.rangeProxy(this.through(resolve, pick, what));
    return this.proxy<FakeTable>({
      kind: "Table",
      resolve,
      nullable,
      loadable: { name: (t) => t.name, showTotals: (t) => t.showTotals, style: (t) => t.style },
      writable: {
        name: (t, name) => {
          if (this.tables.some((other) => other !== t && other.name === name)) throw new FakeOfficeError("InvalidArgument", `table name ${String(name)} is taken`);
          t.name = String(name);
        },
        style: (t, style) => (t.style = String(style)),
        showTotals: (t, show) => {
          if (show === t.showTotals) return;
          t.height += show ? 1 : -1;
          t.showTotals = show === true;
        },
      },
      methods: {
        getHeaderRowRange: () => range((t) => t.header(), "getHeaderRowRange"),
        getDataBodyRange: () => range((t) => t.body(), "getDataBodyRange"),
        getRange: () => range((t) => t.whole(), "getRange"),
        clearFilters: () => this.call(8, () => this.required(resolve(), "table").filters.clear()),
      },
      children: {
        columns: () => this.columnCollection(resolve),
        worksheet: () => this.sheetProxy(this.through(resolve, (t) => t.sheet, "worksheet")),
      },
    });
  }

  private columnCollection(table: () => FakeTable | null): unknown {
    const find = (key: unknown) => (t: FakeTable) => {
      const index = typeof key === "number" ? key : t.headers().indexOf(String(key));
      return index >= 0 && index < t.width ? { table: t, index } : null;
    };
    return this.proxy({
      kind: "TableColumnCollection",
      resolve: table,
      methods: {
        add: (index, values, name) => {
          if (index !== undefined && index !== null) throw new Error("fake: columns.add at an index is not modelled");
          if (values !== undefined && values !== null) throw new Error("fake: columns.add with values is not modelled");
          this.call(jsonBytes(name), () => {
            const t = this.required(table(), "table");
            t.width += 1;
            enter(t.sheet.cellForWrite(t.top, t.left + t.width - 1), name === undefined ? `列${t.width}` : text(name), this.options);
          });
          return this.columnProxy(() => {
            const t = this.required(table(), "table");
            return { table: t, index: t.width - 1 };
          });
        },
        getItem: (key) => this.columnProxy(() => this.required(this.through(table, find(key), "columns.getItem")(), `column ${String(key)}`)),
        getItemAt: (index) => this.columnProxy(() => this.required(this.through(table, find(Number(index)), "columns.getItemAt")(), `column ${String(index)}`)),
        getItemOrNullObject: (key) => this.columnProxy(this.through(table, find(key), "columns.getItemOrNullObject"), true),
      },
    });
  }

  private columnProxy(resolve: () => { table: FakeTable; index: number } | null, nullable = false): unknown {
    const column = (pick: (t: FakeTable) => Area) => (c: { table: FakeTable; index: number }): Area => ({ ...pick(c.table), left: c.table.left + c.index, cols: 1 });
    return this.proxy<{ table: FakeTable; index: number }>({
      kind: "TableColumn",
      resolve,
      nullable,
      loadable: { name: (c) => c.table.headers()[c.index], index: (c) => c.index },
      methods: {
        getDataBodyRange: () => this.rangeProxy(this.through(resolve, column((t) => t.body()), "getDataBodyRange")),
        getRange: () => this.rangeProxy(this.through(resolve, column((t) => t.whole()), "getRange")),
      },
      children: {
        filter: () =>
          this.proxy({
            kind: "Filter",
            resolve,
            methods: {
              applyCustomFilter: (criteria1, criteria2, operator) => {
                this.call(jsonBytes([criteria1, criteria2, operator]), () => {
                  const { table, index } = this.required(resolve(), "column");
                  const name = table.headers()[index] ?? "";
                  const filter: Filter = {
                    criteria1: text(criteria1),
                    ...(criteria2 === undefined ? {} : { criteria2: text(criteria2) }),
                    ...(operator === undefined ? {} : { operator: text(operator) }),
                  };
                  const view = table.sheet.activeView === null ? undefined : table.sheet.views.get(table.sheet.activeView);
                  (view ?? table.filters).set(name, filter);
                });
              },
              // Filter.applyValuesFilter and Filter.clear (ExcelApi 1.2), in the active sheet view like the custom filter
              applyValuesFilter: (values) => {
                this.call(jsonBytes([values]), () => {
                  const { table, index } = this.required(resolve(), "column");
                  const view = table.sheet.activeView === null ? undefined : table.sheet.views.get(table.sheet.activeView);
                  (view ?? table.filters).set(table.headers()[index] ?? "", { values: (values as unknown[]).map(text) });
                });
              },
              clear: () => {
                this.call(0, () => {
                  const { table, index } = this.required(resolve(), "column");
                  const view = table.sheet.activeView === null ? undefined : table.sheet.views.get(table.sheet.activeView);
                  (view ?? table.filters).delete(table.headers()[index] ?? "");
                });
              },
            },
          }),
      },
    });
  }

  private viewCollection(sheet: () => FakeSheet | null): unknown {
    const view = (name: string, mustExist: boolean) =>
      this.proxy<{ sheet: FakeSheet; name: string }>({
        kind: "NamedSheetView",
        resolve: () => {
          const s = this.required(sheet(), "sheet");
          if (mustExist && !s.views.has(name)) throw new FakeOfficeError("ItemNotFound", `sheet view ${name}`);
          return { sheet: s, name };
        },
        loadable: { name: (v) => v.name },
        methods: {
          activate: () =>
            this.call(8, () => {
              const s = this.required(sheet(), "sheet");
              if (!s.views.has(name)) throw new FakeOfficeError("ItemNotFound", `sheet view ${name}`);
              s.activeView = name;
            }),
        },
      });
    return this.proxy<FakeSheet>({
      kind: "NamedSheetViewCollection",
      resolve: sheet,
      loadable: { items: (s) => [...s.views.keys()].map((name) => ({ name })) },
      methods: {
        add: (name) => {
          this.call(jsonBytes(name), () => {
            const s = this.required(sheet(), "sheet");
            if (s.views.has(String(name))) throw new FakeOfficeError("ItemAlreadyExists", `sheet view ${String(name)}`);
            s.views.set(String(name), new Map());
          });
          return view(String(name), false);
        },
        getItem: (name) => view(String(name), true),
      },
    });
  }
}
