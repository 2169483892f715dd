// Tokens through MSAL.js: nested app authentication inside Office (the host signs the user in) and a
// standard popup in a plain browser. getToken is silent only; signIn (from a click) may open the popup.
import {
  InteractionRequiredAuthError,
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type Configuration,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import { GRAPH_SCOPES, authority, type AuthConfig } from "./config";
import { problem } from "../../problems";
import { SignInError, SignInRequiredError, type TokenSource } from "./tokenSource";

/** Error codes MSAL uses when the person closed the window or cancelled. */
const CANCELLED = new Set(["user_cancelled", "popup_window_error", "access_denied"]);

function describe(error: unknown): SignInError {
  const code = typeof error === "object" && error !== null && "errorCode" in error ? String((error).errorCode) : "";
  if (CANCELLED.has(code)) return new SignInError(problem("signIn.cancelled", {}), true);
  // MSAL's message can quote the request but never carries a token; keep only its first line.
  const message = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
  return new SignInError(problem("signIn.failed", { detail: code || message }));
}

/** Supplies the login hint for ssoSilent and the popup (Office's signed-in user on the web), or undefined. */
export type LoginHint = () => Promise<string | undefined>;

export class MsalTokenSource implements TokenSource {
  constructor(
    private readonly pca: IPublicClientApplication,
    readonly method: "naa" | "popup",
    private readonly loginHint: LoginHint = () => Promise.resolve(undefined),
  ) {}

  account(): string | null {
    return this.current()?.username ?? null;
  }

  private current(): AccountInfo | null {
    return this.pca.getActiveAccount() ?? this.pca.getAllAccounts()[0] ?? null;
  }

  private remember(result: AuthenticationResult): string {
    if (result.account) this.pca.setActiveAccount(result.account);
    return result.accessToken;
  }

  /**
   * Silent only: the cached account's token, or (NAA) the host's user through ssoSilent with Office's
   * login hint. Interaction needed → SignInRequiredError; anything else → SignInError.
   */
  async getToken(): Promise<string> {
    const scopes = [...GRAPH_SCOPES];
    const account = this.current();
    try {
      if (account) return this.remember(await this.pca.acquireTokenSilent({ scopes, account }));
      if (this.method === "naa") {
        // Inside Office the host already knows the user; on the web MSAL needs to be told which one.
        const loginHint = await this.loginHint();
        return this.remember(await this.pca.ssoSilent({ scopes, ...(loginHint === undefined ? {} : { loginHint }) }));
      }
    } catch (error) {
      if (error instanceof InteractionRequiredAuthError) throw new SignInRequiredError();
      throw describe(error);
    }
    // A plain browser with nobody signed in yet: only the popup can help.
    throw new SignInRequiredError();
  }

  /** From a click: silent when it works, else MSAL's popup (brokered by the host under NAA). */
  async signIn(): Promise<string> {
    const scopes = [...GRAPH_SCOPES];
    try {
      return await this.getToken();
    } catch (error) {
      if (!(error instanceof SignInRequiredError)) throw error;
    }
    try {
      const loginHint = await this.loginHint();
      return this.remember(await this.pca.acquireTokenPopup({ scopes, ...(loginHint === undefined ? {} : { loginHint }) }));
    } catch (error) {
      throw describe(error);
    }
  }

  async signOut(): Promise<void> {
    const account = this.current();
    this.pca.setActiveAccount(null);
    // NAA has no logout of the host's account; forgetting ours is what sign-out means in a task pane.
    if (this.method === "popup" && account) await this.pca.logoutPopup({ account });
  }
}

function msalConfiguration(config: AuthConfig, redirectUri?: string): Configuration {
  return {
    auth: { clientId: config.clientId, authority: authority(config), ...(redirectUri ? { redirectUri } : {}) },
    cache: { cacheLocation: "sessionStorage" },
  };
}

/**
 * Nested app authentication (requirement set NestedAppAuth 1.1): Office brokers the sign-in. `loginHint`
 * is Office's signed-in user (see officeLoginHint), which Excel on the web needs.
 */
export async function createNaaTokenSource(config: AuthConfig, loginHint?: LoginHint): Promise<TokenSource> {
  return new MsalTokenSource(await createNestablePublicClientApplication(msalConfiguration(config)), "naa", loginHint);
}

/** A plain browser: MSAL's popup, redirecting back to `redirectUri` (a page of this site registered as SPA). */
export async function createPopupTokenSource(config: AuthConfig, redirectUri: string): Promise<TokenSource> {
  return new MsalTokenSource(await createStandardPublicClientApplication(msalConfiguration(config, redirectUri)), "popup");
}
