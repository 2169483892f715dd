// auth-redirect.html: the SPA redirect URI registered for the add-in. MSAL 5 returns every popup and
// redirect sign-in here; the bridge hands the response to the window that started it.
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

broadcastResponseToMainFrame().catch((error: unknown) => {
  const status = document.getElementById("status");
  // This page has no language setting of its own: both languages, as its "signing in" line has.
  if (status) status.textContent = `登入未完成 Sign-in did not finish: ${error instanceof Error ? error.name : String(error)}`;
});
