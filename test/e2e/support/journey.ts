// The main job end to end, as one ordered set of tests run against either host: import the sample
// minutes, review, write, see the new cases, filter by a division, close a case, reload and find it
// closed; axe on every tab and screenshots of each. The steps share one page, as a user's session does.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { COMPUTED_LABELS } from "../../../src/domain";
import { parseIcs } from "../../calendar/support";
import { axeViolations } from "./axe";
import { launchChromium, openPane, type PaneSession } from "./browser";
import { E2E_OUT, ROOT, ensureBuilt, type Built } from "./build";
import { Pane, type TabName } from "./pane";
import { serveStatic, type StaticServer } from "./server";

export const SAMPLE_TXT = join(ROOT, "test/fixtures/secretariat-110.txt");
export const SAMPLE_DOCX = join(ROOT, "test/fixtures/minutes/secretariat-110.docx");
/** the sample's new cases (meeting 110, items 1–9) and one division's case */
export const SAMPLE_CASES = ["11001", "11002", "11003", "11004", "11005", "11006", "11007", "11008", "11009"];
const DIVISION = "總務組";
const DIVISION_CASE = "11002";
const OTHER_CASE = "11001"; // 公管中心's
const PROGRESS = "已於 4 月 20 日召開宿舍借用說明會";
const NEW_DUE = "2022-04-30";
const KEYBOARD_CASE = "11004";

export interface JourneyOptions {
  readonly host: "offline" | "excel";
  /** paste the .txt into 會議紀錄, or pick the .docx with the file input */
  readonly source: "paste" | "file";
}

/** The fake Excel's document, read in the page (Excel host only). */
interface FakeRecords {
  readonly cases: Record<string, unknown>[];
  readonly views: Record<string, string[]>;
}

