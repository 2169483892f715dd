// Division upserts, settings patches and 套用到所有日期 (reformatDates), the same scenario on every store:
// the in-memory reference, the Excel store on the fake Excel and the .xlsx file store. Each step's data
// must read back as MemoryStore has it; the sheet-level effects (formats, =TODAY(), 組室總覽) are checked
// in the sheet each store writes.
import { ok, type Division, type Result } from "../../src/domain";
import { applyMeeting } from "../../src/workbook/applyMeeting";
import { caseFromCells, caseToCells } from "../../src/workbook/cells";
import { ExcelStore } from "../../src/workbook/excel";
import { MemoryStore } from "../../src/workbook/mergeChanges";
import { emptyCase, emptyWorkbook, type CaseRow, type Planned, type WorkbookChanges, type WorkbookData, type WorkbookStore } from "../../src/workbook/model";
import { DATE_FORMAT, ROC_DATE_FORMAT, TABLE, tableSpec } from "../../src/workbook/schema";
import { BytesInMemory, FileStore } from "../../src/workbook/xlsx";
import { parseTableXml } from "../../src/workbook/xlsx/tableXml";
import { unwrap } from "../domain/support";
import { FakeExcel } from "./excel/support/fakeExcel";
import { ctx, m110, m111 } from "./excel/support/scenario";
import { deleteTableColumn, editWithExcelJs, loadExcelJs, sheet, tablePart, textOf } from "./xlsx/support";

/** The columns the schema gained with reminders: a workbook made before them lacks these. */
const NEW_COLUMNS = {
  [TABLE.cases]: ["提醒事件ID", "提醒雜湊", "提醒同步時間", "提醒錯誤"],
  [TABLE.settings]: ["活頁簿識別碼", "提醒行事曆", "提醒行事曆ID"],
};

/** A store and what can be seen in its sheet (undefined for MemoryStore, which has no sheet). */
interface Harness {
  readonly store: WorkbookStore;
  readonly sheet?: {
    /** each body cell's number format in a column, top to bottom */
    formats(table: string, header: string): Promise<string[]>;
    /** a user gives one body cell a number format of their own */
    format(table: string, header: string, row: number, code: string): Promise<void>;
    /** the formula of 設定's 基準日, if it holds one (without =) */
    asOfFormula(): Promise<string | undefined>;
    overview(): Promise<string[]>;
    /** the workbook as it was made before the reminder columns: the new columns deleted */
    dropNewColumns(): Promise<void>;
    headers(table: string): Promise<string[]>;
    /** everything in the workbook, to show that nothing was written */
    snapshot(): Promise<unknown>;
  };
}

function excelHarness(): Harness {
  const fake = new FakeExcel();
  const column = (table: string, header: string) => {
    const index = fake.table(table).headers().indexOf(header);
    if (index < 0) throw new Error(`no column ${header} in ${table}`);
    return index;
  };
  return {
    store: new ExcelStore({ run: fake.run, isSetSupported: fake.isSetSupported }),
    sheet: {
      formats: (table, header) => Promise.resolve(fake.bodyCells(table).map((row) => row[column(table, header)]?.numberFormat ?? "General")),
      format: (table, header, row, code) => {
        const target = fake.bodyCells(table)[row]?.[column(table, header)];
        if (!target) throw new Error(`no cell at ${row} ${header}`);
        target.numberFormat = code;
        return Promise.resolve();
      },
      asOfFormula: () => Promise.resolve(fake.bodyCells(TABLE.settings)[0]?.[column(TABLE.settings, "基準日")]?.formula?.replace(/^=/, "")),
      overview: () => Promise.resolve(fake.records(TABLE.overview).map((r) => String(r["組室"]))),
      dropNewColumns: () => {
        for (const [table, headers] of Object.entries(NEW_COLUMNS)) for (const header of headers) fake.deleteColumn(table, header);
        return Promise.resolve();
      },
      headers: (table) => Promise.resolve(fake.table(table).headers()),
      snapshot: () => Promise.resolve(fake.dump()),
    },
  };
}

