// 匯入時間, 記錄時間 and 提醒同步時間 as real date-times on the workbook's local clock (設定's 時區): the
// serial conversion, the codec, the meaning rule, both stores' cells and formats, what LibreOffice shows,
// and a workbook from before (ISO text in those cells) that still reads and is repaired row by row.
import { readFile } from "node:fs/promises";
import { failureMessage } from "../../src/domain";
import { writeWorkbookOds } from "../../src/export/workbookOds";
import { readWorkbookOds } from "../../src/export/readOds";
import { applyMeeting } from "../../src/workbook/applyMeeting";
import { planProgress } from "../../src/workbook/caseActions";
import { sameMeaning } from "../../src/workbook/cellRules";
import { caseFromCells, caseToCells, historyFromCells, meetingFromCells, meetingToCells } from "../../src/workbook/cells";
import { canonicalInstant, instantToSerial, serialToInstant } from "../../src/workbook/excelDate";
import { emptyCase } from "../../src/workbook/model";
import { columnSpec, DATETIME_FORMAT, ROC_DATETIME_FORMAT } from "../../src/workbook/schema";
import { unwrap } from "../domain/support";
import { convertWithLibreOffice } from "../export/libreoffice";
import { fakeStore } from "./excel/support/scenario";
import { caseRow, ctx, editWithExcelJs, fileStore, loadExcelJs, m110, sheet, write } from "./xlsx/support";

const NOW = "2026-12-05T00:56:20.048Z";
/** 2026-12-05 is serial 46361; 08:56:20.048 is 32,180,048 ms into the day */
const LOCAL_SERIAL = 46361 + 32_180_048 / 86_400_000;

describe("instants ⇄ date-time serials on a zone's clock", () => {
  test.each<[string, string, string, number]>([
    ["Taipei (UTC+8)", NOW, "Asia/Taipei", LOCAL_SERIAL],
    ["UTC", NOW, "UTC", 46361 + 3_380_048 / 86_400_000],
    ["the day before in New York", NOW, "America/New_York", 46360 + (19 * 3_600_000 + 56 * 60_000 + 20_048) / 86_400_000],
    ["New York in summer time (UTC-4)", "2026-07-01T16:00:00.000Z", "America/New_York", 46204 + 0.5],
  ])("%s", (_what, iso, zone, serial) => {
    const written = instantToSerial(new Date(iso), zone);
    expect(written).toBeCloseTo(serial, 9);
    expect(serialToInstant(written ?? NaN, zone)?.toISOString()).toBe(iso);
  });

  test.each([
    ["an unknown zone", () => instantToSerial(new Date(NOW), "Mars/Olympus")],
    ["an unknown zone, back", () => serialToInstant(LOCAL_SERIAL, "Mars/Olympus")],
    ["a serial before 1900-03-01", () => serialToInstant(12.5, "Asia/Taipei")],
    ["not a number", () => serialToInstant(Number.NaN, "Asia/Taipei")],
  ])("%s gives nothing", (_what, convert) => expect(convert()).toBeUndefined());

  test.each([
    ["2022-03-18T09:00:00+08:00", "2022-03-18T01:00:00.000Z"],
    ["2022-03-31T17:30:00Z", "2022-03-31T17:30:00.000Z"],
    [NOW, NOW],
    ["下午三點", "下午三點"],
  ])("canonicalInstant(%s) is %s", (given, kept) => expect(canonicalInstant(given)).toBe(kept));
});

describe("the codec", () => {
  const meeting = { number: 110, organization: "", name: "", date: null, startTime: "", endTime: "", location: "", chair: "", recorder: "", attendees: "", sourceHash: "", importedAt: NOW };

  test("a timestamp is written as the local serial and read back as the same instant", () => {
    const cells = meetingToCells(meeting, "Asia/Taipei");
    expect(cells.importedAt).toBeCloseTo(LOCAL_SERIAL, 9);
    expect(unwrap(meetingFromCells(cells, 2, "Asia/Taipei")).importedAt).toBe(NOW);
  });

  test("設定's zone decides the clock; a zone the runtime does not know is read as Asia/Taipei", () => {
    expect(meetingToCells(meeting, "UTC").importedAt).toBeCloseTo(46361 + 3_380_048 / 86_400_000, 9);
    expect(meetingToCells(meeting, "臺北").importedAt).toBeCloseTo(LOCAL_SERIAL, 9);
  });

  test.each<[string, string | number | null, string]>([
    ["ISO text an older workbook holds", "2022-03-18T01:00:00.000Z", "2022-03-18T01:00:00.000Z"],
    ["text a person typed", "上午九點", "上午九點"],
    ["an empty cell", null, ""],
  ])("%s reads as before", (_what, cell, read) => {
    expect(unwrap(historyFromCells({ caseId: "11001", event: "新增列管", at: cell }, 2, "Asia/Taipei")).at).toBe(read);
  });

  test("text that is not an instant is written back as that text", () => {
    expect(caseToCells({ ...emptyCase("11001"), reminderSyncedAt: "上午九點" }, "Asia/Taipei").reminderSyncedAt).toBe("上午九點");
  });

  test("a number that is no date-time is refused with the cell named", () => {
    const read = caseFromCells({ caseId: "11001", reminderSyncedAt: 3 }, 4, "Asia/Taipei");
    expect(read).toMatchObject({ ok: false, error: expect.stringContaining("列管案件 第 4 列（列管案號 11001）的「提醒同步時間」不是有效的日期時間（3）") });
    expect(read.ok ? "" : failureMessage(read, "en")).toBe("“提醒同步時間” in row 4 of “列管案件” (case 11001) is not a valid date and time (3)");
  });
});

