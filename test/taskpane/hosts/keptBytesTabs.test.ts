// The standalone pane's workbook in IndexedDB, open in two tabs: with the Web Locks API (every browser the
// standalone pane runs in) the two tabs' updates run one after the other, so both land. The lock manager
// here is a faithful small stand-in (first come, first served per name); the store is a slow Map.
import { ok } from "../../../src/domain";
import { KeptBytes, type KeyValue } from "../../../src/taskpane/hosts/idbBytes";
import { FileStore } from "../../../src/workbook/xlsx";
import { unwrap } from "../../domain/support";
import { caseRow, write } from "../../workbook/xlsx/support";

/** IndexedDB as a Map that answers a little later, as the real one does, so updates interleave. */
function slowMemory(): KeyValue {
  const map = new Map<string, unknown>();
  const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 5));
  return {
    get: (key) => later(map.get(key)),
    set: async (key, value) => void map.set(key, await later(value)),
    del: async (key) => void map.delete(await later(key)),
  };
}

/** Web Locks' request(name, callback): callbacks on one name run one at a time, in order. */
function fakeLocks(): { request<T>(name: string, callback: () => Promise<T>): Promise<T> } {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      const run = (tails.get(name) ?? Promise.resolve()).then(callback, callback);
      tails.set(name, run.catch(() => undefined));
      return run;
    },
  };
}

async function twoTabsUpdate(): Promise<string[]> {
  const kv = slowMemory();
  unwrap(await new FileStore(new KeptBytes(kv, "列管.xlsx")).update(write({ cases: [caseRow("11001")] })));
  const tabA = new FileStore(new KeptBytes(kv, "列管.xlsx"));
  const tabB = new FileStore(new KeptBytes(kv, "列管.xlsx"));
  await Promise.all([tabA.update(write({ cases: [caseRow("11002")] })), tabB.update(write({ cases: [caseRow("11003")] }))]);
  return unwrap(await tabA.read()).cases.map((c) => c.caseId).sort();
}

const original = Object.getOwnPropertyDescriptor(globalThis, "navigator");
afterEach(() => {
  if (original) Object.defineProperty(globalThis, "navigator", original);
  else delete (globalThis as { navigator?: unknown }).navigator;
});

test("with Web Locks, two tabs updating at once both land", async () => {
  Object.defineProperty(globalThis, "navigator", { value: { locks: fakeLocks() }, configurable: true });
  expect(await twoTabsUpdate()).toEqual(["11001", "11002", "11003"]);
});

test("without a lock the same two updates lose one (why the lock is there)", async () => {
  Object.defineProperty(globalThis, "navigator", { value: {}, configurable: true });
  const ids = await twoTabsUpdate();
  expect(ids).toHaveLength(2);
  expect(ids).toContain("11001");
});

test("the lock passes the update's result through", async () => {
  Object.defineProperty(globalThis, "navigator", { value: { locks: fakeLocks() }, configurable: true });
  const bytes = new KeptBytes(slowMemory(), "列管.xlsx");
  expect(await bytes.exclusive(() => Promise.resolve(ok(42)))).toEqual(ok(42));
});
