// Each tab's error paths in both languages, in (fake) Excel: every path below is really taken and its
// message asserted, and the message holds no Chinese in the English pane (but quoted input and the names
// DESIGN.md keeps) and no English words in the zh-TW pane (but quoted data and product names). 案件: an
// empty progress note, a due date that does not exist, a note longer than a cell holds (the service's
// refusal); 報告: a report for meeting 1 (refused by the report core), its sheet refused by Excel, and on a
// new workbook nothing to report; 提醒: the .ics export refused (Excel fails its read); 總覽: a 時區 in 設定
// the pane cannot use (the as-of warning), then a 基準日 that is not a date (the workbook is not read). (匯入, the workbook bar and 設定: problems.test.ts,
// tabErrors.test.ts; the 提醒 tab's sign-in and Graph failures: remindersSignIn.test.ts.)
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { usePaneFixture } from "./support/fixture";
import { SAMPLE_TXT } from "./support/journey";
import { alertWith, foreignIn, toEnglish } from "./support/language";
import { Pane } from "./support/pane";

jest.setTimeout(180_000);

const fixture = usePaneFixture();

type Language = "zh-TW" | "en";

/** The pane's words these steps click and read, per language (src/taskpane/i18n, the tabs' own words). */
const WORDS = {
  "zh-TW": {
    tabs: { cases: "案件", overview: "總覽", report: "報告", reminders: "提醒" },
    caseRegion: "案件 11002",
    progress: "辦理情形",
    addProgress: "新增辦理情形",
    newDue: "新期限",
    moveDue: "變更期限",
    reportMeeting: "向第幾次會議填報",
    toSheet: "寫入工作表",
    downloadIcs: "下載 .ics",
    newWorkbook: "新建活頁簿",
  },
  en: {
    tabs: { cases: "Cases", overview: "Overview", report: "Report", reminders: "Reminders" },
    caseRegion: "Case 11002",
    progress: "Progress note",
    addProgress: "Add progress note",
    newDue: "New due date",
    moveDue: "Move due date",
    reportMeeting: "Reporting to meeting",
    toSheet: "Write to a sheet",
    downloadIcs: "Download .ics",
    newWorkbook: "New workbook",
  },
} as const;

/** What each path must say, per language. */
const EXPECTED = {
  "zh-TW": {
    emptyProgress: "請輸入辦理情形",
    badDue: "11002 的期限「2022-13-45」不是有效日期",
    tooLong: "辦理情形有 33000 字，超過 Excel 儲存格上限 32767 字",
    meetingOne: "會議次別應為大於 1 的整數，卻是「1」",
    sheetRefused: "Excel 無法寫入報告工作表：「GeneralException: An internal error has occurred.」",
    nothingYet: "活頁簿還沒有任何會議或案件：請先匯入會議紀錄，或指定會議次別",
    zone: "活頁簿「設定」的時區「Mars/Olympus」不正確：應為 IANA 時區名稱，例如 Asia/Taipei；暫以 Asia/Taipei 計算今天",
    asOf: "無法讀取活頁簿：設定 第 1 列的「基準日」應為日期，卻是「下週一」",
    ics: "無法匯出 .ics：Excel 無法完成這項操作：「GeneralException: An internal error has occurred.」",
  },
  en: {
    emptyProgress: "Enter a progress note",
    badDue: 'The due date "2022-13-45" of 11002 is not a valid date',
    tooLong: "the progress note has 33000 characters, more than an Excel cell holds (32767)",
    meetingOne: "the meeting number must be a whole number greater than 1, not “1”",
    sheetRefused: "Excel could not write the report sheet: “GeneralException: An internal error has occurred.”",
    nothingYet: "the workbook has no meeting or case yet: import minutes first, or give a meeting number",
    zone: "the time zone “Mars/Olympus” in the workbook's 設定 is not an IANA zone such as Asia/Taipei; today is taken in Asia/Taipei meanwhile",
    asOf: "Could not read the workbook: “基準日” in row 1 of “設定” must be a date, not “下週一”",
    ics: "Could not export the .ics: Excel could not complete the operation: “GeneralException: An internal error has occurred.”",
  },
} as const;

