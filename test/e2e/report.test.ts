// 報告 in the standalone pane: a division enters progress and a proposal for two cases in 本次填報, the
// secretary downloads the 辦理情形 report (.odt, checked), and a reload keeps the entries.
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
