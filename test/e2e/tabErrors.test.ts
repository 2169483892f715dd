// Error paths beyond 匯入 (problems.test.ts), each in both languages, in the standalone pane: the workbook
// bar opening a file that is not a workbook (the file store's problem, worded by the shared catalogue) and
// 設定 refusing a day count. The English pane shows no Chinese in the message but for the names the user
// gave (quoted), and the zh-TW pane no English sentence.
import type { Page } from "playwright-core";
import { usePaneFixture } from "./support/fixture";
import { chineseIn, englishIn, toEnglish } from "./support/language";
import { Pane } from "./support/pane";

jest.setTimeout(120_000);

const fixture = usePaneFixture();


async function alertText(page: Page): Promise<string> {
  const alert = page.getByRole("alert").filter({ hasText: /\S/u });
  await alert.first().waitFor();
  return (await alert.first().innerText()).trim();
}

/** Picks `bytes` as `name` through the workbook bar's open button. */
async function openFile(page: Page, button: string, name: string, bytes: Buffer): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: button, exact: true }).click()]);
  await chooser.setFiles({ name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bytes });
}

const NOT_A_WORKBOOK = Buffer.from("these are notes, not a spreadsheet\n", "utf8");

describe("the workbook bar: a file that is not a workbook", () => {
  test("zh-TW", async () => {
    const session = await fixture.open({ host: "offline" });
    await new Pane(session.page).ready();
    await openFile(session.page, "開啟活頁簿", "notes.xlsx", NOT_A_WORKBOOK);
    const text = await alertText(session.page);
    expect(text).toContain("「notes.xlsx」不是 Excel 活頁簿（.xlsx）：內容不是 .xlsx 的壓縮格式");
    expect(englishIn(text)).toBe("");
    expect(session.errors).toEqual([]);
  });

  test("English", async () => {
    const session = await fixture.open({ host: "offline" });
    await new Pane(session.page).ready();
    await toEnglish(session.page);
    await openFile(session.page, "Open workbook", "notes.xlsx", NOT_A_WORKBOOK);
    const text = await alertText(session.page);
    expect(text).toContain("“notes.xlsx” is not an Excel workbook (.xlsx): its content is not the zip form of an .xlsx");
    expect(chineseIn(text)).toBe("");
    expect(session.errors).toEqual([]);
  });
});

describe("設定: a day count that is not a whole number", () => {
  async function newWorkbook(page: Page, button: string): Promise<void> {
    await page.getByRole("button", { name: button, exact: true }).click();
    await page.getByRole("status").filter({ hasText: /\S/u }).first().waitFor();
  }

  test("zh-TW", async () => {
    const session = await fixture.open({ host: "offline" });
    const pane = new Pane(session.page);
    await pane.ready();
    await newWorkbook(session.page, "新建活頁簿");
    await pane.openTab("設定");
    await session.page.getByRole("spinbutton", { name: "即將到期天數" }).or(session.page.getByRole("textbox", { name: "即將到期天數" })).fill("-2");
    await session.page.getByRole("button", { name: "儲存設定", exact: true }).click();
    const text = await alertText(session.page);
    expect(text).toContain("即將到期天數「-2」不正確：應為 0 以上的整數");
    expect(englishIn(text)).toBe("");
    expect(session.errors).toEqual([]);
  });

  test("English", async () => {
    const session = await fixture.open({ host: "offline" });
    const pane = new Pane(session.page);
    await pane.ready();
    await toEnglish(session.page);
    await newWorkbook(session.page, "New workbook");
    await session.page.getByRole("tab", { name: "Settings", exact: true }).click();
    await session.page.getByRole("spinbutton", { name: "Due-soon days" }).or(session.page.getByRole("textbox", { name: "Due-soon days" })).fill("-2");
    await session.page.getByRole("button", { name: "Save settings", exact: true }).click();
    const text = await alertText(session.page);
    expect(text).toContain('Due-soon days "-2" is not valid: use a whole number, 0 or more');
    expect(chineseIn(text)).toBe("");
    expect(session.errors).toEqual([]);
  });
});
