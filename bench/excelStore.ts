// Benchmark of the Excel store on the fake Excel with the web's 5 MB limits: syncs, largest request and
// response, and time to apply a meeting to 100, 1,000 and 10,000 cases; the cost of creating them; and
// the syncs when the user keeps data under the table or a co-author sorts it while the store writes.
import { performance } from "node:perf_hooks";
import { applyMeeting } from "../src/workbook/applyMeeting";
import { ExcelStore } from "../src/workbook/excel";
import { TABLE } from "../src/workbook/schema";
import { FakeExcel, type SyncRecord } from "../test/workbook/excel/support/fakeExcel";
import { enter } from "../test/workbook/excel/support/fakeWorkbook";
import { ctx, m110, m111, syntheticChanges, writeAll } from "../test/workbook/excel/support/scenario";
import { ms, type Figure } from "./measure";

const SIZES = [100, 1_000, 10_000] as const;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const largest = (log: readonly SyncRecord[], key: "requestBytes" | "responseBytes"): number => Math.max(0, ...log.map((s) => s[key]));
const storeOn = (fake: FakeExcel): ExcelStore => new ExcelStore({ run: fake.run, isSetSupported: fake.isSetSupported });

/** A workbook of `count` synthetic cases plus meeting 110, and what creating it took. */
async function workbookOf(count: number): Promise<{ fake: FakeExcel; creation: readonly SyncRecord[] }> {
  const fake = new FakeExcel();
  const store = storeOn(fake);
  const created = await store.update(writeAll(syntheticChanges(count)));
  if (!created.ok) throw new Error(created.error);
  const creation = [...fake.syncLog];
  const applied = await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00"));
  if (!applied.ok) throw new Error(applied.error);
  return { fake, creation };
}

/** Median time of applying meeting 111 to fresh copies of `base` (copying is not timed). */
async function applyTimes(base: FakeExcel, runs: number): Promise<{ median: number; log: readonly SyncRecord[] }> {
  const times: number[] = [];
  let log: readonly SyncRecord[] = [];
  for (let i = 0; i < runs; i++) {
    const fake = base.clone();
    const store = storeOn(fake);
    const start = performance.now();
    const applied = await applyMeeting(store, m111, ctx("2022-04-22T09:00:00+08:00"));
    times.push(performance.now() - start);
    if (!applied.ok) throw new Error(applied.error);
    log = [...fake.syncLog];
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? Number.NaN, log };
}

/**
 * Syncs of the settings tab's save on a copy of `base` whose store has read the workbook (as the task
 * pane has): a settings patch with a division upsert, then 日期顯示 民國 with 套用到所有日期.
 */
async function settingsSyncs(base: FakeExcel): Promise<{ patch: number; reformat: number; largest: number }> {
  const fake = base.clone();
  const store = storeOn(fake);
  const read = await store.read();
  if (!read.ok) throw new Error(read.error);
  const none = { meetings: [], cases: [], history: [] };
  fake.resetLog();
  const patched = await store.update(writeAll({ ...none, settings: { dueSoonDays: 10, workbookKey: "k" }, divisions: [{ name: "法務室", aliases: ["法務"] }] }));
  if (!patched.ok) throw new Error(patched.error);
  const patch = fake.syncs;
  fake.resetLog();
  const reformatted = await store.update(writeAll({ ...none, settings: { dateDisplay: "民國" }, reformatDates: true }));
  if (!reformatted.ok) throw new Error(reformatted.error);
  return { patch, reformat: fake.syncs, largest: largest(fake.syncLog, "requestBytes") };
}

/**
 * Syncs of applying meeting 111 to a copy of `base` when the user keeps data right under 列管案件 (the
 * rows are inserted above it in the write sync) and when a co-author sorts the table just before the
 * write lands (the write is undone and the update starts again: read, write, undo, read, write).
 */
async function coAuthorSyncs(base: FakeExcel): Promise<{ under: number; sorted: number }> {
  const under = base.clone();
  const table = under.table(TABLE.cases);
  enter(table.sheet.cellForWrite(table.top + table.height, table.left), "使用者在表格下方的備忘", { textFormatKeepsFormulasAsText: false });
  const applied = await applyMeeting(storeOn(under), m111, ctx("2022-04-22T09:00:00+08:00"));
  if (!applied.ok) throw new Error(applied.error);
  const sorted = base.clone();
  sorted.beforeSync = (sync) => {
    if (sync === 2) sorted.shuffleBody(TABLE.cases, 11);
  };
  const resorted = await applyMeeting(storeOn(sorted), m111, ctx("2022-04-22T09:00:00+08:00"));
  if (!resorted.ok) throw new Error(resorted.error);
  return { under: under.syncs, sorted: sorted.syncs };
}

export async function benchExcelStore(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const count of SIZES) {
    const { fake, creation } = await workbookOf(count);
    const { median, log } = await applyTimes(fake, count === 10_000 ? 3 : 7);
    const label = `Excel store ${count.toLocaleString("en-US")} cases`;
    figures.push(
      { name: `${label}: syncs per meeting`, value: String(log.length) },
      { name: `${label}: max request/response`, value: `${kb(largest(log, "requestBytes"))} / ${kb(largest(log, "responseBytes"))}` },
      { name: `${label}: apply a meeting (mock)`, value: ms(median) },
      { name: `${label}: create syncs, max req`, value: `${creation.length}, ${kb(largest(creation, "requestBytes"))}` },
    );
    const coAuthors = await coAuthorSyncs(fake);
    figures.push({ name: `${label}: syncs, data under the table / co-author sorts`, value: `${coAuthors.under} / ${coAuthors.sorted}` });
    const settings = await settingsSyncs(fake);
    figures.push({ name: `${label}: syncs, settings+division / reformat dates`, value: `${settings.patch} / ${settings.reformat} (max req ${kb(settings.largest)})` });
  }
  return figures;
}
