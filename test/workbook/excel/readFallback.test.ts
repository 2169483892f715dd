// When one sync cannot read everything (a host that will not navigate from a missing table, a response
// over 5 MB on the web): existence, headers, then bodies in blocks; a too-big workbook is remembered.
import { applyMeeting } from "../../../src/workbook/applyMeeting";
import { MemoryStore } from "../../../src/workbook/mergeChanges";
import { unwrap } from "../../domain/support";
import { ctx, emptyData, fakeStore, m110, m111, syntheticChanges, writeAll } from "./support/scenario";

test("first use on a host where navigating from a null object fails the sync: one failed read, then the careful one", async () => {
  const { fake, store } = fakeStore({ nullNavigation: "throw" });
  const memory = new MemoryStore(emptyData());
  unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
  unwrap(await applyMeeting(memory, m110, ctx("2022-03-18T09:00:00+08:00")));
  expect(fake.syncLog.map((s) => s.failed ?? "ok")).toEqual(["ItemNotFound", "ok", "ok"]);
  fake.resetLog();
  unwrap(await applyMeeting(store, m111, ctx("2022-04-22T09:00:00+08:00")));
  unwrap(await applyMeeting(memory, m111, ctx("2022-04-22T09:00:00+08:00")));
  expect(fake.syncs).toBe(2); // every table exists now: the one-sync read works again
  expect(unwrap(await store.read())).toEqual(memory.data);
});

describe("a workbook whose read is larger than a response may be", () => {
  // a 2 MB limit makes 5,000 cases too big for one response, as 10,000+ cases with history are on the web
  const { fake, store } = fakeStore({ payloadLimit: 2 * 1024 * 1024 });
  const seed = syntheticChanges(5_000);

  beforeAll(async () => {
    const seeding = fakeStore({ payloadLimit: null });
    unwrap(await seeding.store.update(writeAll(seed)));
    fake.sheets.push(...seeding.fake.sheets);
    fake.tables.push(...seeding.fake.tables);
  });

  test("is read in blocks after the whole read is refused, and the meeting is applied", async () => {
    const summary = unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
    expect(summary.newCases).toHaveLength(9);
    const log = fake.syncLog.map((s) => s.failed ?? "ok");
    expect(log[0]).toBe("ResponsePayloadSizeLimitExceeded");
    expect(log.at(-1)).toBe("ok");
    expect(store.lastUpdate?.readMode).toBe("blocks");
    for (const sync of fake.syncLog.filter((s) => !s.failed)) expect(sync.responseBytes).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  test("the next update goes straight to blocks: no failed sync, a handful of syncs in all", async () => {
    fake.resetLog();
    unwrap(await applyMeeting(store, m111, ctx("2022-04-22T09:00:00+08:00")));
    expect(fake.syncLog.every((s) => !s.failed)).toBe(true);
    expect(fake.syncs).toBeLessThanOrEqual(8);
    const data = unwrap(await store.read());
    expect(data.cases.slice(0, 5_000)).toEqual(seed.cases);
    expect(data.history.slice(0, 5_000)).toEqual(seed.history);
  });
});
