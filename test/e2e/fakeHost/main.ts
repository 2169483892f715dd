// Entry of the fake office.js the e2e tests serve in place of Microsoft's CDN script: restores the
// workbook from localStorage, installs window.Office and window.Excel, and exposes window.__fakeExcel so
// a test can read the document the pane wrote.
import { FakeExcel, FakeOfficeError } from "../../workbook/excel/support/fakeExcel";
import { DEFAULT_API_SETS, DEFAULT_STORAGE_KEY, fakeHostGlobals, type FakeHostConfig } from "./officeHost";
import { parseSnapshot, restoreFake, snapshotOf } from "./snapshot";

declare global {
  interface Window {
    __fakeExcelConfig?: FakeHostConfig;
    __fakeExcel?: FakeExcelHandle;
  }
}

/** What a test reaches through page.evaluate. */
export interface FakeExcelHandle {
  /** body rows of a table, one record per row keyed by header */
  records(table: string): Record<string, unknown>[];
  tableNames(): string[];
  /** named sheet views per sheet (the division views a chief opens) */
  sheetViews(): Record<string, string[]>;
  syncs(): number;
  /** URLs passed to Office.context.ui.openBrowserWindow */
  openedWindows(): string[];
  /** runs a ribbon command as Office would; resolves once it calls event.completed() */
  runCommand(name: string): Promise<void>;
  /** empties the document and its stored copy */
  reset(): void;
  /**
   * Fails the next `count` context.sync() calls as Excel fails a request (an OfficeExtension.Error with
   * `code`), then lets syncs through again: the store's read falls back to block reads once, so a refusal
   * it cannot get past takes two.
   */
  failSyncs(count: number, code: string, message: string): void;
}

// fakeExcel.ts yields with setImmediate (Node); browsers have none, and a macrotask keeps the same order
const scope = globalThis as { setImmediate?: (callback: () => void) => unknown };
scope.setImmediate ??= (callback: () => void) => setTimeout(callback, 0);

const config: FakeHostConfig = window.__fakeExcelConfig ?? {};
const storageKey = config.storageKey ?? DEFAULT_STORAGE_KEY;
const options = { apiSets: config.apiSets ?? DEFAULT_API_SETS };

let fake: FakeExcel = load();

function load(): FakeExcel {
  const snapshot = parseSnapshot(localStorage.getItem(storageKey));
  return snapshot ? restoreFake(snapshot, options) : new FakeExcel(options);
}

function persist(): void {
  localStorage.setItem(storageKey, JSON.stringify(snapshotOf(fake)));
}

const globals = fakeHostGlobals(() => fake, config, persist);
Object.assign(window, { Office: globals.Office, Excel: globals.Excel });

window.__fakeExcel = {
  records: (table) => fake.records(table),
  tableNames: () => fake.tables.map((t) => t.name),
  sheetViews: () => Object.fromEntries(fake.sheets.map((s) => [s.name, [...s.views.keys()]])),
  syncs: () => fake.syncs,
  openedWindows: () => [...globals.openedWindows],
  runCommand: (name) =>
    new Promise((resolve, reject) => {
      const handler = globals.commands.get(name);
      if (!handler) return reject(new Error(`fake host: no command ${name} associated`));
      handler({ source: { id: name }, completed: () => resolve() });
    }),
  reset: () => {
    localStorage.removeItem(storageKey);
    fake = new FakeExcel(options);
  },
  failSyncs: (count, code, message) => {
    const last = fake.syncs + count;
    fake.beforeSync = (sync) => {
      if (sync > last) return;
      if (sync === last) fake.beforeSync = undefined;
      // Excel drops a failed request's queued work; the fake keeps it in a private queue, emptied here
      Reflect.set(fake, "queue", []);
      throw new FakeOfficeError(code, message);
    };
  },
};
