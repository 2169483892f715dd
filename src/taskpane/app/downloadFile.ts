// Saves something the pane made (the standalone workbook, an .ics, a report) as a file, in every host:
// an <a download> where the pane runs in a browser, the user's default browser (openBrowserWindow to the
// save page) from Office's desktop webviews (downloadWay.ts says why). `downloadFile` keeps its old
// fire-and-forget signature for callers; how it went is published to the pane (Root shows it), and
// `saveFile` returns it for a caller that wants to await.
import { chooseDownloadWay, maxBrowserUrlChars, type DownloadEnvironment } from "./downloadWay";
import { anchorDownload, saveLink } from "./downloadLink";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const ICS_TYPE = "text/calendar;charset=utf-8";

export type DownloadContent = Uint8Array | string | Blob;

export type DownloadOutcome =
  | { readonly kind: "started"; readonly name: string }
  | { readonly kind: "browser-window"; readonly name: string }
  /** an Office desktop without openBrowserWindow: the anchor was tried, the user is told where else */
  | { readonly kind: "unsure"; readonly name: string }
  | { readonly kind: "too-large"; readonly name: string }
  | { readonly kind: "failed"; readonly name: string; readonly reason: string };

/** What the download needs of Office (Office.context.ui), so tests can pass their own. */
export interface OfficeUiForDownload {
  openBrowserWindow(url: string): void;
}

export interface DownloadDeps {
  readonly env: DownloadEnvironment;
  readonly ui: OfficeUiForDownload | null;
  /** the page's URL, for the save page next to it */
  readonly base: string;
  readonly anchor: (name: string, blob: Blob) => void;
}

/** Where the pane runs, read when a download is asked for (Office has answered by then). */
export function officeDownloadEnvironment(): DownloadEnvironment {
  if (typeof Office === "undefined" || !Office.context) return { platform: null, canOpenBrowserWindow: false };
  let platform: string | null = null;
  let canOpenBrowserWindow = false;
  try {
    platform = Office.context.platform ? String(Office.context.platform) : null;
    canOpenBrowserWindow = platform !== null && typeof Office.context.ui?.openBrowserWindow === "function" && Office.context.requirements.isSetSupported("OpenBrowserWindowApi", "1.1");
  } catch {
    // outside Office (office.js in a plain tab) the context throws or is empty: a browser
  }
  return { platform, canOpenBrowserWindow };
}


function defaultDeps(): DownloadDeps {
  const env = officeDownloadEnvironment();
  return { env, ui: env.canOpenBrowserWindow ? Office.context.ui : null, base: window.location.href, anchor: anchorDownload };
}

const toBlob = (content: DownloadContent, type: string): Blob =>
  content instanceof Blob ? content : new Blob([typeof content === "string" ? content : content.slice()], { type });

/** Saves the file the way the host allows and says how it went; never throws. */
export async function saveFile(name: string, content: DownloadContent, type: string, deps: DownloadDeps = defaultDeps()): Promise<DownloadOutcome> {
  try {
    const way = chooseDownloadWay(deps.env);
    if (way !== "browser-window" || deps.ui === null) {
      deps.anchor(name, toBlob(content, type));
      return way === "anchor" ? { kind: "started", name } : { kind: "unsure", name };
    }
    const bytes = new Uint8Array(await toBlob(content, type).arrayBuffer());
    const url = await saveLink(deps.base, { name, type, bytes });
    if (url.length > maxBrowserUrlChars(deps.env.platform)) return { kind: "too-large", name };
    deps.ui.openBrowserWindow(url);
    return { kind: "browser-window", name };
  } catch (error) {
    return { kind: "failed", name, reason: error instanceof Error ? error.message : String(error) };
  }
}

type Listener = (outcome: DownloadOutcome) => void;
const listeners = new Set<Listener>();

/** Subscribes to every download's outcome (the pane's shell shows them); returns the unsubscribe. */
export function onDownloadOutcome(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Saves the file (see saveFile) and tells the pane's subscribers how it went. */
export function downloadFile(name: string, content: DownloadContent, type: string): void {
  void saveFile(name, content, type).then((outcome) => {
    if (listeners.size === 0 && outcome.kind === "failed") console.error(`download ${name}: ${outcome.reason}`);
    for (const listener of listeners) listener(outcome);
  });
}