export function defineJourney({ host, source }: JourneyOptions): void {
  const label = host === "excel" ? "excel" : "standalone";
  let built: Built;
  let server: StaticServer;
  let browser: Browser;
  let session: PaneSession;
  let pane: Pane;

  const fakeWorkbook = (): Promise<FakeRecords> =>
    pane.page.evaluate(() => {
      const fake = window.__fakeExcel;
      if (!fake) throw new Error("no fake Excel in the page");
      return { cases: fake.records("列管案件"), views: fake.sheetViews() };
    });

  const checkTab = async (_tab: TabName, shot: string): Promise<void> => {
    // screenshots first: a failed axe check is easier to read beside a picture of the page
    await pane.screenshots(label, shot);
    expect(await axeViolations(pane.page)).toEqual([]);
  };

  beforeAll(async () => {
    built = await ensureBuilt();
    [server, browser] = await Promise.all([serveStatic(built.dist), launchChromium()]);
    session = await openPane(browser, { host, fakeOffice: built.fakeOffice, fakeConfig: { syncDelayMs: 20 } });
    pane = new Pane(session.page);
    await session.page.goto(`${server.url}taskpane.html`);
  }, 300_000);

  afterAll(async () => {
    await session?.context.close();
    await browser?.close();
    await server?.close();
  });

  test("the pane starts in its host", async () => {
    await pane.ready();
    for (const tab of ["匯入", "案件", "總覽", "設定"] as const) await expect(pane.tab(tab).isVisible()).resolves.toBe(true);
    // the workbook toolbar (new / open / download) exists only without Excel
    await expect(pane.workbookBar().count()).resolves.toBe(host === "excel" ? 0 : 1);
  });

  test(`imports the sample minutes (${source === "paste" ? "pasted text" : ".docx file"}) and shows them for review`, async () => {
    await pane.openTab("匯入");
    if (source === "paste") await pane.minutesText().fill(readFileSync(SAMPLE_TXT, "utf8"));
    else await pane.minutesFile().setInputFiles(SAMPLE_DOCX);
    await pane.parse();
    await expect(pane.includeBoxes().count()).resolves.toBe(SAMPLE_CASES.length);
    for (const id of SAMPLE_CASES) await expect(pane.include(id).isChecked()).resolves.toBe(true);
    await expect(pane.review().getByRole("textbox", { name: "主席", exact: true }).inputValue()).resolves.toBe("陳志銘"); // the chair, from the header
    await checkTab("匯入", "import");
  });

  test("writes the meeting to the workbook and reports the new cases", async () => {
    const status = await pane.write();
    expect(status).toContain(`新列管案件 ${SAMPLE_CASES.length} 案`);
    if (host === "excel") {
      const { cases } = await fakeWorkbook();
      expect(cases.map((c) => String(c["列管案號"]))).toEqual(expect.arrayContaining(SAMPLE_CASES));
    }
  });

  test("lists the new cases in 案件", async () => {
    await pane.openTab("案件");
    for (const id of SAMPLE_CASES) await pane.caseRow(id).waitFor();
  });

  test("by keyboard: arrows and Enter move between tabs, Enter on a case row opens it", async () => {
    const page = pane.page;
    await pane.tab("案件").focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await expect(pane.tab("匯入").getAttribute("aria-selected")).resolves.toBe("true");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect(pane.tab("案件").getAttribute("aria-selected")).resolves.toBe("true");
    await pane.caseRow(KEYBOARD_CASE).focus();
    await expect(pane.caseRow(KEYBOARD_CASE).evaluate((row) => row === document.activeElement || row.contains(document.activeElement))).resolves.toBe(true);
    await page.keyboard.press("Enter");
    await pane.caseDetail(KEYBOARD_CASE).waitFor();
  });

  test(`filters by a division (${DIVISION}) and remembers it as my division`, async () => {
    await pane.choose("組室", DIVISION);
    await pane.caseRow(OTHER_CASE).waitFor({ state: "detached" });
    await pane.caseRow(DIVISION_CASE).waitFor();
    const rows = await pane.caseRows().allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    // its own cases, and those for every division (各組, 各組室): the domain's membership rule
    for (const row of rows) expect(row).toMatch(new RegExp(`${DIVISION}|各組`));
    await pane.page.getByRole("checkbox", { name: "設為我的組室" }).or(pane.page.getByRole("button", { name: "設為我的組室" })).first().click();
  });

  test(`opens ${DIVISION_CASE}, adds a progress note (辦理情形) and moves its due date`, async () => {
    const detail = await pane.openCase(DIVISION_CASE);
    await detail.getByRole("textbox", { name: "辦理情形", exact: true }).fill(PROGRESS);
    await detail.getByRole("button", { name: "新增辦理情形", exact: true }).click();
    await pane.page.getByRole("status").filter({ hasText: DIVISION_CASE }).first().waitFor();
    await detail.getByRole("listitem").filter({ hasText: PROGRESS }).first().waitFor(); // in its history
    await detail.getByLabel("新期限", { exact: true }).fill(NEW_DUE);
    await detail.getByRole("button", { name: "變更期限", exact: true }).click();
    await pane.caseRow(DIVISION_CASE).filter({ hasText: /2022[-/.]0?4[-/.]30|111[-/.]0?4[-/.]30/ }).waitFor();
  });

  test(`closes ${DIVISION_CASE} (解除列管)`, async () => {
    const detail = pane.caseDetail(DIVISION_CASE);
    expect(await detail.getByRole("button", { name: "解除列管", exact: true }).isEnabled()).toBe(true);
    await pane.rule(DIVISION_CASE, "解除列管");
    await pane.page.getByRole("switch", { name: "顯示已結案" }).check(); // closed cases are hidden by default (remembered)
    await pane.caseRow(DIVISION_CASE).filter({ hasText: COMPUTED_LABELS.closed }).waitFor();
    await checkTab("案件", "cases");
  });

  test("after a reload the case is still closed and my division still chosen", async () => {
    await session.page.reload();
    await pane.ready();
    await pane.openTab("案件");
    await pane.caseRow(DIVISION_CASE).filter({ hasText: COMPUTED_LABELS.closed }).waitFor();
    await expect(pane.caseRow(OTHER_CASE).count()).resolves.toBe(0); // still only 總務組's cases
    const detail = await pane.openCase(DIVISION_CASE);
    await detail.getByRole("listitem").filter({ hasText: PROGRESS }).first().waitFor();
    if (host === "excel") {
      const { cases } = await fakeWorkbook();
      expect(cases.find((c) => String(c["列管案號"]) === DIVISION_CASE)).toEqual(expect.objectContaining({ 追蹤狀態: "解除列管" }));
    }
  });

  if (host === "offline") {
    test("下載活頁簿 gives an .xlsx with the closed case, and 開啟活頁簿 opens it in another browser profile", async () => {
      const page = session.page;
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下載活頁簿" }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      mkdirSync(join(E2E_OUT, "downloads"), { recursive: true });
      const file = join(E2E_OUT, "downloads", download.suggestedFilename());
      await download.saveAs(file);

      // the file is a real workbook: ExcelJS finds the case row, released
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      const rows: string[][] = [];
      workbook.getWorksheet("列管案件")?.eachRow((row) => rows.push(Array.isArray(row.values) ? row.values.map(String) : []));
      expect(rows.find((row) => row.includes(DIVISION_CASE))).toEqual(expect.arrayContaining(["解除列管"]));

      // a new profile (another PC, or a cleared browser) opens the downloaded file and sees the same
      const other = await openPane(browser, { host });
      try {
        const otherPane = new Pane(other.page);
        await other.page.goto(`${server.url}taskpane.html`);
        await otherPane.ready();
        const [chooser] = await Promise.all([other.page.waitForEvent("filechooser"), other.page.getByRole("button", { name: "開啟活頁簿", exact: true }).click()]);
        await chooser.setFiles(file);
        await other.page.getByRole("status").filter({ hasText: "已開啟" }).first().waitFor();
        await otherPane.openTab("案件");
        await other.page.getByRole("switch", { name: "顯示已結案" }).check();
        await otherPane.caseRow(DIVISION_CASE).filter({ hasText: COMPUTED_LABELS.closed }).waitFor();
        await otherPane.caseRow(OTHER_CASE).waitFor(); // no division remembered in that profile
        expect(other.errors).toEqual([]);
      } finally {
        await other.context.close();
      }
    });
  }

  test("總覽 counts per division", async () => {
    await pane.openTab("總覽");
    await pane.page.getByRole("table").first().waitFor();
    await pane.page.getByRole("img").filter({ has: pane.page.locator("svg") }).or(pane.page.locator('svg[role="img"]')).first().waitFor();
    const show = pane.page.getByRole("button", { name: `在工作表中顯示 ${DIVISION}` });
    if (host === "excel") {
      await show.click();
      await pane.page.getByRole("status").filter({ hasText: /已切換到個人工作表檢視|已更新/ }).first().waitFor();
      const { views } = await fakeWorkbook();
      expect(Object.values(views).flat().length).toBeGreaterThan(0);
    } else {
      // standalone has no sheet to show: the button is absent or disabled
      expect((await show.count()) === 0 || (await show.isDisabled())).toBe(true);
    }
    await checkTab("總覽", "overview");
  });

  test("設定 shows the registry and the numbers", async () => {
    await pane.openTab("設定");
    await pane.page.getByRole("spinbutton", { name: "即將到期天數" }).waitFor();
    await pane.page.getByRole("button", { name: "新增組室" }).waitFor();
    await checkTab("設定", "settings");
  });

  test("提醒 says what needs a reminder and 下載 .ics gives one event per such case", async () => {
    // 11002 reopened: an open case with the deadline moved above (the sample's cases have none of their own)
    await pane.openTab("案件");
    await pane.openCase(DIVISION_CASE);
    await pane.rule(DIVISION_CASE, "恢復列管");
    await pane.openTab("提醒");
    const dueLine = pane.page.getByText(/個未結案件有期限/);
    await dueLine.waitFor();
    const due = Number(/(\d+) 個未結案件有期限/.exec((await dueLine.textContent()) ?? "")?.[1]);
    expect(due).toBeGreaterThanOrEqual(1);
    const [download] = await Promise.all([pane.page.waitForEvent("download"), pane.page.getByRole("button", { name: "下載 .ics" }).click()]);
    expect(download.suggestedFilename()).toMatch(/-提醒\.ics$/);
    mkdirSync(join(E2E_OUT, "downloads"), { recursive: true });
    const file = join(E2E_OUT, "downloads", `${label}-${download.suggestedFilename()}`);
    await download.saveAs(file);
    const calendar = parseIcs(readFileSync(file, "utf8"));
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("會議列管");
    const events = calendar.getAllSubcomponents("vevent");
    expect(events).toHaveLength(due);
    const reopened = events.find((e) => String(e.getFirstPropertyValue("summary")).includes(DIVISION_CASE));
    expect(String(reopened?.getFirstPropertyValue("dtstart"))).toBe(NEW_DUE);
    await pane.page.getByRole("status").filter({ hasText: `已下載 ${due} 個提醒的 .ics` }).first().waitFor();
    await checkTab("提醒", "reminders");
  });

  test("no page errors and no request left the machine", () => {
    expect(session.errors).toEqual([]);
    expect(session.refused).toEqual([]);
  });
}
