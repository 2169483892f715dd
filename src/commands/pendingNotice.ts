// A ribbon command's report that could not be shown: Excel gives function commands no notification API,
// so when Office's dialog does not open (12007 another dialog is open, 12009 the user blocked it, …) the
// report is kept in localStorage (shared by the commands page and the task pane, same origin) and the
// task pane shows it the next time it opens, instead of the report going only to the console.

export const PENDING_NOTICE_KEY = "minutes-tracker.pendingNotice";

export interface PendingNotice {
  /** the command's title, in the language it ran in */
  readonly title: string;
  /** what the dialog would have shown */
  readonly lines: readonly string[];
  /** why the dialog did not open (Office's error code and message) */
  readonly reason: string;
  /** ISO time the command ran */
  readonly at: string;
}

/** The few Storage calls used, so tests can pass a Map-backed one. */
export type NoticeStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

function isNotice(value: unknown): value is PendingNotice {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.title === "string" && typeof v.reason === "string" && typeof v.at === "string" && Array.isArray(v.lines) && v.lines.every((l) => typeof l === "string");
}

/** Keeps the notice; false when storage refuses (private mode, quota), so the caller can say so. */
export function keepNotice(storage: NoticeStorage, notice: PendingNotice): boolean {
  try {
    storage.setItem(PENDING_NOTICE_KEY, JSON.stringify(notice));
    return true;
  } catch {
    return false;
  }
}

/** The kept notice, removed as it is read (shown once); null when there is none or it is unreadable. */
export function takeNotice(storage: NoticeStorage): PendingNotice | null {
  let text: string | null;
  try {
    text = storage.getItem(PENDING_NOTICE_KEY);
    if (text === null) return null;
    storage.removeItem(PENDING_NOTICE_KEY);
  } catch {
    return null;
  }
  try {
    const value: unknown = JSON.parse(text);
    return isNotice(value) ? value : null;
  } catch {
    return null;
  }
}
