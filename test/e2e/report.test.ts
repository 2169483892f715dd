// 報告 in the standalone pane: a division enters progress and a proposal for two cases in 本次填報, the
// secretary downloads the 辦理情形 report (.odt, checked), and a reload keeps the entries. In Excel (the
// fake host): 「寫入工作表」 writes the report to its own sheet, and writing again replaces it.
import { readFileSync } from "node:fs";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { usePaneFixture } from "./support/fixture";
import { SAMPLE_TXT } from "./support/journey";
import { Pane } from "./support/pane";

jest.setTimeout(120_000);

const fixture = usePaneFixture();

const reportTab = (page: Page) => page.getByRole("tab", { name: "報告", exact: true });
const entryList = (page: Page) => page.getByRole("list", { name: "本次填報" });

async function openReport(page: Page): Promise<void> {
  await reportTab(page).click();
  await page.getByRole("heading", { name: "本次填報" }).waitFor();
}

test("a division's 填報 for two cases, the report downloaded, the entries kept after a reload", async () => {
  const session = await fixture.open({ host: "offline" });
  const { page } = session;
  const pane = new Pane(page);
  await pane.ready();
  await pane.openTab("匯入");
  await pane.minutesText().fill(readFileSync(SAMPLE_TXT, "utf8"));
  await pane.parse();
  await pane.write();

  await openReport(page);
  await page.getByRole("combobox", { name: "填報組室" }).selectOption({ label: "總務組" });
  const buttons = entryList(page).getByRole("button");
  await buttons.first().waitFor();
  const before = await buttons.count();
  expect(before).toBeGreaterThanOrEqual(2);
  const ids: string[] = [];
  for (const [i, proposal] of (["建議解除列管", "建議賡續列管"] as const).entries()) {
    const button = buttons.first();
    const id = /^(\d+)：/u.exec((await button.textContent()) ?? "")?.[1] ?? "";
    ids.push(id);
    await button.click();
    const form = page.getByRole("group", { name: `本次填報 ${id}` });
    await form.getByRole("textbox").first().fill(`第 ${i + 1} 案已辦理完成並回報`);
    await form.getByRole("radio", { name: proposal }).check();
    if (proposal === "建議賡續列管") await form.getByRole("textbox", { name: /建議新期限/ }).fill("2022-06-30");
    await form.getByRole("button", { name: "儲存填報" }).click();
    await page.getByRole("status").filter({ hasText: `已儲存列管案號 ${id} 向第 111 次會議的填報` }).first().waitFor();
  }
  await expect(buttons.count()).resolves.toBe(before - 2);

  const table = page.getByRole("table", { name: "第 111 次處務會議 上次會議結論事項辦理情形" });
  for (const [i, id] of ids.entries()) {
    await expect(table.getByRole("row").filter({ hasText: id }).first().textContent()).resolves.toContain(`【總務組】第 ${i + 1} 案已辦理完成並回報`);
  }

  // 「寫入工作表」 is Excel's: the standalone pane has no sheet to write
  await expect(page.getByRole("button", { name: "寫入工作表" }).count()).resolves.toBe(0);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下載報告" }).click()]);
  expect(download.suggestedFilename()).toBe("第111次處務會議辦理情形.odt");
  const path = await download.path();
  const zip = await JSZip.loadAsync(readFileSync(path));
  const content = (await zip.file("content.xml")?.async("string")) ?? "";
  expect(content).toContain("第 111 次處務會議 上次會議結論事項辦理情形");
  expect(content).toContain("第 1 案已辦理完成並回報");
  expect(content).toContain("建議賡續列管（新期限 民國111年6月30日）");
  expect(content).toContain("未填報");

  await page.reload();
  await pane.ready();
  await openReport(page);
  // my division is remembered, and the two cases no longer wait for an entry
  await expect(page.getByRole("combobox", { name: "填報組室" }).inputValue()).resolves.toBe("總務組");
  await entryList(page).waitFor();
  await expect(entryList(page).getByRole("button").count()).resolves.toBe(before - 2);
  for (const [i, id] of ids.entries()) {
    await expect(table.getByRole("row").filter({ hasText: id }).first().textContent()).resolves.toContain(`第 ${i + 1} 案已辦理完成並回報`);
  }
});

/** The fake Excel's cells of one sheet as text, read from the copy the fake host keeps in localStorage. */
function sheetTexts(page: Page, sheet: string): Promise<string[] | null> {
  return page.evaluate((name) => {
    const stored = JSON.parse(localStorage.getItem("fakeExcel.workbook") ?? "{}") as { sheets?: { name: string; cells: [number, [number, { value: unknown }][]][] }[] };
    const found = stored.sheets?.find((s) => s.name === name);
    return found ? found.cells.flatMap(([, row]) => row.map(([, cell]) => String(cell.value))) : null;
  }, sheet);
}

test("in Excel, 寫入工作表 writes the report to its own sheet and replaces it when written again", async () => {
  const { page } = await fixture.open({ host: "excel" });
  const pane = new Pane(page);
  await pane.ready();
  await pane.openTab("匯入");
  await pane.minutesText().fill(readFileSync(SAMPLE_TXT, "utf8"));
  await pane.parse();
  await page.getByRole("button", { name: "寫入活頁簿", exact: true }).click();
  const cases = () => page.evaluate(() => (window.__fakeExcel?.tableNames().includes("列管案件") ? window.__fakeExcel.records("列管案件").length : 0));
  for (const deadline = Date.now() + 30_000; (await cases()) < 9; ) {
    // the first write may ask who records it (記錄者), once
    const ask = page.getByRole("dialog");
    if (await ask.isVisible()) {
      await ask.getByRole("textbox").first().fill("許菁芳");
      await ask.getByRole("button").filter({ hasText: /儲存|繼續|確定/ }).first().click();
    }
    if (Date.now() > deadline) throw new Error(`the sample's cases never reached the fake workbook:\n${await page.locator("body").innerText()}`);
    await page.waitForTimeout(200);
  }

  await openReport(page);
  const schemaTables = () => page.evaluate(() => JSON.stringify((window.__fakeExcel?.tableNames() ?? []).map((name) => [name, window.__fakeExcel?.records(name)])));
  const tablesBefore = await schemaTables();
  const write = page.getByRole("button", { name: "寫入工作表" });
  await write.click();
  await page.getByRole("status").filter({ hasText: "已寫入新工作表「辦理情形 第111次」" }).first().waitFor();
  const texts = (await sheetTexts(page, "辦理情形 第111次")) ?? [];
  expect(texts).toContain("第 111 次處務會議 上次會議結論事項辦理情形");
  const table = page.getByRole("table", { name: "第 111 次處務會議 上次會議結論事項辦理情形" });
  const ids = (await table.getByRole("row").allTextContents()).slice(1).map((row) => /^\d+/u.exec(row)?.[0] ?? "");
  expect(ids.length).toBeGreaterThan(0);
  for (const id of ids) expect(texts).toContain(id);
  // the schema's tables are as the import left them
  await expect(schemaTables()).resolves.toBe(tablesBefore);

  await write.click();
  await page.getByRole("status").filter({ hasText: "已更新工作表「辦理情形 第111次」" }).first().waitFor();
  const sheets = await page.evaluate(() => Object.keys(window.__fakeExcel?.sheetViews() ?? {}));
  expect(sheets.filter((name) => name.startsWith("辦理情形"))).toEqual(["辦理情形 第111次"]);
});
