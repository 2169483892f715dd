// Which host the built pane decides it runs in, from what office.js reports, and the language switch:
// a browser where Office.js loads outside Office, an Excel too old for ExcelApi 1.8, zh-TW ⇄ English.
import type { Browser } from "playwright-core";
import { launchChromium, openPane, type PaneOptions, type PaneSession } from "./support/browser";
import { ensureBuilt, type Built } from "./support/build";
import { Pane } from "./support/pane";
import { serveStatic, type StaticServer } from "./support/server";

jest.setTimeout(60_000);

let built: Built;
let server: StaticServer;
let browser: Browser;
const sessions: PaneSession[] = [];

beforeAll(async () => {
  built = await ensureBuilt();
  [server, browser] = await Promise.all([serveStatic(built.dist), launchChromium()]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  for (const session of sessions.splice(0)) await session.context.close();
});

async function open(options: Omit<PaneOptions, "fakeOffice">): Promise<{ pane: Pane; session: PaneSession }> {
  const session = await openPane(browser, { ...options, fakeOffice: built.fakeOffice });
  sessions.push(session);
  await session.page.goto(`${server.url}taskpane.html`);
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