function fileHarness(): Harness {
  const holder = new BytesInMemory();
  const bytes = () => holder.bytes ?? new Uint8Array();
  /** the sheet column of a header and the table's data rows */
  const locate = async (table: string, header: string) => {
    const def = parseTableXml(await tablePart(bytes(), table));
    if (!def) throw new Error(`no table ${table}`);
    const index = def.columns.findIndex((c) => c.name === header);
    if (index < 0) throw new Error(`no column ${header} in ${table}`);
    return { column: def.ref.left + index, top: def.ref.top + 1, bottom: def.ref.bottom };
  };
  return {
    store: new FileStore(holder, "列管.xlsx"),
    sheet: {
      formats: async (table, header) => {
        const { column, top, bottom } = await locate(table, header);
        const ws = sheet(await loadExcelJs(bytes()), table);
        return Array.from({ length: bottom - top + 1 }, (_, i) => ws.getCell(top + i, column).numFmt ?? "General");
      },
      format: async (table, header, row, code) => {
        const { column, top } = await locate(table, header);
        holder.bytes = await editWithExcelJs(bytes(), (workbook) => {
          // exceljs shares one style object between the cells of a style: this cell gets its own
          const target = sheet(workbook, table).getCell(top + row, column);
          // eslint-disable-next-line office-addins/call-sync-before-read -- an exceljs cell, not an Office.js proxy
          target.style = { ...target.style, numFmt: code };
        });
      },
      asOfFormula: async () => {
        const { column, top } = await locate(TABLE.settings, "基準日");
        const value = sheet(await loadExcelJs(bytes()), TABLE.settings).getCell(top, column).value;
        return value !== null && typeof value === "object" && "formula" in value ? value.formula : undefined;
      },
      overview: async () => {
        const { column, top, bottom } = await locate(TABLE.overview, "組室");
        const ws = sheet(await loadExcelJs(bytes()), TABLE.overview);
        return Array.from({ length: bottom - top + 1 }, (_, i) => textOf(ws.getCell(top + i, column).value));
      },
      dropNewColumns: async () => {
        holder.bytes = await editWithExcelJs(bytes(), (workbook) => {
          for (const [table, headers] of Object.entries(NEW_COLUMNS)) for (const header of headers) deleteTableColumn(workbook, table, header);
        });
      },
      headers: async (table) => parseTableXml(await tablePart(bytes(), table))?.columns.map((c) => c.name) ?? [],
      snapshot: () => Promise.resolve({ bytes: holder.bytes, saves: holder.saves }),
    },
  };
}

const write =
  (changes: Partial<WorkbookChanges>) =>
  (): Result<Planned<null>> =>
    ok({ changes: { meetings: [], cases: [], history: [], ...changes }, result: null });

const LEGAL: Division = { name: "法務室", aliases: ["法務"], email: "legal@example.gov.tw" };
const GENERAL: Division = { name: "總務組", aliases: ["總務", "庶務組"], email: "general@example.gov.tw" };
// 提醒同步時間 as the sync records it (an ISO instant in UTC); the sheet shows it as 2022-04-01 09:00 (Asia/Taipei)
const REMINDER = { reminderEventId: "AAMkAGI2", reminderHash: "h-1", reminderSyncedAt: "2022-04-01T01:00:00.000Z", reminderError: "" };

const stores: [string, () => Harness][] = [
  ["MemoryStore", () => ({ store: new MemoryStore(emptyWorkbook()) })],
  ["Excel store", excelHarness],
  ["file store", fileHarness],
];