describe("sameMeaning for date-times", () => {
  const at = columnSpec("history", "at");
  test.each<[string, string | number | null, string | number | null, boolean]>([
    ["the same serial", LOCAL_SERIAL, LOCAL_SERIAL, true],
    ["within a millisecond (Excel's 15 digits)", LOCAL_SERIAL + 1e-10, LOCAL_SERIAL, true],
    ["a second apart", LOCAL_SERIAL + 1 / 86_400, LOCAL_SERIAL, false],
    ["ISO text against the serial: rewritten as a date-time", "2026-12-05T00:56:20.048Z", LOCAL_SERIAL, false],
    ["the same text", " 上午九點", "上午九點", true],
    ["both empty", null, "", true],
  ])("%s", (_what, existing, next, same) => expect(sameMeaning(at, existing, next)).toBe(same));
});

/** The 匯入時間 cell of the first 會議 row, read with exceljs. */
async function importedAtCell(bytes: Uint8Array): Promise<{ value: unknown; numFmt: string }> {
  const ws = sheet(await loadExcelJs(bytes), "會議");
  const headers = (ws.getRow(1).values as unknown[]).map((h) => (typeof h === "string" ? h : ""));
  const column = headers.indexOf("匯入時間");
  return { value: ws.getCell(2, column).value, numFmt: ws.getCell(2, column).numFmt };
}

/**
 * The workbook as LibreOffice shows it (converted to HTML: its csv export shows ROC-calendar formats in
 * the Gregorian calendar, the HTML export as the sheet does).
 */
async function shownByLibreOffice(bytes: Uint8Array): Promise<string> {
  return readFile(await convertWithLibreOffice(bytes, "book.xlsx", "html"), "utf8");
}

describe("file store", () => {
  test.each<[string, "西元" | "民國", string, string]>([
    ["西元", "西元", DATETIME_FORMAT, "2026-12-05 08:56"],
    ["民國", "民國", ROC_DATETIME_FORMAT, "115/12/05 08:56"],
  ])(
    "%s: 匯入時間 is a date-time in local time, LibreOffice shows it, and it reads back as the instant",
    async (_what, display, format, shown) => {
      const { holder, store } = fileStore();
      if (display === "民國") unwrap(await store.update(write({ settings: { dateDisplay: "民國" } })));
      unwrap(await applyMeeting(store, m110, ctx(NOW)));
      const bytes = holder.bytes ?? new Uint8Array();
      const cell = await importedAtCell(bytes);
      // exceljs gives a date-formatted number as a Date whose UTC fields are the sheet's wall clock
      expect(cell.value).toEqual(new Date(Date.UTC(2026, 11, 5, 8, 56, 20, 48)));
      expect(cell.numFmt).toBe(format);
      expect(await shownByLibreOffice(bytes)).toContain(shown);
      const data = unwrap(await store.read());
      expect(data.meetings[0]?.importedAt).toBe(NOW);
      expect(new Set(data.history.map((h) => h.at))).toEqual(new Set([NOW]));
    },
    300_000,
  );

  test("a workbook holding ISO text still reads; a case row written again gets a real date-time", async () => {
    const { holder, store } = fileStore();
    const old = "2022-03-18T01:00:00.000Z";
    unwrap(await store.update(write({ cases: [caseRow("11002")] })));
    holder.bytes = await editWithExcelJs(holder.bytes ?? new Uint8Array(), (workbook) => {
      const ws = sheet(workbook, "列管案件");
      const headers = (ws.getRow(1).values as unknown[]).map((h) => (typeof h === "string" ? h : ""));
      const cell = ws.getCell(2, headers.indexOf("提醒同步時間"));
      cell.numFmt = "@";
      cell.value = old; // as the add-in wrote it before timestamps were date-times
    });
    expect(unwrap(await store.read()).cases[0]?.reminderSyncedAt).toBe(old);

    unwrap(await store.update(planProgress("11002", "已完成招標", { now: NOW, by: "許菁芳" })));
    const ws = sheet(await loadExcelJs(holder.bytes), "列管案件");
    const headers = (ws.getRow(1).values as unknown[]).map((h) => (typeof h === "string" ? h : ""));
    const syncedAt = headers.indexOf("提醒同步時間");
    expect(ws.getCell(2, syncedAt).value).toEqual(new Date(Date.UTC(2022, 2, 18, 9, 0, 0)));
    expect(ws.getCell(2, syncedAt).numFmt).toBe(DATETIME_FORMAT);
    const data = unwrap(await store.read());
    expect(data.cases[0]?.reminderSyncedAt).toBe(old);
    expect(data.history.map((h) => h.at)).toEqual([NOW]);
  }, 60_000);
});

