// The message the sign-in dialog page sends back to the task pane (Office.context.ui.messageParent), and
// how the pane reads it: a token with its expiry and account, or why there is none, as a problem the
// pane words in its own language (the page cannot know it; what MSAL said travels as quoted data).
import { authConfig } from "./config";
import { problem, type Problem } from "../../problems";

/** What the page sends: a token, MSAL's failure as it said it, or the configuration it was given and refused. */
export type DialogMessage =
  | { readonly kind: "token"; readonly accessToken: string; readonly expiresOn: string; readonly account: string }
  | { readonly kind: "error"; readonly message: string }
  | { readonly kind: "misconfigured"; readonly clientId: string; readonly tenant: string };

/** What the pane makes of it: a token, or a problem (never a token taken from a malformed message). */
export type DialogReply =
  | { readonly kind: "token"; readonly accessToken: string; readonly expiresOn: string; readonly account: string }
  | { readonly kind: "error"; readonly problem: Problem };

export function encodeDialogMessage(message: DialogMessage): string {
  return JSON.stringify(message);
}

const isString = (value: unknown): value is string => typeof value === "string";

const refused = (found: Problem): DialogReply => ({ kind: "error", problem: found });
const UNREADABLE = problem("signIn.dialogUnreadable", {});

/**
 * Anything else than what encodeDialogMessage writes is an error, never trusted as a token. A refused
 * configuration is checked again here, so the pane words the very problem the page found.
 */
export function decodeDialogMessage(text: string): DialogReply {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refused(UNREADABLE);
  }
  if (typeof value !== "object" || value === null) return refused(UNREADABLE);
  const v = value as Record<string, unknown>;
  if (v.kind === "token" && isString(v.accessToken) && v.accessToken !== "" && isString(v.expiresOn) && isString(v.account)) {
    if (Number.isNaN(Date.parse(v.expiresOn))) return refused(problem("signIn.dialogNoExpiry", {}));
    return { kind: "token", accessToken: v.accessToken, expiresOn: v.expiresOn, account: v.account };
  }
  if (v.kind === "error" && isString(v.message)) return refused(problem("signIn.failed", { detail: v.message }));
  if (v.kind === "misconfigured" && isString(v.clientId) && isString(v.tenant)) {
    const config = authConfig(v.clientId, v.tenant);
    // The page refused what the pane accepts: the two disagree, which only a changed dialog URL explains.
    return refused(config.ok || config.problem === undefined ? UNREADABLE : config.problem);
  }
  return refused(UNREADABLE);
}

/** Tokens are renewed five minutes before they expire, so a long sync does not run out mid-way. */
export const RENEW_BEFORE_MS = 5 * 60 * 1000;

export function stillValid(expiresOn: string, now: Date): boolean {
  return Date.parse(expiresOn) - now.getTime() > RENEW_BEFORE_MS;
}
