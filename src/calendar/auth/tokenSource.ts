// What the reminder sync needs from sign-in: a Graph access token for Calendars.ReadWrite. Two paths,
// kept apart on purpose: `getToken` is silent and is what Graph requests use (it never opens a window,
// so nothing pops up in the middle of a sync); `signIn` may open a window and is called only from a
// user's click on 「登入」. Tokens stay in memory (and MSAL's own session cache); never in the workbook or logs.
import { renderProblem, type Problem } from "../../problems";
import { SignInRequiredError } from "../errors";
import type { SignInMethod } from "./signInMethod";

export { SignInRequiredError };

export interface TokenSource {
  readonly method: SignInMethod;
  /** the signed-in user's name (UPN or e-mail), or null before sign-in */
  account(): string | null;
  /**
   * A token without any window: from memory, MSAL's cache or the host (NAA). Rejects with
   * SignInRequiredError when only the user can help (first sign-in, expired session, consent needed),
   * with a SignInError for other failures.
   */
  getToken(): Promise<string>;
  /**
   * Signs in, interactively when nothing silent works: a popup, or the Office dialog. Call only from a
   * user's click (browsers and Office on the web block windows opened otherwise). Rejects with a SignInError.
   */
  signIn(): Promise<string>;
  signOut(): Promise<void>;
}

/**
 * A sign-in that did not give a token, with a reason a person can act on (never the token itself): a
 * problem from the shared catalogue, worded in the pane's language; `message` is its zh-TW wording.
 */
export class SignInError extends Error {
  constructor(
    readonly problem: Problem,
    /** true when the user closed or cancelled the sign-in: say so quietly, not as a failure */
    readonly cancelled = false,
  ) {
    super(renderProblem(problem, "zh-TW"));
    this.name = "SignInError";
  }
}
