// The Excel store against a fake Excel: the sample meeting then the next one into a new workbook, with
// the same result as MemoryStore (the reference), the workbook it creates, and re-imports that write nothing.
import { DEFAULT_DIVISIONS } from "../../../src/domain";
import { applyMeeting } from "../../../src/workbook/applyMeeting";
import { MemoryStore } from "../../../src/workbook/mergeChanges";
import { DAYS_OVERDUE_FORMULA, SCHEMA, STATUS_FORMULA, TABLE, TABLE_STYLE, TRACKING_VALUES, tableSpec } from "../../../src/workbook/schema";
import { unwrap } from "../../domain/support";
import { ctx, emptyData, fakeStore, m110, m111, writeAll } from "./support/scenario";

describe("sample 110, then 111, into a new workbook", () => {
  const { fake, store } = fakeStore();
  const memory = new MemoryStore(emptyData());

  test("meeting 110 creates the workbook in 2 syncs and holds what MemoryStore holds", async () => {
    const summary = unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
    expect(fake.syncs).toBe(2); // read, then create and write in one request
    expect(summary).toEqual(unwrap(await applyMeeting(memory, m110, ctx("2022-03-18T09:00:00+08:00"))));
    fake.resetLog();
    expect(unwrap(await store.read())).toEqual(memory.data);
    expect(fake.syncs).toBe(1);
  });

  test("meeting 111 is applied in 2 syncs and the data equals MemoryStore's", async () => {
    fake.resetLog();
    const summary = unwrap(await applyMeeting(store, m111, ctx("2022-04-22T09:00:00+08:00")));
    expect(fake.syncs).toBe(2);
    expect(summary).toEqual(unwrap(await applyMeeting(memory, m111, ctx("2022-04-22T09:00:00+08:00"))));
    expect(unwrap(await store.read())).toEqual(memory.data);
    expect(fake.leftAtEnd).toBe(0);
  });

  test.each([
    ["110", m110],
    ["111", m111],
  ])("re-importing %s reads once and writes nothing", async (_name, record) => {
    const before = fake.dump();
    fake.resetLog();
    const summary = unwrap(await applyMeeting(store, record, ctx("2022-05-01T09:00:00+08:00")));
    expect(summary.unchanged).toBe(true);
    expect(fake.syncLog).toEqual([expect.objectContaining({ rangeWrites: 0 })]);
    expect(fake.sent).toEqual([]);
    expect(fake.dump()).toBe(before);
  });
});

describe("the workbook the store creates", () => {
  const { fake, store } = fakeStore();
  beforeAll(async () => {
    unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
  });

  test("one sheet and one table per schema table, named and styled by the schema, header row frozen", () => {
    expect(fake.sheets.map((s) => s.name)).toEqual(SCHEMA.map((t) => t.name));
    for (const spec of SCHEMA) {
      const table = fake.table(spec.name);
      expect(table.sheet.name).toBe(spec.name);
      expect(table.headers()).toEqual(spec.columns.map((c) => c.header));
      expect(table.style).toBe(TABLE_STYLE);
      expect(table.sheet.frozenRows).toBe(1);
      expect(table.sheet.columnWidths.size).toBe(spec.columns.length);
    }
  });

  test("text columns are Text-formatted and dates are dates", () => {
    const cases = fake.bodyCells(TABLE.cases);
    const columns = SCHEMA.find((t) => t.key === "cases")?.columns ?? [];
    for (const row of cases) {
      columns.forEach((column, i) => expect(row[i]?.numberFormat ?? column.numberFormat).toBe(column.numberFormat));
    }
  });

  test("狀態 and 逾期天數 hold the schema formulas in every row", () => {
    const headers = fake.table(TABLE.cases).headers();
    for (const row of fake.bodyCells(TABLE.cases)) {
      expect(row[headers.indexOf("狀態")]?.formula).toBe(STATUS_FORMULA);
      expect(row[headers.indexOf("逾期天數")]?.formula).toBe(DAYS_OVERDUE_FORMULA);
    }
  });

  test("validation lists: 追蹤狀態 from the schema (stop), 主辦組室 from the 組室 table (warn)", () => {
    const rules = fake.sheet(TABLE.cases)?.validations.map((v) => ({ rule: v.rule, style: (v.errorAlert as { style: string }).style })) ?? [];
    expect(rules).toContainEqual({ rule: { list: { inCellDropDown: true, source: TRACKING_VALUES.join(",") } }, style: "Stop" });
    expect(rules).toContainEqual({ rule: { list: { inCellDropDown: true, source: '=INDIRECT("組室[組室名稱]")' } }, style: "Warning" });
  });

  test("列管案件 rows are coloured by 狀態 with a formula rule on the 狀態 column", () => {
    const formats = fake.sheet(TABLE.cases)?.conditionalFormats ?? [];
    expect(formats.map((f) => [f.type, f.formula, f.fill, f.font])).toEqual([
      ["Custom", '=$N2="逾期"', "#FDE7E9", "#A4262C"],
      ["Custom", '=$N2="即將到期"', "#FFF4CE", "#8A5300"],
      ["Custom", '=$N2="已結案"', "#F3F2F1", "#797775"],
    ]);
    expect(formats[0]?.area).toMatchObject({ top: 1, left: 0, cols: tableSpec("cases").columns.length });
  });

  test("設定 holds the defaults with 基準日 =TODAY(); 組室 the registry; 組室總覽 a row per division", () => {
    expect(fake.bodyCells(TABLE.settings)[0]?.[0]?.formula).toBe("=TODAY()");
    expect(fake.records(TABLE.settings)).toEqual([
      { 基準日: "#FORMULA!", 即將到期天數: 7, 提醒提前天數: 3, 時區: "Asia/Taipei", 日期顯示: "西元", 活頁簿識別碼: "", 提醒行事曆: "會議列管", 提醒行事曆ID: "" },
    ]);
    expect(fake.records(TABLE.divisions).map((r) => r["組室名稱"])).toEqual(DEFAULT_DIVISIONS.map((d) => d.name));
    expect(fake.records(TABLE.divisions)[3]).toEqual({ 組室名稱: "國際事務組", 別名: "國務組", 聯絡信箱: "" });
    const overview = fake.bodyCells(TABLE.overview);
    expect(overview.map((row) => row[0]?.value)).toEqual(DEFAULT_DIVISIONS.map((d) => d.name));
    expect(overview[0]?.[1]?.formula).toContain(`${TABLE.cases}[主辦組室]&"、"&${TABLE.cases}[協辦組室]`);
  });
});

describe("an empty workbook", () => {
  test("reads as the defaults in one sync, and reading creates nothing", async () => {
    const { fake, store } = fakeStore();
    expect(unwrap(await store.read())).toEqual(emptyData());
    expect(fake.syncs).toBe(1);
    expect(fake.sheets).toEqual([]);
  });

  test("a table created without rows keeps Excel's one blank row only until the first append fills it", async () => {
    const { fake, store } = fakeStore();
    unwrap(await store.update(writeAll({ meetings: [], cases: [], history: [] })));
    expect(fake.table(TABLE.history).bodyRows).toBe(1); // Excel gives a header-only table one empty row
    unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
    const history = unwrap(await store.read()).history;
    expect(fake.table(TABLE.history).bodyRows).toBe(history.length);
    expect(fake.records(TABLE.history)[0]?.["列管案號"]).toBe("11001");
    expect(fake.table(TABLE.cases).bodyRows).toBe(17);
  });
});
