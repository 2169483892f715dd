// The standalone host over a key-value store standing in for IndexedDB: an empty browser reads as an
// empty workbook, the first write creates one, open refuses what is not a tracking workbook, and the
// bytes survive a "reload" (a new host over the same store).
import { failureMessage, ok } from "../../src/domain";
import { createStandaloneHost, DEFAULT_WORKBOOK_NAME } from "../../src/taskpane/hosts/standaloneHost";
import { KeptBytes, WORKBOOK_KEY, type KeyValue } from "../../src/taskpane/hosts/idbBytes";
import { emptyCase, NO_CHANGES } from "../../src/workbook/model";

function memory(): KeyValue & { map: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  return {
    map,
    get: (key) => Promise.resolve(map.get(key)),
    set: (key, value) => Promise.resolve(void map.set(key, value)),
    del: (key) => Promise.resolve(void map.delete(key)),
  };
}

const addCase = (caseId: string) => () => ok({ changes: { ...NO_CHANGES, cases: [{ ...emptyCase(caseId), text: "測試" }] }, result: caseId });

test("an empty browser reads as an empty workbook with no name", async () => {
  const host = await createStandaloneHost(memory());
  const read = await host.store.read();
  expect(read.ok && read.value.cases).toEqual([]);
  expect(host.workbook?.name()).toBeNull();
  expect(await host.workbook?.bytes()).toEqual(ok(null));
});

test("the first write creates the workbook; a reload finds it", async () => {
  const kv = memory();
  const host = await createStandaloneHost(kv);
  expect(await host.store.update(addCase("11001"))).toEqual(ok("11001"));
  expect(host.workbook?.name()).toBe(DEFAULT_WORKBOOK_NAME);
  const reloaded = await createStandaloneHost(kv);
  const read = await reloaded.store.read();
  expect(read.ok && read.value.cases.map((c) => c.caseId)).toEqual(["11001"]);
  expect(reloaded.workbook?.name()).toBe(DEFAULT_WORKBOOK_NAME);
}, 30_000);

test("create and open replace the kept workbook under the given name; a non-workbook is refused", async () => {
  const kv = memory();
  const host = await createStandaloneHost(kv);
  const workbook = host.workbook;
  if (!workbook) throw new Error("standalone host without a workbook");
  expect(await workbook.create("第一本.xlsx")).toEqual(ok("第一本.xlsx"));
  await host.store.update(addCase("11001"));
  const kept = await workbook.bytes();
  if (!kept.ok || !kept.value) throw new Error("nothing kept");
  expect(kept.value.name).toBe("第一本.xlsx");

  const refused = await workbook.open("壞的.xlsx", new TextEncoder().encode("not a zip"));
  expect(refused.ok).toBe(false);
  expect(workbook.name()).toBe("第一本.xlsx");

  expect(await workbook.open("副本.xlsx", kept.value.bytes)).toEqual(ok("副本.xlsx"));
  const read = await host.store.read();
  expect(read.ok && read.value.cases.map((c) => c.caseId)).toEqual(["11001"]);
  expect((kv.map.get(WORKBOOK_KEY) as { name: string }).name).toBe("副本.xlsx");
}, 30_000);

test("storage failures are results, not throws", async () => {
  const broken: KeyValue = {
    get: () => Promise.reject(new Error("quota")),
    set: () => Promise.reject(new Error("quota")),
    del: () => Promise.resolve(),
  };
  const bytes = new KeptBytes(broken, "x.xlsx");
  const load = await bytes.load();
  const save = await bytes.save(new Uint8Array(1));
  expect(load).toMatchObject({ ok: false, error: "瀏覽器儲存區無法讀取（quota）" });
  expect(save).toMatchObject({ ok: false, error: "瀏覽器儲存區無法寫入（quota）" });
  expect(load.ok ? "" : failureMessage(load, "en")).toBe("the browser's storage could not be read (quota)");
  expect(save.ok ? "" : failureMessage(save, "en")).toBe("the browser's storage could not be written (quota)");
});