describe.each(stores)("%s", (_name, make) => {
  const { store, sheet: view } = make();
  const memory = new MemoryStore(emptyWorkbook());
  /** applies the same plan to the store and to the reference */
  const both = async (changes: Partial<WorkbookChanges>) => {
    unwrap(await store.update(write(changes)));
    unwrap(await memory.update(write(changes)));
  };
  const data = async (): Promise<WorkbookData> => unwrap(await store.read());

  beforeAll(async () => {
    unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
    unwrap(await applyMeeting(memory, m110, ctx("2022-03-18T09:00:00+08:00")));
  });

  test("a new division and another's aliases and e-mail read back; 組室總覽 gets a row for the new one", async () => {
    await both({ divisions: [LEGAL, GENERAL] });
    const divisions = (await data()).divisions;
    expect(divisions).toEqual(memory.data.divisions);
    expect(divisions.find((d) => d.name === "法務室")).toEqual(LEGAL);
    expect(divisions.find((d) => d.name === "總務組")).toEqual(GENERAL);
    if (view) expect((await view.overview()).filter((name) => name === "法務室")).toHaveLength(1);
    // the same upsert again changes nothing and adds no second overview row
    await both({ divisions: [LEGAL] });
    expect((await data()).divisions).toEqual(memory.data.divisions);
    if (view) expect((await view.overview()).filter((name) => name === "法務室")).toHaveLength(1);
  });

  const patches: [string, WorkbookChanges["settings"]][] = [
    ["即將到期天數", { dueSoonDays: 10 }],
    ["日期顯示 民國", { dateDisplay: "民國" }],
    ["活頁簿識別碼 and 行事曆", { workbookKey: "0f8fad5b-d9cb-469f-a165-70867728950e", reminderCalendar: "列管提醒", reminderCalendarId: "AQMkAD" }],
    ["基準日 a date", { asOf: "2022-05-01" as never }],
    ["基準日 back to =TODAY()", { asOf: null }],
    ["日期顯示 西元 again", { dateDisplay: "西元" }],
  ];
  test.each(patches)("settings patch: %s reads back, the other settings unchanged", async (_what, patch) => {
    await both({ settings: patch });
    expect((await data()).settings).toEqual(memory.data.settings);
    // 基準日 is the =TODAY() formula whenever it is not a typed date
    if (view) expect(await view.asOfFormula()).toBe(memory.data.settings.asOf === null ? "TODAY()" : undefined);
  });

  test("reformatDates turns the existing date cells into ROC dates and back; a user's own format stays", async () => {
    if (!view) return;
    await view.format(TABLE.history, "日期", 0, "yyyy/m/d");
    for (const [display, wanted] of [
      ["民國", ROC_DATE_FORMAT],
      ["西元", DATE_FORMAT],
    ] as const) {
      await both({ settings: { dateDisplay: display }, reformatDates: true });
      const closedOn = await view.formats(TABLE.cases, "解除日期");
      const cases = (await data()).cases;
      // every 解除日期 cell (dates or not) of 列管案件 now has the wanted format
      expect(closedOn).toHaveLength(cases.length);
      expect(new Set(closedOn)).toEqual(new Set([wanted]));
      expect(new Set(await view.formats(TABLE.meetings, "日期"))).toEqual(new Set([wanted]));
      const history = await view.formats(TABLE.history, "日期");
      expect(history[0]).toBe("yyyy/m/d");
      expect(new Set(history.slice(1))).toEqual(new Set([wanted]));
    }
    expect(await data()).toEqual(memory.data);
  });

  test("an import keeps the reminder fields of the cases it rules on", async () => {
    const reminded = (id: string): CaseRow => ({ ...(memory.data.cases.find((c) => c.caseId === id) ?? emptyCase(id)), ...REMINDER });
    await both({ cases: [reminded("11001"), reminded("11002")] });
    unwrap(await applyMeeting(store, m111, ctx("2022-04-22T09:00:00+08:00")));
    unwrap(await applyMeeting(memory, m111, ctx("2022-04-22T09:00:00+08:00")));
    const cases = (await data()).cases;
    expect(cases.find((c) => c.caseId === "11001")).toMatchObject({ tracking: "closed", ...REMINDER });
    expect(cases.find((c) => c.caseId === "11002")).toMatchObject({ tracking: "continued", ...REMINDER });
    expect(await data()).toEqual(memory.data);
  });

  const refused: [string, Partial<WorkbookChanges>, string][] = [
    ["a division without a name", { divisions: [{ name: " ", aliases: [] }] }, "要寫入的第 1 個組室沒有「組室名稱」"],
    ["an alias holding a separator", { divisions: [{ name: "法務室", aliases: ["法務、法制"] }] }, "別名「法務、法制」含有分隔符號"],
    ["an alias holding a space", { divisions: [{ name: "法務室", aliases: ["法務 法制"] }] }, "別名「法務 法制」含有分隔符號"],
    ["a name holding a separator", { divisions: [{ name: "法務室、法制室", aliases: [] }] }, "組室名稱「法務室、法制室」含有分隔符號"],
    ["a negative 即將到期天數", { settings: { dueSoonDays: -1 } }, "「即將到期天數」應為 0 以上的整數，卻是「-1」"],
    ["a 基準日 that is no date", { settings: { asOf: "明天" as never } }, "「基準日」應為 yyyy-mm-dd 日期"],
    ["an unknown 日期顯示", { settings: { dateDisplay: "日曆" as never } }, "「日期顯示」應為 西元 或 民國"],
  ];
  test.each(refused)("%s is refused with a message, and nothing is written", async (_what, changes, message) => {
    const before = await view?.snapshot();
    const result = await store.update(write({ ...changes, cases: [{ ...emptyCase("99999"), text: "不應寫入" }] }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
    if (view) expect(await view.snapshot()).toEqual(before);
    expect((await data()).cases.some((c) => c.caseId === "99999")).toBe(false);
  });
});

describe.each(stores.slice(1))("%s: a workbook made before the reminder columns", (_name, make) => {
  const { store, sheet: view } = make();
  let before: WorkbookData;

  beforeAll(async () => {
    unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
    unwrap(await store.update(write({ settings: { dueSoonDays: 9, asOf: "2022-04-01" as never } })));
    await view?.dropNewColumns();
    before = unwrap(await store.read());
  });

  test("reads, the missing columns as empty or their defaults", () => {
    expect(before.cases).toHaveLength(17);
    expect(before.cases.every((c) => c.reminderEventId === "" && c.reminderHash === "")).toBe(true);
    expect(before.settings).toMatchObject({ dueSoonDays: 9, asOf: "2022-04-01", workbookKey: "", reminderCalendar: "會議列管" });
  });

  test("gets the columns on the next update and keeps its data", async () => {
    if (!view) return;
    expect(await view.headers(TABLE.settings)).not.toContain("活頁簿識別碼");
    unwrap(await store.update(write({ settings: { workbookKey: "key-1" }, cases: [{ ...(before.cases[0] ?? emptyCase("0")), ...REMINDER }] })));
    for (const table of [TABLE.cases, TABLE.settings]) {
      const spec = tableSpec(table === TABLE.cases ? "cases" : "settings");
      expect(await view.headers(table)).toEqual(spec.columns.map((c) => c.header));
    }
    const after = unwrap(await store.read());
    expect(after.settings).toEqual({ ...before.settings, workbookKey: "key-1" });
    expect(after.cases).toEqual(before.cases.map((c, i) => (i === 0 ? { ...c, ...REMINDER } : c)));
    expect(after.history).toEqual(before.history);
    expect(after.meetings).toEqual(before.meetings);
  });
});

describe("reminder fields in the cells", () => {
  const cases: [string, Partial<CaseRow>][] = [
    ["empty", {}],
    ["synced", REMINDER],
    ["failed", { reminderError: "429 Too Many Requests", reminderSyncedAt: "2022-04-01T01:00:00.000Z" }],
    ["text that looks like a formula", { reminderHash: "=A1", reminderError: "-1" }],
  ];
  test.each(cases)("%s: caseToCells then caseFromCells gives the row back", (_what, extra) => {
    const row: CaseRow = { ...emptyCase("11001"), meeting: 110, lead: ["總務組"], ...extra };
    expect(unwrap(caseFromCells(caseToCells(row, "Asia/Taipei"), 2, "Asia/Taipei"))).toEqual(row);
  });
});
