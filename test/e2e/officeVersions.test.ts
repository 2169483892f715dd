// The Excel and Outlook that agencies actually run (#17), in Chromium against the built pages:
// - old webviews: with Trident's and EdgeHTML's user agents the inline guard's message shows (zh-TW and
//   English), the pane does not start, nothing throws; the ribbon command completes after its notice;
//   every inline script the build ships parses as ES5; current Chromium and Chromium Edge load as before;
// - a slow Excel start: office.js answers after 6 s on a page Office opened (_host_Info in the URL); the
//   pane says it is connecting, then writes to the fake Excel workbook and never opens IndexedDB;
// - downloads in Excel desktop: the .ics goes to the default browser through openBrowserWindow and the
//   save page there downloads it;
// - 更新狀態 whose dialog cannot open: the command completes and the open pane shows its report.
import { parse } from "acorn";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { parseIcs } from "../calendar/support";
import { OFFICE_JS, launchChromium, openPane, type PaneSession } from "./support/browser";
import { ROOT, ensureBuilt, type Built } from "./support/build";
import { Pane } from "./support/pane";
import { serveStatic, type StaticServer } from "./support/server";

jest.setTimeout(120_000);

const UA = {
  trident: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko",
  edgehtml: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; WebView/3.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
  chromiumEdge: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91",
} as const;

const HOST_INFO = "_host_Info=Excel$Win32$16.01$zh-TW$$$$0";

/**
 * An office.js for the old-webview pages that records what the guard asks of Office: the command it
 * associates, the dialogs it opens (which answer 確定 at once, or fail when __dialogFails is set), and
 * messageParent. onReady reports Excel on Windows, as Office 2019 would.
 */
const RECORDING_OFFICE = `
window.__office = { associated: [], dialogs: [], closed: 0, messages: [] };
window.Office = {
  onReady: function () { return Promise.resolve({ host: "Excel", platform: "PC" }); },
  actions: { associate: function (name, handler) { window.__office.associated.push(name); window.__office.handler = handler; } },
  context: { ui: {
    displayDialogAsync: function (url, options, callback) {
      window.__office.dialogs.push(url);
      if (window.__dialogFails) { callback({ status: "failed", error: { code: 12007, message: "busy" } }); return; }
      callback({ status: "succeeded", value: {
        addEventHandler: function (type, handler) { if (type === "dialogMessageReceived") setTimeout(function () { handler({ message: "close" }); }, 20); },
        close: function () { window.__office.closed += 1; }
      } });
    },
    messageParent: function (message) { window.__office.messages.push(message); }
  } }
};`;

const NOT_IN_OFFICE = `window.Office = { onReady: function () { return Promise.resolve({ host: null, platform: null }); }, context: { requirements: { isSetSupported: function () { return false; } } } };`;

let built: Built;
let server: StaticServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

/**
 * The shared build (support/build.ts), unless E2E_PREBUILT names a directory holding a production build
 * in dist/ and the fake office.js in fakeHost/ made beforehand (for a machine so loaded that the shared
 * build's time limit is hit).
 */
async function build(): Promise<Built> {
  const prebuilt = process.env.E2E_PREBUILT;
  if (!prebuilt) return ensureBuilt();
  return { dist: join(prebuilt, "dist"), fakeOffice: join(prebuilt, "fakeHost/fake-office.js"), rebuilt: [] };
}

beforeAll(async () => {
  built = await build();
  [server, browser] = await Promise.all([serveStatic(built.dist), launchChromium()]);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

interface Opened {
  readonly page: Page;
  readonly errors: string[];
}

/** A page with the given user agent and office.js, at `path` on the test server. */
async function openAs(userAgent: string | undefined, officeJs: string, path: string): Promise<Opened> {
  const context = await browser.newContext({ locale: "zh-TW", viewport: { width: 360, height: 800 }, ...(userAgent ? { userAgent } : {}) });
  contexts.push(context);
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_JS)) return route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs });
    const { hostname } = new URL(url);
    return hostname === "127.0.0.1" || url.startsWith("blob:") || url.startsWith("data:") ? route.continue() : route.abort("internetdisconnected");
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => void (message.type() === "error" && errors.push(`console: ${message.text()}`)));
  await page.goto(`${server.url}${path}`);
  return { page, errors };
}

