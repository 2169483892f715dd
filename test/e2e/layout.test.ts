// The pane fits a task pane: on every tab, at 320 px and at 1280 px, in zh-TW and in English, no two
// controls overlap and no text wraps one character a line; the tab list shows every tab. Standalone
// (file store), after importing the sample and a meeting with deadlines, 各組室 and an outside unit.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium, openPane, type PaneSession } from "./support/browser";
import { ROOT, ensureBuilt } from "./support/build";
import { SAMPLE_TXT } from "./support/journey";
import { layoutProblems, type LayoutProblem } from "./support/layout";
import { Pane } from "./support/pane";
import { serveStatic, type StaticServer } from "./support/server";

jest.setTimeout(240_000);

// The shared build, or one made already (PANE_DIST), e.g. while other work keeps the shared one busy.
let server: StaticServer;
let browser: Browser;
const sessions: PaneSession[] = [];
beforeAll(async () => {
  const dist = process.env.PANE_DIST ?? (await ensureBuilt()).dist;
  [server, browser] = await Promise.all([serveStatic(dist), launchChromium()]);
}, 600_000);
afterAll(async () => {
  for (const session of sessions) await session.context.close();
  await browser?.close();
  await server?.close();
});
const DEADLINES_TXT = join(ROOT, "test/fixtures/secretariat-111-deadlines.txt");
const WIDTHS = [320, 1280] as const;

/** Every tab, each at both widths, with the problems found (empty when the layout holds). */
async function measureTabs(page: Page, language: string): Promise<Record<string, LayoutProblem[]>> {
  const found: Record<string, LayoutProblem[]> = {};
  const tabs = page.getByRole("tab");
  const count = await tabs.count();
  for (let i = 0; i < count; i++) {
    const tab = tabs.nth(i);
    const name = (await tab.innerText()).trim() || String(i);
    await tab.click();
    await page.waitForFunction((el) => el?.getAttribute("aria-selected") === "true", await tab.elementHandle());
    if (i === 1) {
      // 案件 with a case open, its detail and actions included; closed cases shown too
      await page.getByRole("switch").first().check();
      await page.locator("tr[data-case-id]").first().click();
      await page.getByRole("region").filter({ has: page.getByRole("heading", { level: 2 }) }).first().waitFor();
    }
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.evaluate(() => new Promise(requestAnimationFrame));
      // every tab stays on screen: the list wraps rather than scrolls out of sight
      const offscreen = await tabs.evaluateAll((all) => all.filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1).map((el) => el.textContent));
      found[`${language} ${width}px ${name}`] = [
        ...(await layoutProblems(page)),
        ...offscreen.map((tabName) => ({ kind: "overlap" as const, what: `tab「${tabName}」is off screen` })),
      ];
    }
    await page.setViewportSize({ width: 320, height: 900 });
  }
  return found;
}

test("every tab fits at 320 px and 1280 px in zh-TW and English", async () => {
  const session = await openPane(browser, { host: "offline", viewport: { width: 320, height: 900 } });
  sessions.push(session);
  const page = session.page;
  await page.goto(`${server.url}taskpane.html`);
  const pane = new Pane(page);
  await pane.ready();

  // zh-TW: the sample minutes reviewed (measured with the review open), then written
  await pane.openTab("匯入");
  await pane.minutesText().fill(readFileSync(SAMPLE_TXT, "utf8"));
  await pane.parse();
  const reviewZh = await layoutProblems(page);
  await pane.write();
  await pane.minutesText().fill(readFileSync(DEADLINES_TXT, "utf8"));
  await pane.parse();
  await pane.write();
  const zh = await measureTabs(page, "zh-TW");

  await page.getByRole("button", { name: /切換語言/ }).click();
  await page.getByRole("tab", { name: "Import", exact: true }).click();
  await page.getByRole("textbox", { name: "Minutes", exact: true }).fill(readFileSync(DEADLINES_TXT, "utf8"));
  await page.getByRole("button", { name: "Parse", exact: true }).click();
  await page.getByRole("region", { name: /review/i }).first().waitFor();
  const reviewEn = await layoutProblems(page);
  const en = await measureTabs(page, "en");

  expect({ "zh-TW review": reviewZh, ...zh, "en review": reviewEn, ...en }).toEqual(
    Object.fromEntries(Object.keys({ "zh-TW review": 0, ...zh, "en review": 0, ...en }).map((key) => [key, []])),
  );
  expect(Object.keys(zh)).toHaveLength((await page.getByRole("tab").count()) * WIDTHS.length);
  expect(session.errors).toEqual([]);
});
