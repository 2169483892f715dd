// Debian's Chromium driven by playwright-core, offline: Microsoft's office.js URL is answered by the test
// (the fake Excel host, a "not in Office" stub, or a network failure) and every other outside request
// is refused and recorded, so a pane that reaches for the internet shows up in the test.
import { existsSync, readFileSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page, type Route } from "playwright-core";
import type { FakeHostConfig } from "../fakeHost/officeHost";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const LANG_KEY = "minutes-tracker.lang";

/** Where the pane runs: inside (fake) Excel, in a browser without network, or in a browser with Office.js. */
export type HostMode = "excel" | "offline" | "browser";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--lang=zh-TW",
];

/**
 * chromium.launch gives every browser a fresh temporary profile of its own (Playwright refuses a
 * --user-data-dir argument there), and each newContext is a clean off-the-record profile: IndexedDB
 * and localStorage live as long as the context, so a reload keeps them and the next test starts empty.
 */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    // playwright-core never downloads a browser; say which one to install instead of a stack trace
    return Promise.reject(new Error(`no Chromium at ${CHROMIUM}: install Debian's (sudo apt-get install -y chromium) or set CHROMIUM_PATH`));
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** Office.js in a plain browser tab: it loads, but onReady reports no host. */
const NOT_IN_OFFICE_STUB = `
window.Office = {
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
  PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
  context: { requirements: { isSetSupported: function () { return false; } } },
  onReady: function (callback) {
    var info = { host: null, platform: null };
    if (callback) Promise.resolve(info).then(callback);
    return Promise.resolve(info);
  }
};`;

export interface PaneOptions {
  readonly host: HostMode;
  /** the fake office.js bundle (host "excel") */
  readonly fakeOffice?: string;
  readonly fakeConfig?: FakeHostConfig;
  readonly viewport?: { readonly width: number; readonly height: number };
  /** leave the language to the pane (no localStorage preset) */
  readonly keepLanguage?: boolean;
}

export interface PaneSession {
  readonly context: BrowserContext;
  readonly page: Page;
  /** uncaught errors and console errors of the page */
  readonly errors: string[];
  /** outside requests refused (everything but loopback and office.js) */
  readonly refused: string[];
}

/** A new context and page with the host's office.js routed; call page.goto yourself. */
export async function openPane(browser: Browser, options: PaneOptions): Promise<PaneSession> {
  const context = await browser.newContext({ locale: "zh-TW", viewport: options.viewport ?? { width: 360, height: 800 } });
  const errors: string[] = [];
  const refused: string[] = [];
  const fakeOffice = options.host === "excel" ? readFileSync(requiredPath(options.fakeOffice)) : null;

  await context.route("**/*", async (route: Route) => {
    const url = route.request().url();
    if (url.startsWith(OFFICE_JS)) {
      if (options.host === "offline") return route.abort("internetdisconnected");
      const body = fakeOffice ?? NOT_IN_OFFICE_STUB;
      return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body });
    }
    const { hostname } = new URL(url);
    if (hostname === "127.0.0.1" || hostname === "localhost" || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    refused.push(url);
    return route.abort("internetdisconnected");
  });

  const init = { config: options.fakeConfig ?? {}, langKey: LANG_KEY, presetLanguage: !options.keepLanguage };
  await context.addInitScript((arg: typeof init) => {
    (window as { __fakeExcelConfig?: unknown }).__fakeExcelConfig = arg.config;
    // only when unset: a reload must keep a language the user switched to
    if (arg.presetLanguage && localStorage.getItem(arg.langKey) === null) localStorage.setItem(arg.langKey, "zh-TW");
  }, init);

  const page = await context.newPage();
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    // the failed office.js load of the offline host is expected; anything else is the pane's
    if (message.type() === "error" && !message.text().includes("ERR_INTERNET_DISCONNECTED")) errors.push(`console: ${message.text()}`);
  });
  return { context, page, errors, refused };
}

function requiredPath(path: string | undefined): string {
  if (!path) throw new Error("openPane: host 'excel' needs the fake office.js path (ensureBuilt().fakeOffice)");
  return path;
}
