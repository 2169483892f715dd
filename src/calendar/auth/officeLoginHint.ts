// The login hint nested app authentication needs on Office on the web: the user Office is signed in as,
// from Office.auth.getAuthContext(), so MSAL's ssoSilent picks that account instead of failing or asking.

/** How long to wait for the host: some hosts on the web have been seen never to settle this call. */
export const LOGIN_HINT_TIMEOUT_MS = 2000;

interface AuthContextLike {
  readonly userPrincipalName?: unknown;
  readonly loginHint?: unknown;
}

interface OfficeAuthLike {
  readonly auth?: { readonly getAuthContext?: () => Promise<AuthContextLike> };
}

/**
 * The signed-in user's UPN (or the host's own login hint), or undefined when the host has no
 * getAuthContext (feature-detected: older hosts and plain browsers), fails, or takes longer than
 * `timeoutMs`. Never throws: the hint only helps, and ssoSilent works without it on the desktop.
 *
 * Microsoft's NAA guide: "When running in Word, Excel, or PowerPoint in the browser, you must provide a
 * login hint to MSAL to identify the correct account", from `authContext.userPrincipalName`.
 */
export async function officeLoginHint(office: unknown = (globalThis as { Office?: unknown }).Office, timeoutMs = LOGIN_HINT_TIMEOUT_MS): Promise<string | undefined> {
  const getAuthContext = (office as OfficeAuthLike | undefined)?.auth?.getAuthContext;
  if (typeof getAuthContext !== "function") return undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const context = await Promise.race([
      getAuthContext.call((office as OfficeAuthLike).auth),
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), timeoutMs);
      }),
    ]);
    const hint = context?.userPrincipalName ?? context?.loginHint;
    return typeof hint === "string" && hint.trim() !== "" ? hint.trim() : undefined;
  } catch {
    // No hint is a worse sign-in, not a failure: ssoSilent may still find the account.
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
