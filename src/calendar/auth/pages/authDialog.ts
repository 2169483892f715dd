// auth-dialog.html: the sign-in page the task pane opens with the Office dialog API when the host has no
// nested app authentication. It signs in with MSAL's redirect flow in the dialog's own window and sends
// the token to the pane with messageParent; the token is never shown or logged.
import { createStandardPublicClientApplication } from "@azure/msal-browser";
import { GRAPH_SCOPES, authConfig, authority } from "../config";
import { encodeDialogMessage, type DialogMessage } from "../dialogMessage";

function send(message: DialogMessage): void {
  Office.context.ui.messageParent(encodeDialogMessage(message));
}

async function signIn(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const config = authConfig(params.get("clientId") ?? undefined, params.get("tenant") ?? undefined);
  if (!config.ok) {
    // The pane words the problem in its own language: it checks these values again (decodeDialogMessage).
    send({ kind: "misconfigured", clientId: params.get("clientId") ?? "", tenant: params.get("tenant") ?? "" });
    return;
  }
  const redirectUri = new URL("auth-redirect.html", window.location.href).href;
  const pca = await createStandardPublicClientApplication({
    auth: { clientId: config.value.clientId, authority: authority(config.value), redirectUri },
    cache: { cacheLocation: "sessionStorage" },
  });
  const result = await pca.handleRedirectPromise();
  if (result === null) {
    // First visit: go to Microsoft's sign-in; the bridge page brings the dialog back here with the result.
    await pca.loginRedirect({ scopes: [...GRAPH_SCOPES], redirectStartPage: window.location.href });
    return;
  }
  send({
    kind: "token",
    accessToken: result.accessToken,
    expiresOn: (result.expiresOn ?? new Date(Date.now() + 50 * 60 * 1000)).toISOString(),
    account: result.account.username,
  });
}

void Office.onReady().then(() =>
  signIn().catch((error: unknown) => {
    send({ kind: "error", message: error instanceof Error ? error.message.split("\n")[0] ?? error.name : String(error) });
  }),
);
