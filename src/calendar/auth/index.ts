// Sign-in for the reminder sync: picks NAA, the Office dialog or a popup for where the pane runs, and
// loads MSAL only when someone signs in (it stays out of the pane's first load).
import { ok, type Result } from "../../domain";
import { authConfig, type AuthConfig } from "./config";
import { officeLoginHint } from "./officeLoginHint";
import { chooseSignIn, type SignInHost } from "./signInMethod";
import type { TokenSource } from "./tokenSource";

export { GRAPH_SCOPES, authConfig, authority, type AuthConfig } from "./config";
export { NAA_REQUIREMENT, chooseSignIn, type SignInHost, type SignInMethod } from "./signInMethod";
export { SignInError, SignInRequiredError, type TokenSource } from "./tokenSource";
export { officeLoginHint } from "./officeLoginHint";
export { decodeDialogMessage, encodeDialogMessage, type DialogMessage, type DialogReply } from "./dialogMessage";

export interface SignInSetup {
  readonly host: SignInHost;
  /** the configured client id and tenant (README: MINUTES_TRACKER_CLIENT_ID, MINUTES_TRACKER_TENANT) */
  readonly clientId: string | undefined;
  readonly tenant: string | undefined;
  /** the folder the pane is served from (https://…/), where auth-dialog.html and auth-redirect.html live */
  readonly baseUrl: string;
}

export async function createTokenSource(setup: SignInSetup): Promise<Result<TokenSource>> {
  const config = authConfig(setup.clientId, setup.tenant);
  if (!config.ok) return config;
  return ok(await sourceFor(setup, config.value));
}

async function sourceFor(setup: SignInSetup, config: AuthConfig): Promise<TokenSource> {
  const dialogPage = new URL("auth-dialog.html", setup.baseUrl).href;
  // The SPA redirect URI to register: MSAL 5 returns popups and redirects through this bridge page.
  const redirectPage = new URL("auth-redirect.html", setup.baseUrl).href;
  switch (chooseSignIn(setup.host)) {
    case "naa": {
      const { createNaaTokenSource } = await import(/* webpackChunkName: "msal" */ "./msalTokenSource");
      return createNaaTokenSource(config, () => officeLoginHint());
    }
    case "office-dialog": {
      const { DialogTokenSource } = await import(/* webpackChunkName: "auth-dialog-client" */ "./dialogTokenSource");
      return new DialogTokenSource(`${dialogPage}?${new URLSearchParams({ clientId: config.clientId, tenant: config.tenant }).toString()}`);
    }
    case "popup": {
      const { createPopupTokenSource } = await import(/* webpackChunkName: "msal" */ "./msalTokenSource");
      return createPopupTokenSource(config, redirectPage);
    }
  }
}
