// 「寫入工作表」 on the fake Excel: the report lands on a sheet of its own as text, replacing that sheet's
// contents when written again, in a constant number of syncs, and never touching the schema's tables.
import { collectReport } from "../../../src/app/report";
import { reportGrid } from "../../../src/export/reportGrid";
import { applyMeeting } from "../../../src/workbook/applyMeeting";
import { DEFAULT_REQUEST_BUDGET, runReportSheet, type SheetGrid } from "../../../src/workbook/excel";
import { TOO_OLD_MESSAGE } from "../../../src/workbook/excel/requirements";
import { TABLE } from "../../../src/workbook/schema";
import { errorOf, unwrap } from "../../domain/support";
import { ctx, fakeStore, m110, syntheticChanges, writeAll } from "./support/scenario";
import type { FakeExcel } from "./support/fakeExcel";

const NOW = new Date("2022-04-01T01:00:00.000Z");
const host = (fake: FakeExcel) => ({ run: fake.run, isSetSupported: fake.isSetSupported });
const texts = (fake: FakeExcel, name: string): string[][] => (fake.sheet(name)?.rows ?? []).map((row) => row.map((cell) => String(cell?.value ?? "")));

async function sampleWorkbook() {
  const setup = fakeStore();
  unwrap(await applyMeeting(setup.store, m110, ctx("2022-03-18T09:00:00+08:00")));
  const model = unwrap(await collectReport(setup.store, {}, NOW)).model;
  setup.fake.resetLog();
  return { ...setup, model };
}

describe("the report written as a worksheet", () => {
  test("a new sheet 辦理情形 第111次 holds the title, the header row and every case, as text, in 2 syncs", async () => {
    const { fake, model } = await sampleWorkbook();
    const tablesBefore = JSON.parse(fake.dump()).tables;
    const written = unwrap(await runReportSheet(host(fake), reportGrid(model), DEFAULT_REQUEST_BUDGET));
    expect(written).toEqual({ sheet: "辦理情形 第111次", replaced: false, syncs: 2 });
    expect(fake.syncs).toBe(2);
    const sheet = fake.sheet("辦理情形 第111次");
    const rows = texts(fake, "辦理情形 第111次");
    expect(rows[1]?.[0]).toBe(model.title);
    const header = rows.findIndex((row) => row[0] === "案號");
    expect(rows[header]?.slice(0, 7)).toEqual(["案號", "案由（結論）", "主辦／協辦", "期限", "辦理情形", "擬辦", "列管情形"]);
    expect(sheet?.frozenRows).toBe(header + 1);
    const ids = rows.slice(header + 1, header + 1 + model.rows.length).map((row) => row[0]);
    expect(ids).toEqual(model.rows.map((r) => r.caseId));
    // case ids stay text ("11001", not the number 11001)
    expect(sheet?.rows[header + 1]?.[0]).toMatchObject({ value: model.rows[0]?.caseId, numberFormat: "@" });
    expect(rows.some((row) => row[0] === "合計")).toBe(true);
    expect(fake.activeSheet).toBe("辦理情形 第111次");
    expect(sheet?.columnFormats.get(4)).toMatchObject({ wrapText: true });
    expect(JSON.parse(fake.dump()).tables).toEqual(tablesBefore);
  });

  test("written again, the sheet's contents are replaced: no row of the longer report is left below", async () => {
    const { fake, model } = await sampleWorkbook();
    unwrap(await runReportSheet(host(fake), reportGrid(model), DEFAULT_REQUEST_BUDGET));
    const short: SheetGrid = { name: "辦理情形 第111次", rows: [["只有一列"]], headerRow: 0, widths: [10] };
    expect(unwrap(await runReportSheet(host(fake), short, DEFAULT_REQUEST_BUDGET))).toMatchObject({ replaced: true });
    const rows = texts(fake, "辦理情形 第111次")
      .map((row) => row.filter((text) => text !== ""))
      .filter((row) => row.length > 0);
    expect(rows).toEqual([["只有一列"]]);
    expect(fake.sheets.filter((s) => s.name.startsWith("辦理情形")).length).toBe(1);
  });

  test("a division's own list goes to a sheet of its own", async () => {
    const { fake, store } = await sampleWorkbook();
    const model = unwrap(await collectReport(store, { division: "總務組" }, NOW)).model;
    expect(unwrap(await runReportSheet(host(fake), reportGrid(model), DEFAULT_REQUEST_BUDGET)).sheet).toBe("辦理情形 第111次 總務組");
  });

  test("text Excel would parse (=, +, -) is written with the quote prefix and reads back as typed", async () => {
    const { fake } = fakeStore();
    unwrap(await runReportSheet(host(fake), { name: "辦理情形 第1次", rows: [["=待補", "-", "+1"]], headerRow: 0, widths: [10, 10, 10] }, DEFAULT_REQUEST_BUDGET));
    expect(texts(fake, "辦理情形 第1次")[0]).toEqual(["=待補", "-", "+1"]);
    expect(fake.sheet("辦理情形 第1次")?.rows[0]?.every((cell) => cell?.quotePrefix === true && cell.formula === undefined)).toBe(true);
  });

  test.each<[string, SheetGrid, string]>([
    ["a schema sheet's name", { name: TABLE.cases, rows: [["x"]], headerRow: 0, widths: [] }, `「${TABLE.cases}」是列管活頁簿本身的工作表`],
    ["a name Excel refuses", { name: "辦理情形/第1次", rows: [["x"]], headerRow: 0, widths: [] }, "工作表名稱「辦理情形/第1次」不能用"],
    ["a name over 31 characters", { name: "辦".repeat(32), rows: [["x"]], headerRow: 0, widths: [] }, "最多 31 字"],
    ["nothing to write", { name: "辦理情形 第1次", rows: [], headerRow: 0, widths: [] }, "報告沒有內容可寫入工作表"],
  ])("refuses %s before touching Excel", async (_name, grid, message) => {
    const { fake } = await sampleWorkbook();
    const before = fake.dump();
    expect(errorOf(await runReportSheet(host(fake), grid, DEFAULT_REQUEST_BUDGET))).toContain(message);
    expect(fake.syncs).toBe(0);
    expect(fake.dump()).toBe(before);
  });

  test("an Excel older than the store's API set is told so", async () => {
    const { fake } = fakeStore({ apiSets: { ExcelApi: "1.1" } });
    expect(errorOf(await runReportSheet(host(fake), { name: "辦理情形 第1次", rows: [["x"]], headerRow: 0, widths: [] }, DEFAULT_REQUEST_BUDGET))).toBe(TOO_OLD_MESSAGE);
    expect(fake.syncs).toBe(0);
  });

  test.each([100, 2_000])("%i cases: still 2 syncs", async (count) => {
    const { fake, store } = fakeStore();
    unwrap(await store.update(writeAll(syntheticChanges(count))));
    const model = unwrap(await collectReport(store, {}, NOW)).model;
    fake.resetLog();
    expect(unwrap(await runReportSheet(host(fake), reportGrid(model), DEFAULT_REQUEST_BUDGET)).syncs).toBe(2);
    expect(fake.syncs).toBe(2);
  });
});
