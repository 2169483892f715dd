// Benchmark of the 辦理情形 report: from a 1,000- and a 10,000-case workbook (one 填報 for every third
// tracked case), read through the file store, built and written as .odt and .docx (target: under 2 s);
// and the Excel syncs collecting it takes on the fake Excel (constant in the number of cases).
import { collectReport, writeReport, type ReportFormat } from "../src/app/report";
import { reportGrid } from "../src/export/reportGrid";
import { DEFAULT_DIVISIONS, ok, type IsoDate } from "../src/domain";
import { proposalDetail } from "../src/report";
import { DEFAULT_REQUEST_BUDGET, ExcelStore, runReportSheet } from "../src/workbook/excel";
import type { HistoryRow, WorkbookChanges } from "../src/workbook/model";
import { BytesInMemory, FileStore } from "../src/workbook/xlsx";
import { FakeExcel } from "../test/workbook/excel/support/fakeExcel";
import { syntheticChanges, writeAll } from "../test/workbook/excel/support/scenario";
import { benchRows } from "./fileStore";
import { medianMs, ms, type Figure } from "./measure";

const NOW = new Date("2024-05-01T01:00:00.000Z");

/** The file-store bench's rows, with a 填報 for the next meeting for every third still-tracked case. */
function workbookRows(count: number): WorkbookChanges & { readonly next: number } {
  const { meetings, cases, history } = benchRows(count);
  const next = 100 + Math.ceil(count / 20) + 1;
  const proposals: HistoryRow[] = cases.flatMap((row, i) => {
    if (row.tracking === "closed" || row.tracking === "self-tracked" || i % 3 !== 0) return [];
    const detail = proposalDetail({ division: row.lead[0] ?? "總務組", progress: `第 ${i + 1} 項已完成規劃，執行中。`, proposal: i % 2 === 0 ? "continue" : "close", proposedDue: null });
    return [{ caseId: row.caseId, meeting: next, date: "2024-04-25" as IsoDate, event: "proposal", detail, by: "bench", at: "2024-04-25T01:00:00.000Z" }];
  });
  return { meetings, cases, history: [...history, ...proposals], divisions: DEFAULT_DIVISIONS, next };
}

export async function fileWorkbook(count: number): Promise<Uint8Array> {
  const bytes = new BytesInMemory();
  const { meetings, cases, history, divisions } = workbookRows(count);
  const created = await new FileStore(bytes).update(() => ok({ changes: { meetings, cases, history, divisions }, result: true }));
  if (!created.ok || bytes.bytes === null) throw new Error(created.ok ? "no bytes" : created.error);
  return bytes.bytes;
}

async function reportOnce(bytes: Uint8Array, format: ReportFormat): Promise<{ rows: number; size: number }> {
  const collected = await collectReport(new FileStore(new BytesInMemory(bytes)), {}, NOW);
  if (!collected.ok) throw new Error(collected.error);
  const written = await writeReport(collected.value.model, format, NOW.toISOString());
  return { rows: collected.value.model.rows.length, size: written.length };
}

/** Syncs to collect the report from Excel, and to write it as a sheet (「寫入工作表」), with that write's time. */
async function excelSyncs(count: number): Promise<{ collect: number; sheet: number; sheetMs: number }> {
  const fake = new FakeExcel();
  const store = new ExcelStore({ run: fake.run, isSetSupported: fake.isSetSupported });
  const created = await store.update(writeAll(syntheticChanges(count)));
  if (!created.ok) throw new Error(created.error);
  const before = fake.syncs;
  const collected = await collectReport(store, {}, NOW);
  if (!collected.ok) throw new Error(collected.error);
  const collect = fake.syncs - before;
  const start = performance.now();
  const written = await runReportSheet({ run: fake.run, isSetSupported: fake.isSetSupported }, reportGrid(collected.value.model), DEFAULT_REQUEST_BUDGET);
  if (!written.ok) throw new Error(written.error);
  return { collect, sheet: fake.syncs - before - collect, sheetMs: performance.now() - start };
}

export async function benchReport(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const count of [1_000, 10_000]) {
    const bytes = await fileWorkbook(count);
    const label = `${count.toLocaleString("en-US")} cases`;
    for (const format of ["odt", "docx"] as const) {
      let last = { rows: 0, size: 0 };
      const time = await medianMs(async () => {
        last = await reportOnce(bytes, format);
      }, 3, 1);
      figures.push({ name: `${label}: read + build + write .${format} (file store)`, value: `${ms(time)} (${last.rows.toLocaleString("en-US")} rows, ${(last.size / 1024).toFixed(0)} KB)${time < 2000 ? "" : "  OVER 2 s"}` });
    }
  }
  const syncs: { collect: number; sheet: number; sheetMs: number }[] = [];
  for (const count of [100, 1_000, 10_000]) syncs.push(await excelSyncs(count));
  figures.push({ name: "Excel syncs to collect the report (100 / 1,000 / 10,000 cases)", value: syncs.map((s) => s.collect).join(" / ") });
  figures.push({
    name: "Excel syncs to write it as a sheet (100 / 1,000 / 10,000 cases)",
    value: `${syncs.map((s) => s.sheet).join(" / ")} (fake Excel, ${syncs.map((s) => ms(s.sheetMs)).join(" / ")})`,
  });
  return figures;
}

if (require.main === module) {
  void benchReport().then((figures) => {
    for (const f of figures) console.log(`  ${f.name.padEnd(60)} ${f.value}`);
  });
}