/** Reads an alert that must say `expected`, and checks it holds nothing of the other language. */
async function expectAlert(page: Page, language: Language, expected: string): Promise<void> {
  const text = await alertWith(page, expected);
  expect(text).toContain(expected);
  expect(foreignIn(text, language)).toBe("");
}

async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  await tab.click();
  await page.waitForFunction((el) => el?.getAttribute("aria-selected") === "true", await tab.elementHandle());
}

/** Waits until the pane has stopped talking to Excel (no sync for a while), so the next sync is the next action's. */
async function settled(page: Page): Promise<void> {
  let last = -1;
  for (;;) {
    const now = await page.evaluate(() => window.__fakeExcel?.syncs() ?? 0);
    if (now === last) return;
    last = now;
    await page.waitForTimeout(500);
  }
}

/** Excel fails the next `count` syncs with an internal error, as it does now and then. */
async function failSyncs(page: Page, count: number): Promise<void> {
  await page.evaluate((n) => {
    if (!window.__fakeExcel) throw new Error("no fake Excel in the page");
    window.__fakeExcel.failSyncs(n, "GeneralException", "An internal error has occurred.");
  }, count);
}

/**
 * Changes cells of the fake Excel's stored document: the cell under each header named in `edits` (the
 * 設定 table's one row), as a user typing in the sheet would. The pane reads them after a reload.
 */
async function editStoredCells(page: Page, edits: Readonly<Record<string, string | number>>): Promise<void> {
  const changed = await page.evaluate((wanted) => {
    type Cell = { value: unknown; formula?: string };
    type Snapshot = { sheets: { name: string; cells: [number, [number, Cell][]][] }[] };
    const key = "fakeExcel.workbook";
    const snapshot = JSON.parse(localStorage.getItem(key) ?? "null") as Snapshot | null;
    if (snapshot === null) throw new Error("no stored fake workbook");
    const done = new Set<string>();
    // the 設定 sheet only: other sheets (the 說明 sheet's column list) name the same headers
    for (const sheet of snapshot.sheets.filter((s) => s.name === "設定")) {
      const rows = new Map(sheet.cells.map(([row, cells]) => [row, cells]));
      for (const [row, cells] of sheet.cells) {
        for (const [col, cell] of cells) {
          const header = typeof cell.value === "string" ? cell.value : "";
          if (!(header in wanted) || done.has(header)) continue;
          const below = rows.get(row + 1)?.find(([c]) => c === col);
          if (below === undefined) continue;
          below[1].value = wanted[header];
          delete below[1].formula; // typed over: a value, no longer =TODAY()
          done.add(header);
        }
      }
    }
    localStorage.setItem(key, JSON.stringify(snapshot));
    return [...done];
  }, edits);
  expect(changed.sort()).toEqual(Object.keys(edits).sort());
}

