// Benchmark of the task pane as shipped: gzipped bytes of the production build (what taskpane.html loads
// first, and each chunk loaded later) and time to first render in headless Chromium, standalone host,
// median of 5 cold loads; and the Excel syncs of each pane action before and after the services (paneActions.ts).
// Figures, not pass/fail; the targets are printed beside them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium, openPane } from "../test/e2e/support/browser";
import { ensureBuilt } from "../test/e2e/support/build";
import { serveStatic } from "../test/e2e/support/server";
import { ms, type Figure } from "./measure";
import { benchPaneActions } from "./paneActions";

const INITIAL_TARGET_KB = 300;
const FIRST_RENDER_TARGET_MS = 1500;
const COLD_LOADS = 5;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
/** gzip at its default level, as a static host or CDN would serve the files */
const gzBytes = (path: string): number => gzipSync(readFileSync(path)).length;

/** Local scripts and stylesheets a page loads by tag (Office.js comes from Microsoft's CDN and is not ours). */
function pageAssets(html: string): string[] {
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?/g), ...html.matchAll(/<link\b[^>]*\brel="?stylesheet"?[^>]*\bhref="?([^"\s>]+)"?/g)];
  return tags.map((m) => m[1] ?? "").filter((src) => src !== "" && !/^https?:/.test(src));
}

function sizeFigures(dist: string): Figure[] {
  const gz = (files: readonly string[]): number => files.reduce((sum, file) => sum + gzBytes(join(dist, file)), 0);
  // every page's own scripts are that page's initial load; what no page names is loaded on demand
  const pages = readdirSync(dist).filter((f) => f.endsWith(".html")).sort();
  const assets = new Map(pages.map((page) => [page, pageAssets(readFileSync(join(dist, page), "utf8"))]));
  const initial = assets.get("taskpane.html") ?? [];
  const named = new Set([...assets.values()].flat());
  const lazy = readdirSync(dist).filter((f) => /\.(js|css)$/.test(f) && !named.has(f)).sort();
  const initialRaw = initial.reduce((sum, file) => sum + readFileSync(join(dist, file)).length, 0);
  const figures: Figure[] = [
    { name: `initial load, gzipped (${initial.join(", ")})`, value: `${kb(gz(initial))}  (${kb(initialRaw)} raw; target < ${INITIAL_TARGET_KB} KB)` },
  ];
  for (const file of lazy) figures.push({ name: `  lazy chunk ${file}, gzipped`, value: kb(gz([file])) });
  figures.push({ name: `lazy chunks, gzipped (${lazy.length})`, value: kb(gz(lazy)) });
  for (const [page, files] of assets) {
    if (page !== "taskpane.html" && files.length > 0) figures.push({ name: `${page} scripts, gzipped`, value: kb(gz(files)) });
  }
  return figures;
}

interface Load {
  readonly fcp: number | null;
  readonly tabs: number | null;
  /** our scripts the page had fetched when the tab list showed (lazy chunks included) */
  readonly fetched?: readonly string[];
}

/**
 * Records, from inside the page, when the tab list first is in the document and visible: a
 * MutationObserver sees it appear, then the next animation frame is the frame that paints it. A string,
 * not a function: tsx (esbuild keepNames) wraps named inner functions in a helper the page lacks.
 */
const WATCH_TAB_LIST = `
(() => {
  const seen = () => {
    const list = document.querySelector('[role="tablist"]');
    return list !== null && list.getBoundingClientRect().height > 0;
  };
  const record = () => requestAnimationFrame(() => { window.__tabsAt = performance.now(); });
  const observer = new MutationObserver(() => {
    if (seen()) { observer.disconnect(); record(); }
  });
  document.addEventListener("DOMContentLoaded", () => {
    if (seen()) record(); else observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  });
})();`;

async function coldLoads(baseUrl: string): Promise<Load[]> {
  const browser = await launchChromium();
  try {
    const loads: Load[] = [];
    let hasTabs = true;
    // one untimed load first: it pays for starting the renderer process, which no user load repeats
    for (let i = 0; i <= COLD_LOADS; i++) {
      // a new context is a cold load: empty HTTP cache, no IndexedDB, no localStorage
      const { context, page } = await openPane(browser, { host: "offline" });
      try {
        await page.addInitScript(WATCH_TAB_LIST);
        await page.goto(`${baseUrl}taskpane.html`);
        const timing: Load = await page
          .waitForFunction(
            (tabs: boolean): Load | null => {
              const at = (window as { __tabsAt?: number }).__tabsAt;
              const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime;
              return (at !== undefined || !tabs) && fcp !== undefined ? { tabs: at ?? null, fcp } : null;
            },
            hasTabs,
            { timeout: 10_000 },
          )
          .then(async (handle) => (await handle.jsonValue()) ?? { tabs: null, fcp: null })
          .catch(async () => ({ tabs: null, fcp: await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null) }));
        // a page without a tab list (the pane before its UI) is timed to first paint only after the first try
        hasTabs &&= timing.tabs !== null;
        const fetched = await page.evaluate(() =>
          performance
            .getEntriesByType("resource")
            .map((entry) => new URL(entry.name))
            .filter((url) => url.origin === location.origin && /\.(js|css)$/.test(url.pathname))
            .map((url) => url.pathname.slice(1)),
        );
        if (i > 0) loads.push({ ...timing, fetched });
      } finally {
        await context.close();
      }
    }
    return loads;
  } finally {
    await browser.close();
  }
}

const median = (values: readonly (number | null)[]): number | null => {
  if (values.some((v) => v === null)) return null;
  const sorted = (values as number[]).slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? null;
};

export async function benchTaskpane(): Promise<Figure[]> {
  // Excel syncs per pane action first: they need no build and no browser
  const actions = await benchPaneActions();
  const { dist } = await ensureBuilt();
  const figures = [...actions, ...sizeFigures(dist)];
  const server = await serveStatic(dist);
  try {
    const loads = await coldLoads(server.url).catch((error: unknown) => {
      // the sizes above still stand; the timings need a browser
      figures.push({ name: "first render", value: `n/a: ${error instanceof Error ? error.message : String(error)}` });
      return null;
    });
    if (loads === null) return figures;
    const fetched = loads[0]?.fetched ?? [];
    figures.push({
      name: `standalone start: scripts fetched to first render (${fetched.length}), gzipped`,
      value: kb(fetched.reduce((sum, file) => sum + gzBytes(join(dist, file)), 0)),
    });
    const fcp = median(loads.map((l) => l.fcp));
    const tabs = median(loads.map((l) => l.tabs));
    const target = `(target < ${FIRST_RENDER_TARGET_MS} ms)`;
    figures.push({ name: `first contentful paint, median of ${COLD_LOADS} cold loads`, value: fcp === null ? "n/a" : `${ms(fcp)}  ${target}` });
    figures.push({ name: `tab list visible, median of ${COLD_LOADS} cold loads`, value: tabs === null ? "n/a (no tab list within 10 s)" : `${ms(tabs)}  ${target}` });
  } finally {
    await server.close();
  }
  return figures;
}
