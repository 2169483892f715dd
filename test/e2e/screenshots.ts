// README screenshots from the real page: `npx tsx test/e2e/screenshots.ts [OUT_DIR]` builds the pane if
// needed (or uses the build in PANE_DIST), opens it standalone (offline, file store), imports the sample
// minutes and the 111th meeting (deadlines, so 提醒 has reminders due) and writes one PNG per tab
// (import, cases, overview, settings, reminders) into docs/screenshots/, at a task pane's size.
import { mkdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { launchChromium, openPane } from "./support/browser";
import { ROOT, ensureBuilt } from "./support/build";
import { SAMPLE_TXT } from "./support/journey";
import { Pane, type TabName } from "./support/pane";
import { serveStatic } from "./support/server";

/** A task pane in Excel on the web is about 350 px wide; tall enough to show a tab's main content. */
const VIEWPORT = { width: 360, height: 860 };
/** A meeting with deadlines, 各組室 and an outside unit, so the pictures show reminders due. */
const DEADLINES_TXT = join(ROOT, "test/fixtures/secretariat-111-deadlines.txt");

async function main(): Promise<void> {
  const out = process.argv[2] ?? join(ROOT, "docs/screenshots");
  mkdirSync(out, { recursive: true });
  const prebuilt = process.env.PANE_DIST;
  const { dist, fakeOffice } = prebuilt ? { dist: prebuilt, fakeOffice: undefined } : await ensureBuilt();
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const { page, context, errors } = await openPane(browser, { host: "offline", fakeOffice, viewport: VIEWPORT });
    const pane = new Pane(page);
    const shoot = async (tab: TabName, name: string): Promise<void> => {
      // the pane at the top, as a user opening the tab sees it (not the whole scrolled page)
      await page.evaluate(() => window.scrollTo(0, 0));
      const path = join(out, `${name}.png`);
      await page.screenshot({ path });
      console.log(`${tab.padEnd(3, "　")} → ${relative(ROOT, path)}`);
    };

    await page.goto(`${server.url}taskpane.html`);
    await pane.ready();

    await pane.openTab("匯入");
    await pane.minutesText().fill(readFileSync(SAMPLE_TXT, "utf8"));
    await pane.parse();
    // the minutes from their first line, and the review below them
    await pane.minutesText().evaluate((el) => (el.scrollTop = 0));
    await shoot("匯入", "import");
    await pane.write();
    await pane.minutesText().fill(readFileSync(DEADLINES_TXT, "utf8"));
    await pane.parse();
    await pane.write();

    await pane.openTab("案件");
    await pane.openCase("11105");
    await shoot("案件", "cases");

    await pane.openTab("總覽");
    await page.getByRole("table").first().waitFor();
    await shoot("總覽", "overview");

    await pane.openTab("設定");
    await page.getByRole("spinbutton", { name: "即將到期天數" }).waitFor();
    await shoot("設定", "settings");

    if ((await pane.tab("提醒").count()) > 0) {
      await pane.openTab("提醒");
      await shoot("提醒", "reminders");
    }
    await context.close();
    if (errors.length > 0) throw new Error(`the page reported errors:\n${errors.join("\n")}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
