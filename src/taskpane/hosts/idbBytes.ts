// The standalone workbook's bytes in IndexedDB (idb-keyval): one record holding the file name and the
// .xlsx bytes, written in one put so a reload never sees a name without its bytes.
import { del, get, set } from "idb-keyval";
import { fail, ok, type Result } from "../../domain";
import { problem } from "../../problems";
import type { WorkbookBytes } from "../../workbook/xlsx";

export const WORKBOOK_KEY = "minutes-tracker.workbook";

export interface KeptWorkbook {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The few idb-keyval calls used, so tests can pass a Map instead of IndexedDB. */
export interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

export const indexedDbKeyValue: KeyValue = { get: (key) => get(key), set: (key, value) => set(key, value), del: (key) => del(key) };

function isKept(value: unknown): value is KeptWorkbook {
  if (typeof value !== "object" || value === null) return false;
  const record = value as { name?: unknown; bytes?: unknown };
  return typeof record.name === "string" && record.bytes instanceof Uint8Array;
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** WorkbookBytes over one key-value record; `name` is what the next save is stored under. */
export class KeptBytes implements WorkbookBytes {
  constructor(
    private readonly kv: KeyValue,
    public name: string,
  ) {}

  async kept(): Promise<Result<KeptWorkbook | null>> {
    try {
      const value = await this.kv.get(WORKBOOK_KEY);
      return ok(isKept(value) ? value : null);
    } catch (error) {
      return fail(problem("browser.storageFailed", { doing: "read", detail: reason(error) }));
    }
  }

  async load(): Promise<Result<Uint8Array | null>> {
    const kept = await this.kept();
    return kept.ok ? ok(kept.value?.bytes ?? null) : kept;
  }

  async save(bytes: Uint8Array): Promise<Result<true>> {
    try {
      await this.kv.set(WORKBOOK_KEY, { name: this.name, bytes });
      return ok(true);
    } catch (error) {
      return fail(problem("browser.storageFailed", { doing: "write", detail: reason(error) }));
    }
  }

  /**
   * One update at a time across this origin's tabs (two panes open on the same kept workbook): the Web Locks
   * API holds the record's name for the whole read-plan-write. A browser without it runs the update unlocked.
   */
  async exclusive<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
    const locks = typeof navigator === "undefined" ? undefined : (navigator.locks as LockManager | undefined);
    return locks === undefined ? work() : await locks.request(WORKBOOK_KEY, () => work());
  }
}
