// Applying a meeting costs 2 syncs (target ≤ 3) whatever the workbook's size; creating a large workbook
// is counted separately (one sync per 4 MB of writes).
import { applyMeeting } from "../../../src/workbook/applyMeeting";
import { EXCEL_WEB_PAYLOAD_LIMIT } from "../../../src/workbook/excel";
import { unwrap } from "../../domain/support";
import { ctx, fakeStore, m110, m111, syntheticChanges, writeAll } from "./support/scenario";

describe.each([10, 1_000, 10_000])("an existing workbook of %i cases", (count) => {
  const { fake, store } = fakeStore(); // Excel on the web: 5 MB per request and per response

  test("is created from scratch in one read and ⌈size / 4 MB⌉ writes, none over the limit", async () => {
    unwrap(await store.update(writeAll(syntheticChanges(count))));
    const writes = fake.syncLog.slice(1);
    expect(writes.length).toBe(count === 10_000 ? 3 : 1);
    for (const sync of fake.syncLog) expect(sync.requestBytes).toBeLessThanOrEqual(EXCEL_WEB_PAYLOAD_LIMIT);
  });

  test("takes 2 syncs (≤ 3) to apply meeting 110, then 2 for meeting 111, then 1 to re-apply it", async () => {
    fake.resetLog();
    unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
    expect(fake.syncs).toBe(2);
    fake.resetLog();
    unwrap(await applyMeeting(store, m111, ctx("2022-04-22T09:00:00+08:00")));
    expect(fake.syncs).toBe(2);
    expect(fake.syncLog[1]?.requestBytes).toBeLessThan(10_000);
    fake.resetLog();
    expect(unwrap(await applyMeeting(store, m111, ctx("2022-05-01T09:00:00+08:00"))).unchanged).toBe(true);
    expect(fake.syncs).toBe(1);
  });

  test("reads the whole workbook in one sync", async () => {
    fake.resetLog();
    const data = unwrap(await store.read());
    expect(fake.syncs).toBe(1);
    expect(data.cases).toHaveLength(count + 9 + 8 + 5 + 1);
    expect(fake.syncLog[0]?.responseBytes).toBeLessThanOrEqual(EXCEL_WEB_PAYLOAD_LIMIT);
  });
});
