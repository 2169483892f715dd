// How a file the pane made reaches the user's disk, per host (README: "Which Office versions"):
// - a browser (standalone page) or Office on the web: an <a download> of a blob, which browsers support;
// - Office on Windows (WebView2), Mac (WKWebView) and iPad: the webview does not reliably start blob
//   downloads (Microsoft: "Browsers and webview controls used by Office Add-ins", troubleshooting; WKWebView
//   ignores them silently), so the file is handed to the user's default browser with
//   Office.context.ui.openBrowserWindow (OpenBrowserWindowApi 1.1, the documented workaround) to the
//   add-in's own save page, the file in the URL's fragment;
// - an Office desktop without that API: the <a download> is tried and the user told where else to go.

export type DownloadWay = "anchor" | "browser-window" | "anchor-unsure";

export interface DownloadEnvironment {
  /** Office.context.platform when the pane runs inside Office, else null */
  readonly platform: string | null;
  /** OpenBrowserWindowApi 1.1 is supported */
  readonly canOpenBrowserWindow: boolean;
}

/** Platforms whose add-ins run in a real browser, where <a download> works. */
const BROWSER_PLATFORMS: ReadonlySet<string> = new Set(["OfficeOnline"]);

export function chooseDownloadWay(env: DownloadEnvironment): DownloadWay {
  if (env.platform === null || BROWSER_PLATFORMS.has(env.platform)) return "anchor";
  return env.canOpenBrowserWindow ? "browser-window" : "anchor-unsure";
}

/**
 * Longest save-page URL handed to openBrowserWindow: Windows starts the browser with the URL on its
 * command line (32,767 characters at most, less the browser's path); macOS and iPadOS open it through
 * the system, where browsers accept about 2 MB. Conservative on unknown platforms.
 */
export function maxBrowserUrlChars(platform: string | null): number {
  return platform === "Mac" || platform === "iOS" ? 2_000_000 : 30_000;
}
