// Who the pane writes into 辦理歷程.記錄者 and when: the name the user set in 設定 (kept in this
// browser, since Excel add-ins cannot read the signed-in user's name), else a neutral default.
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
