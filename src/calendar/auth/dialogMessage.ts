// The message the sign-in dialog page sends back to the task pane (Office.context.ui.messageParent), and
// how the pane reads it: a token with its expiry and account, or an error a person can read.

export type DialogMessage =
  | { readonly kind: "token"; readonly accessToken: string; readonly expiresOn: string; readonly account: string }
  | { readonly kind: "error"; readonly message: string };

export function encodeDialogMessage(message: DialogMessage): string {
  return JSON.stringify(message);
}

const isString = (value: unknown): value is string => typeof value === "string";

/** Anything else than what encodeDialogMessage writes is reported as an error, never trusted as a token. */
export function decodeDialogMessage(text: string): DialogMessage {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: "error", message: "登入視窗傳回無法辨識的訊息" };
  }
  if (typeof value !== "object" || value === null) return { kind: "error", message: "登入視窗傳回無法辨識的訊息" };
  const v = value as Record<string, unknown>;
  if (v.kind === "token" && isString(v.accessToken) && v.accessToken !== "" && isString(v.expiresOn) && isString(v.account)) {
    if (Number.isNaN(Date.parse(v.expiresOn))) return { kind: "error", message: "登入視窗傳回的權杖沒有有效的到期時間" };
    return { kind: "token", accessToken: v.accessToken, expiresOn: v.expiresOn, account: v.account };
  }
  if (v.kind === "error" && isString(v.message)) return { kind: "error", message: v.message };
  return { kind: "error", message: "登入視窗傳回無法辨識的訊息" };
}

/** Tokens are renewed five minutes before they expire, so a long sync does not run out mid-way. */
export const RENEW_BEFORE_MS = 5 * 60 * 1000;

export function stillValid(expiresOn: string, now: Date): boolean {
  return Date.parse(expiresOn) - now.getTime() > RENEW_BEFORE_MS;
}