describe.each<Language>(["zh-TW", "en"])("%s", (language) => {
  const words = WORDS[language];
  const expected = EXPECTED[language];

  test("案件, 報告, 提醒 and 總覽: each error path in the pane's language", async () => {
    const session = await fixture.open({ host: "excel" });
    const page = session.page;
    const pane = new Pane(page);
    await pane.ready();
    // the sample meeting, written as a secretary would (zh-TW), then the language under test
    await pane.minutesText().fill(readFileSync(SAMPLE_TXT, "utf8"));
    await pane.parse();
    await pane.write();
    if (language === "en") await toEnglish(page);

    // 案件: refused in the pane (empty note, a date that does not exist) and by the service (too long)
    await openTab(page, words.tabs.cases);
    await page.getByRole("table").or(page.getByRole("grid")).first().getByRole("row", { name: /(^|\D)11002(\D|$)/u }).click();
    const detail = page.getByRole("region", { name: words.caseRegion, exact: true });
    await detail.waitFor();
    await detail.getByRole("button", { name: words.addProgress, exact: true }).click();
    await expectAlert(page, language, expected.emptyProgress);
    await detail.getByRole("textbox", { name: words.newDue }).first().fill("2022-13-45");
    await detail.getByRole("button", { name: words.moveDue, exact: true }).click();
    await expectAlert(page, language, expected.badDue);
    await detail.getByRole("textbox", { name: words.progress, exact: true }).first().fill("辦".repeat(33_000));
    await detail.getByRole("button", { name: words.addProgress, exact: true }).click();
    await expectAlert(page, language, expected.tooLong);

    // 報告: meeting 1 has no earlier meeting to report on
    await openTab(page, words.tabs.report);
    await page.getByRole("textbox", { name: words.reportMeeting, exact: true }).fill("1");
    await expectAlert(page, language, expected.meetingOne);
    // the next meeting's report, its sheet refused by Excel
    await page.getByRole("textbox", { name: words.reportMeeting, exact: true }).fill("");
    await settled(page);
    await failSyncs(page, 1);
    await page.getByRole("button", { name: words.toSheet, exact: true }).click();
    await expectAlert(page, language, expected.sheetRefused);

    // 提醒: the .ics export refused: Excel fails the export's read of the workbook (the key exists since the
    // import, so the export writes nothing)
    await openTab(page, words.tabs.reminders);
    await settled(page);
    await failSyncs(page, 2);
    await page.getByRole("button", { name: words.downloadIcs, exact: true }).click();
    await expectAlert(page, language, expected.ics);

    // 總覽: a 時區 the pane cannot use, typed into 設定 in the sheet
    await editStoredCells(page, { 時區: "Mars/Olympus" });
    await page.reload();
    await page.getByRole("tab", { name: words.tabs.overview, exact: true }).waitFor();
    await openTab(page, words.tabs.overview);
    const warning = page.getByTestId("as-of-warning");
    await warning.waitFor();
    const zoneText = (await warning.innerText()).trim();
    expect(zoneText).toBe(expected.zone);
    expect(foreignIn(zoneText, language)).toBe("");

    // 總覽: a 基準日 typed into 設定 that is not a date: the workbook is not read, and the pane says why
    await editStoredCells(page, { 基準日: "下週一" });
    await page.reload();
    await page.getByRole("tab", { name: words.tabs.overview, exact: true }).waitFor();
    await openTab(page, words.tabs.overview);
    await expectAlert(page, language, expected.asOf);
    expect(session.errors).toEqual([]);
  });

  test("報告 on a new workbook: nothing to report yet", async () => {
    const session = await fixture.open({ host: "offline" });
    const page = session.page;
    await new Pane(page).ready();
    if (language === "en") await toEnglish(page);
    await page.getByRole("button", { name: words.newWorkbook, exact: true }).click();
    await page.getByRole("status").filter({ hasText: /\S/u }).first().waitFor();
    await openTab(page, words.tabs.report);
    await expectAlert(page, language, expected.nothingYet);
    expect(session.errors).toEqual([]);
  });
});

describe("the language check itself", () => {
  test.each<[string, Language, string]>([
    ["the time zone “火星” in the workbook's 設定 is wrong", "en", ""],
    ["the ruling 解除列管 of 第 111 次", "en", "第 次"],
    ["無法登入 Microsoft 365：「AADSTS50020」", "zh-TW", ""],
    ["讀取行事曆失敗：Microsoft Graph 回應 403：「ErrorAccessDenied: Access is denied.」（/me/calendars）", "zh-TW", ""],
    ["同步失敗：could not sign in", "zh-TW", "could not sign in"],
  ])("%s (%s) → %j", (text, language, foreign) => {
    expect(foreignIn(text, language)).toBe(foreign);
  });
});
