// Who the pane writes into 辦理歷程.記錄者 and when: the name the user gave at the first write or in 設定
// (kept in this browser, since Excel add-ins cannot read the user's name without signing in), else a
// neutral default.
import type { Messages } from "../i18n/zhTW";

export const RECORDER_STORAGE_KEY = "minutes-tracker.by";
export const DEFAULT_RECORDER = "工作窗格";

export function recorderName(): string {
  try {
    return localStorage.getItem(RECORDER_STORAGE_KEY)?.trim() || DEFAULT_RECORDER;
  } catch {
    return DEFAULT_RECORDER;
  }
}

/** True once the user has given a name (in the first-write prompt or in 設定). */
export function hasRecorder(): boolean {
  try {
    return (localStorage.getItem(RECORDER_STORAGE_KEY)?.trim() ?? "") !== "";
  } catch {
    return false;
  }
}

/** Where the 提醒 tab keeps the signed-in account's display name, to suggest as 記錄者. */
export const SIGNED_IN_NAME_KEY = "minutes-tracker.signedInName";

/** Called by the 提醒 tab after sign-in, so the first-write prompt can suggest the account. */
export function rememberSignedIn(account: string | null): void {
  try {
    if (account) sessionStorage.setItem(SIGNED_IN_NAME_KEY, account);
  } catch {
    // storage disabled: no suggestion
  }
}

/** The prompt's suggestion: the signed-in Microsoft 365 account's name, when the pane has one. */
export function suggestedRecorder(): string {
  try {
    return sessionStorage.getItem(SIGNED_IN_NAME_KEY)?.trim() ?? "";
  } catch {
    return "";
  }
}

export function rememberRecorder(name: string): void {
  try {
    if (name.trim() === "") localStorage.removeItem(RECORDER_STORAGE_KEY);
    else localStorage.setItem(RECORDER_STORAGE_KEY, name.trim());
  } catch {
    // storage disabled: the default name is used
  }
}

/** The context every case planner takes: now, and who. */
export function actionContext(): { readonly now: string; readonly by: string } {
  return { now: new Date().toISOString(), by: recorderName() };
}

/** An unexpected throw (a bug or a host failure the store did not map) as a message, never a blank pane. */
export function errorText(t: Pick<Messages, "unexpected">, error: unknown): string {
  return t.unexpected(error instanceof Error ? error.message : String(error));
}
