// What the reminder sync needs from sign-in: a Graph access token for Calendars.ReadWrite, obtained
// silently when possible. Tokens stay in memory (and MSAL's own session cache); never in the workbook or logs.
import type { SignInMethod } from "./signInMethod";

export interface TokenSource {
  readonly method: SignInMethod;
  /** the signed-in user's name (UPN or e-mail), or null before sign-in */
  account(): string | null;
  /** a token, interactively signing in when nothing silent works; rejects with a SignInError */
  getToken(): Promise<string>;
  signOut(): Promise<void>;
}

/** A sign-in that did not give a token, with a message a person can act on (never the token itself). */
export class SignInError extends Error {
  constructor(
    message: string,
    /** true when the user closed or cancelled the sign-in: say so quietly, not as a failure */
    readonly cancelled = false,
  ) {
    super(message);
    this.name = "SignInError";
  }
}
