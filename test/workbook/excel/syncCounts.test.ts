// Applying a meeting costs 2 syncs (target ≤ 3) whatever the workbook's size, and so does a settings
// patch or division upsert; creating a large workbook is counted separately (one sync per 4 MB of writes).
import { applyMeeting } from "../../../src/workbook/applyMeeting";
import { EXCEL_WEB_PAYLOAD_LIMIT } from "../../../src/workbook/excel";
import { ROC_DATE_FORMAT } from "../../../src/workbook/schema";
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

  test("a settings patch with a division upsert takes 2 syncs; re-formatting every date too, up to ~10,000 date cells", async () => {
    const settings = { dueSoonDays: 10, workbookKey: "k" } as const;
    const divisions = [{ name: "法務室", aliases: ["法務"] }, { name: "總務組", aliases: [], email: "general@example.gov.tw" }];
    fake.resetLog();
    unwrap(await store.update(writeAll({ meetings: [], cases: [], history: [], settings, divisions })));
    expect(fake.syncs).toBe(2);
    fake.resetLog();
    unwrap(await store.update(writeAll({ meetings: [], cases: [], history: [], settings: { dateDisplay: "民國" }, divisions: [{ name: "人事室", aliases: [] }], reformatDates: true })));
    // A large workbook's read is already near the 5 MB response limit and skips the date formats; the
    // update that re-formats them loads them in one more sync (FORMAT_READ_BUDGET).
    expect(fake.syncs).toBe(count === 10_000 ? 3 : 2);
    for (const sync of fake.syncLog) {
      expect(sync.requestBytes).toBeLessThanOrEqual(EXCEL_WEB_PAYLOAD_LIMIT);
      expect(sync.responseBytes).toBeLessThanOrEqual(EXCEL_WEB_PAYLOAD_LIMIT);
    }
    // every case's 期限 was re-formatted (the synthetic cases all have one)
    const rocCells = fake.sent.filter((w) => w.property === "numberFormat").flatMap((w) => (w.value as unknown[][]).flat()).filter((f) => f === ROC_DATE_FORMAT);
    expect(rocCells.length).toBeGreaterThanOrEqual(count);
  });

  test("reads the whole workbook in one sync", async () => {
    fake.resetLog();
    const data = unwrap(await store.read());
    expect(fake.syncs).toBe(1);
    expect(data.cases).toHaveLength(count + 9 + 8 + 5 + 1);
    expect(fake.syncLog[0]?.responseBytes).toBeLessThanOrEqual(EXCEL_WEB_PAYLOAD_LIMIT);
  });
});