describe("Excel store (fake Excel)", () => {
  /** The cells of a column of a table in the fake, by header. */
  const column = (fake: ReturnType<typeof fakeStore>["fake"], table: string, header: string) => {
    const index = fake.table(table).headers().indexOf(header);
    return fake.bodyCells(table).map((row) => row[index]);
  };

  test.each<[string, "西元" | "民國", string]>([
    ["西元", "西元", DATETIME_FORMAT],
    ["民國", "民國", ROC_DATETIME_FORMAT],
  ])("%s: 匯入時間 and 記錄時間 are written as local serials with the date-time format", async (_what, display, format) => {
    const { fake, store } = fakeStore();
    if (display === "民國") unwrap(await store.update(write({ settings: { dateDisplay: "民國" } })));
    unwrap(await applyMeeting(store, m110, ctx(NOW)));
    for (const [table, header] of [
      ["會議", "匯入時間"],
      ["辦理歷程", "記錄時間"],
    ] as const) {
      const cells = column(fake, table, header);
      expect(cells.length).toBeGreaterThan(0);
      for (const cell of cells) {
        expect(cell?.value).toBeCloseTo(LOCAL_SERIAL, 9);
        expect(cell?.numberFormat).toBe(format);
      }
    }
    const data = unwrap(await store.read());
    expect(data.meetings[0]?.importedAt).toBe(NOW);
    expect(new Set(data.history.map((h) => h.at))).toEqual(new Set([NOW]));
  });

  test("ISO text typed by an older add-in still reads; the row written again gets the date-time and its format", async () => {
    const { fake, store } = fakeStore();
    unwrap(await store.update(write({ cases: [caseRow("11002")] })));
    const old = "2022-03-18T01:00:00.000Z";
    fake.type("列管案件", 0, "提醒同步時間", old);
    expect(unwrap(await store.read()).cases[0]?.reminderSyncedAt).toBe(old);
    unwrap(await store.update(planProgress("11002", "已完成招標", { now: NOW, by: "許菁芳" })));
    const [cell] = column(fake, "列管案件", "提醒同步時間");
    expect(cell?.value).toBeCloseTo(instantToSerial(new Date(old), "Asia/Taipei") ?? NaN, 9);
    expect(cell?.numberFormat).toBe(DATETIME_FORMAT);
    expect(unwrap(await store.read()).cases[0]?.reminderSyncedAt).toBe(old);
  });
});

test(".ods export: date-times in local time with a date-time style, LibreOffice shows them, read back as the instant", async () => {
  const { store } = fakeStore();
  unwrap(await applyMeeting(store, m110, ctx(NOW)));
  const data = unwrap(await store.read());
  const bytes = await writeWorkbookOds(data, NOW);
  expect(await readFile(await convertWithLibreOffice(bytes, "book.ods", "html"), "utf8")).toContain("2026-12-05 08:56");
  const back = unwrap(await readWorkbookOds(bytes));
  expect(back.meetings[0]?.importedAt).toBe(NOW);
  expect(new Set(back.history.map((h) => h.at))).toEqual(new Set([NOW]));
}, 300_000);

describe("套用到所有日期 switches the date-times too", () => {
  const toRoc = write({ settings: { dateDisplay: "民國" }, reformatDates: true });

  test("file store: 匯入時間 takes the ROC date-time format, the instant unchanged", async () => {
    const { holder, store } = fileStore();
    unwrap(await applyMeeting(store, m110, ctx(NOW)));
    unwrap(await store.update(toRoc));
    const cell = await importedAtCell(holder.bytes ?? new Uint8Array());
    expect(cell.numFmt).toBe(ROC_DATETIME_FORMAT);
    expect(unwrap(await store.read()).meetings[0]?.importedAt).toBe(NOW);
  });

  test("Excel store: 匯入時間 and 記錄時間 take the ROC date-time format", async () => {
    const { fake, store } = fakeStore();
    unwrap(await applyMeeting(store, m110, ctx(NOW)));
    unwrap(await store.update(toRoc));
    for (const [table, header] of [
      ["會議", "匯入時間"],
      ["辦理歷程", "記錄時間"],
    ] as const) {
      const index = fake.table(table).headers().indexOf(header);
      expect(new Set(fake.bodyCells(table).map((row) => row[index]?.numberFormat))).toEqual(new Set([ROC_DATETIME_FORMAT]));
    }
  });
});
