// What the old-webview guard (oldWebviewGuard.js, inlined before any bundle) decided, for the bundles'
// entries: in Trident or EdgeHTML the guard has already shown its message and wired the ribbon command,
// so an entry that still runs (a test browser with such a user agent) must not render over it.

/** The window property the guard sets; the same literal is in oldWebviewGuard.js (a test checks). */
export const OLD_WEBVIEW_FLAG = "__minutesTrackerOldWebview";

export type OldWebview = "trident" | "edgehtml";

/** The old webview the guard found, or null when the page runs in a current one. */
export function oldWebview(scope: object = globalThis): OldWebview | null {
  const value = (scope as Record<string, unknown>)[OLD_WEBVIEW_FLAG];
  return value === "trident" || value === "edgehtml" ? value : null;
}