describe("old webviews (Office 2016/2019 volume editions, retail without WebView2)", () => {
  test.each([
    ["Trident (IE11)", UA.trident, "Internet Explorer 11"],
    ["EdgeHTML (Edge Legacy)", UA.edgehtml, "Microsoft Edge Legacy"],
  ])("in %s the task pane says what to do instead of 載入中… forever", async (_name, userAgent, engine) => {
    const { page, errors } = await openAs(userAgent, RECORDING_OFFICE, `taskpane.html?${HOST_INFO}`);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const text = (await alert.textContent()) ?? "";
    expect(text).toContain("會議列管無法在此版本的 Office 執行");
    expect(text).toContain("Minutes Tracker cannot run in this version of Office");
    expect(text).toContain(engine);
    expect(text).toContain("Excel 網頁版");
    expect(text).toContain("Microsoft 365");
    // the standalone page's address, without Office's parameter
    expect(text).toContain(`${server.url}taskpane.html`);
    expect(text).not.toContain("_host_Info");
    // the bundle ran (Chromium parses it) but stayed out of the way
    await page.waitForTimeout(1500);
    await expect(page.getByRole("tab", { name: "匯入" }).count()).resolves.toBe(0);
    await expect(page.getByText("載入中").count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  test("in Trident the ribbon's 更新狀態 shows its notice and completes", async () => {
    const { page, errors } = await openAs(UA.trident, RECORDING_OFFICE, `commands.html?${HOST_INFO}`);
    await page.waitForFunction(() => (window as { __office?: { associated: string[] } }).__office?.associated.length === 1);
    const result = await page.evaluate(async () => {
      const w = window as unknown as { updateStatus?: unknown; __office: { associated: string[]; dialogs: string[]; closed: number; handler: (e: unknown) => void } };
      let completed = 0;
      await new Promise<void>((resolve) => w.__office.handler({ completed: () => ((completed += 1), resolve()) }));
      return { global: typeof w.updateStatus, associated: w.__office.associated, dialogs: w.__office.dialogs, closed: w.__office.closed, completed };
    });
    expect(result).toMatchObject({ global: "function", associated: ["updateStatus"], closed: 1, completed: 1 });
    expect(result.dialogs).toHaveLength(1);
    const notice = new URL(result.dialogs[0] ?? "");
    expect(notice.pathname).toBe("/notice.html");
    const lines = notice.searchParams.getAll("m").join("\n");
    expect(lines).toContain("Excel 網頁版");
    expect(lines).toContain("Excel on the web");
    expect(errors).toEqual([]);

    // the notice page, in the same old webview, shows those lines and answers 確定
    const opened = await openAs(UA.trident, RECORDING_OFFICE, `${notice.pathname.slice(1)}${notice.search}`);
    const box = opened.page.getByRole("alert");
    await box.waitFor();
    expect(await box.textContent()).toContain("Excel on the web");
    await opened.page.getByRole("button", { name: "確定 OK" }).click();
    await expect(opened.page.evaluate(() => (window as unknown as { __office: { messages: string[] } }).__office.messages)).resolves.toEqual(["close"]);
    expect(opened.errors).toEqual([]);
  });

  test("in Trident a command whose dialog cannot open still completes at once", async () => {
    const { page, errors } = await openAs(UA.trident, RECORDING_OFFICE, "commands.html");
    await page.waitForFunction(() => typeof (window as { updateStatus?: unknown }).updateStatus === "function");
    const completed = await page.evaluate(() => {
      const w = window as unknown as { __dialogFails: boolean; updateStatus: (e: unknown) => void };
      w.__dialogFails = true;
      let count = 0;
      w.updateStatus({ completed: () => (count += 1) });
      return count;
    });
    expect(completed).toBe(1);
    expect(errors).toEqual([]);
  });

  test("the save page opened in an old default browser says to use another, keeping the link", async () => {
    const { page, errors } = await openAs(UA.trident, NOT_IN_OFFICE, "save.html#n=a.ics&t=text%2Fcalendar&z=0&d=QUJD");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("This browser is too old to save the file");
    expect(page.url()).toContain("#n=a.ics");
    expect(errors).toEqual([]);
  });

  test("every inline script the build ships parses as ES5", () => {
    const pages = readdirSync(built.dist).filter((name) => name.endsWith(".html"));
    expect(pages).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "notice.html", "save.html"]));
    let guarded = 0;
    for (const name of pages) {
      const html = readFileSync(join(built.dist, name), "utf8");
      for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
        const code = match[1] ?? "";
        expect(() => parse(code, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
        if (code.includes("__minutesTrackerOldWebview")) guarded += 1;
      }
      // the guard comes before any bundle
      const guardAt = html.indexOf("__minutesTrackerOldWebview");
      const bundleAt = html.search(/<script[^>]*\bsrc=(?!https:\/\/appsforoffice)/);
      if (name !== "support.html") expect(guardAt).toBeGreaterThan(-1);
      if (guardAt > -1 && bundleAt > -1) expect(guardAt).toBeLessThan(bundleAt);
    }
    expect(guarded).toBeGreaterThanOrEqual(4);
  });

  test.each([
    ["Chromium's own user agent", undefined],
    ["Chromium Edge (Edg/, WebView2)", UA.chromiumEdge],
  ])("with %s the pane loads as before", async (_name, userAgent) => {
    const { page, errors } = await openAs(userAgent, NOT_IN_OFFICE, "taskpane.html");
    await new Pane(page).ready();
    await expect(page.locator("#old-webview").count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});

/** Names of the IndexedDB databases the page's origin has. */
function databases(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ""));
}

function fakeRecords(session: PaneSession, table: string): Promise<Record<string, unknown>[]> {
  return session.page.evaluate((name) => {
    const fake = window.__fakeExcel;
    if (!fake) throw new Error("no fake Excel in the page");
    return fake.records(name);
  }, table);
}

async function openExcel(config: Parameters<typeof openPane>[1]["fakeConfig"], query: string): Promise<PaneSession> {
  const session = await openPane(browser, { host: "excel", fakeOffice: built.fakeOffice, fakeConfig: config });
  contexts.push(session.context);
  await session.page.goto(`${server.url}taskpane.html?${query}`);
  return session;
}

const SAMPLE = readFileSync(join(ROOT, "test/fixtures/secretariat-110.txt"), "utf8");

/**
 * Imports the sample minutes and waits until the fake workbook holds its 9 cases. Done here rather than
 * with Pane.write, whose status wording other work is changing: the workbook is what this file checks.
 */
async function importSample(session: PaneSession): Promise<void> {
  const pane = new Pane(session.page);
  await pane.openTab("匯入");
  await pane.minutesText().fill(SAMPLE);
  await pane.parse();
  await session.page.getByRole("button", { name: "寫入活頁簿", exact: true }).click();
  const deadline = Date.now() + 30_000;
  for (;;) {
    const written = await session.page.evaluate(() => {
      const fake = window.__fakeExcel;
      return fake && fake.tableNames().includes("列管案件") ? fake.records("列管案件").length : 0;
    });
    if (written >= 9) return;
    // the first write may ask who records it (記錄者), once
    const ask = session.page.getByRole("dialog");
    if (await ask.isVisible()) {
      await ask.getByRole("textbox").first().fill("許菁芳");
      await ask.getByRole("button").filter({ hasText: /儲存|繼續|確定/ }).first().click();
    }
    if (Date.now() > deadline) throw new Error(`the sample's cases never reached the fake workbook; the pane shows:\n${await session.page.locator("body").innerText()}`);
    await session.page.waitForTimeout(200);
  }
}

describe("a slow Excel start", () => {
  test("office.js answering after 6 s: the pane waits, saying so, then writes to the workbook, never IndexedDB", async () => {
    const started = Date.now();
    const session = await openExcel({ readyDelayMs: 6000 }, HOST_INFO);
    const pane = new Pane(session.page);
    await session.page.getByText("正在連線 Excel…").first().waitFor({ timeout: 3000 });
    await pane.ready();
    expect(Date.now() - started).toBeGreaterThanOrEqual(6000);
    await session.page.getByText("已連接 Excel").first().waitFor();
    await expect(pane.workbookBar().count()).resolves.toBe(0);
    await importSample(session);
    const cases = await fakeRecords(session, "列管案件");
    expect(cases.map((row) => String(row["列管案號"]))).toEqual(expect.arrayContaining(["11001", "11009"]));
    await expect(databases(session.page)).resolves.toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

describe("downloads in Excel desktop", () => {
  test("the .ics goes to the default browser (openBrowserWindow), whose save page downloads it", async () => {
    const apiSets = { ExcelApi: "1.8", ExcelApiOnline: "1.1", OpenBrowserWindowApi: "1.1" };
    const session = await openExcel({ platform: "PC", apiSets }, HOST_INFO);
    const pane = new Pane(session.page);
    await pane.ready();
    await importSample(session);
    await pane.openTab("提醒");
    await session.page.getByRole("button", { name: "下載 .ics" }).click();
    await session.page.getByRole("status").filter({ hasText: "已在預設瀏覽器開啟下載頁面" }).first().waitFor();
    const opened = await session.page.evaluate(() => window.__fakeExcel?.openedWindows() ?? []);
    expect(opened).toHaveLength(1);
    const link = opened[0] ?? "";
    expect(link.startsWith(`${server.url}save.html#`)).toBe(true);

    // the user's browser: a plain page at the link
    const context = await browser.newContext({ locale: "zh-TW" });
    contexts.push(context);
    const page = await context.newPage();
    const [download] = await Promise.all([page.waitForEvent("download"), page.goto(link)]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const path = await download.path();
    const calendar = parseIcs(readFileSync(path, "utf8"));
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("會議列管");
    // the file's contents do not stay in the address bar
    expect(page.url()).toBe(`${server.url}save.html`);
    await page.getByRole("button", { name: /再次下載/ }).waitFor();
    expect(session.errors).toEqual([]);
  });
});

describe("更新狀態 when its dialog cannot open", () => {
  test("the command completes, and the open pane shows the report it could not (once)", async () => {
    const session = await openExcel({}, HOST_INFO);
    const pane = new Pane(session.page);
    await pane.ready();
    // the ribbon's page, beside the pane in the same Office (same origin); the fake's dialogs fail (12007)
    const commands = await session.context.newPage();
    await commands.goto(`${server.url}commands.html?${HOST_INFO}`);
    await commands.waitForFunction(() => window.__fakeExcel !== undefined && document.readyState === "complete");
    await commands.evaluate(() => window.__fakeExcel?.runCommand("updateStatus"));
    const note = session.page.getByText("的結果視窗無法開啟");
    await note.first().waitFor();
    expect(await note.first().textContent()).toContain("12007");
    await session.page.reload();
    await pane.ready();
    await expect(session.page.getByText("的結果視窗無法開啟").count()).resolves.toBe(0);
    expect(session.errors).toEqual([]);
  });
});
