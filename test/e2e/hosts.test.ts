// Which host the built pane decides it runs in, from what office.js reports, and the language switch:
// a browser where Office.js loads outside Office, an Excel too old for ExcelApi 1.8, zh-TW ⇄ English.
import type { PaneOptions, PaneSession } from "./support/browser";
import { usePaneFixture } from "./support/fixture";
import { Pane } from "./support/pane";

jest.setTimeout(60_000);

const fixture = usePaneFixture();

async function open(options: Omit<PaneOptions, "fakeOffice">): Promise<{ pane: Pane; session: PaneSession }> {
  const session = await fixture.open(options);
  return { pane: new Pane(session.page), session };
}

test("a browser where Office.js loads but reports no host runs standalone on the file store", async () => {
  const { pane, session } = await open({ host: "browser" });
  await pane.ready();
  await pane.workbookBar().waitFor();
  await expect(session.page.getByText("獨立模式", { exact: false }).count()).resolves.toBeGreaterThan(0);
  expect(session.errors).toEqual([]);
});

test("an Excel without ExcelApi 1.8 says so instead of opening the workbook", async () => {
  const { session } = await open({ host: "excel", fakeConfig: { apiSets: { ExcelApi: "1.7" } } });
  await session.page.getByRole("alert").filter({ hasText: "ExcelApi 1.8" }).first().waitFor();
  await expect(session.page.getByRole("tab", { name: "匯入" }).count()).resolves.toBe(0);
});

test("the language switch turns the pane to English and back, and a reload keeps the choice", async () => {
  const { pane, session } = await open({ host: "offline" });
  const page = session.page;
  await pane.ready();
  const toggle = page.getByRole("button", { name: /切換語言|Switch language/ });
  await toggle.click();
  await page.getByRole("tab", { name: "Import", exact: true }).waitFor();
  for (const name of ["Cases", "Overview", "Settings"]) await expect(page.getByRole("tab", { name, exact: true }).count()).resolves.toBe(1);
  await page.reload();
  await page.getByRole("tab", { name: "Import", exact: true }).waitFor();
  await toggle.click();
  await pane.tab("匯入").waitFor();
  expect(session.errors).toEqual([]);
});

test("inside Excel the pane follows Office's display language when the user has not chosen one", async () => {
  const { session } = await open({ host: "excel", keepLanguage: true, fakeConfig: { displayLanguage: "en-US" } });
  await session.page.getByRole("tab", { name: "Import", exact: true }).waitFor();
});
