// Token sources against fakes of MSAL and of the Office dialog: getToken is silent only (it says
// SignInRequiredError instead of opening anything), signIn (the click) may open the popup or the dialog,
// NAA passes Office's login hint, cancellations are said quietly, tokens cached until near expiry.
import { InteractionRequiredAuthError, type AccountInfo, type AuthenticationResult, type IPublicClientApplication } from "@azure/msal-browser";
import { DialogTokenSource } from "../../../src/calendar/auth/dialogTokenSource";
import { MsalTokenSource } from "../../../src/calendar/auth/msalTokenSource";
import { SignInError, SignInRequiredError } from "../../../src/calendar/auth";
import { officeLoginHint } from "../../../src/calendar/auth/officeLoginHint";

const account = { username: "chen@example.gov.tw", homeAccountId: "h", environment: "e", tenantId: "t", localAccountId: "l" } as AccountInfo;
const result = (token: string): AuthenticationResult => ({ accessToken: token, account }) as AuthenticationResult;

/** The part of MSAL's client the token source uses, recording what was called with which scopes. */
function fakePca(behaviour: { silent?: () => Promise<AuthenticationResult>; sso?: () => Promise<AuthenticationResult>; popup?: () => Promise<AuthenticationResult> }) {
  const calls: string[] = [];
  const hints: (string | undefined)[] = [];
  let active: AccountInfo | null = null;
  const pca = {
    getActiveAccount: () => active,
    getAllAccounts: () => (active ? [active] : []),
    setActiveAccount: (a: AccountInfo | null) => {
      active = a;
    },
    acquireTokenSilent: (r: { scopes: string[] }) => {
      calls.push(`silent ${r.scopes.join(" ")}`);
      return (behaviour.silent ?? (() => Promise.resolve(result("silent"))))();
    },
    ssoSilent: (r: { scopes: string[]; loginHint?: string }) => {
      calls.push(`sso ${r.scopes.join(" ")}`);
      hints.push(r.loginHint);
      return (behaviour.sso ?? (() => Promise.resolve(result("sso"))))();
    },
    acquireTokenPopup: (r: { scopes: string[]; loginHint?: string }) => {
      calls.push(`popup ${r.scopes.join(" ")}`);
      hints.push(r.loginHint);
      return (behaviour.popup ?? (() => Promise.resolve(result("popup"))))();
    },
    logoutPopup: () => {
      calls.push("logout");
      return Promise.resolve();
    },
  };
  return { pca: pca as unknown as IPublicClientApplication, calls, hints };
}

const interaction = () => Promise.reject(new InteractionRequiredAuthError("interaction_required", "interaction required"));

describe("MsalTokenSource", () => {
  test("NAA: the host's user is signed in silently with Office's login hint, then tokens come from the cache", async () => {
    const { pca, calls, hints } = fakePca({});
    const source = new MsalTokenSource(pca, "naa", () => Promise.resolve("chen@example.gov.tw"));
    expect(await source.getToken()).toBe("sso");
    expect(hints).toEqual(["chen@example.gov.tw"]);
    expect(source.account()).toBe("chen@example.gov.tw");
    expect(await source.getToken()).toBe("silent");
    expect(calls).toEqual(["sso Calendars.ReadWrite", "silent Calendars.ReadWrite"]);
  });

  test("NAA without a hint (desktop, or a host without getAuthContext): ssoSilent is asked without one", async () => {
    const { pca, hints } = fakePca({});
    expect(await new MsalTokenSource(pca, "naa").getToken()).toBe("sso");
    expect(hints).toEqual([undefined]);
  });

  test("getToken never opens a popup: interaction needed is SignInRequiredError", async () => {
    const { pca, calls } = fakePca({ sso: () => Promise.reject(new InteractionRequiredAuthError("consent_required", "consent required")) });
    await expect(new MsalTokenSource(pca, "naa").getToken()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(calls).toEqual(["sso Calendars.ReadWrite"]);
  });

  test("an expired session: getToken asks for sign-in; signIn (the click) opens the popup with the hint", async () => {
    const { pca, calls, hints } = fakePca({ silent: interaction });
    pca.setActiveAccount(account);
    const source = new MsalTokenSource(pca, "popup", () => Promise.resolve("chen@example.gov.tw"));
    await expect(source.getToken()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(await source.signIn()).toBe("popup");
    expect(calls).toEqual(["silent Calendars.ReadWrite", "silent Calendars.ReadWrite", "popup Calendars.ReadWrite"]);
    expect(hints).toEqual(["chen@example.gov.tw"]);
  });

  test("a plain browser with nobody signed in: getToken asks for sign-in without calling MSAL; signIn opens the popup", async () => {
    const { pca, calls } = fakePca({});
    const source = new MsalTokenSource(pca, "popup");
    await expect(source.getToken()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(calls).toEqual([]);
    expect(await source.signIn()).toBe("popup");
    expect(calls).toEqual(["popup Calendars.ReadWrite"]);
  });

  test("NAA re-consent: signIn after consent_required uses the host-brokered popup", async () => {
    const { pca, calls } = fakePca({ sso: () => Promise.reject(new InteractionRequiredAuthError("consent_required", "consent required")) });
    expect(await new MsalTokenSource(pca, "naa").signIn()).toBe("popup");
    expect(calls).toEqual(["sso Calendars.ReadWrite", "popup Calendars.ReadWrite"]);
  });

  test("a closed popup is a quiet cancellation", async () => {
    const closed = Object.assign(new Error("user_cancelled: User cancelled the flow."), { errorCode: "user_cancelled" });
    const { pca } = fakePca({ popup: () => Promise.reject(closed) });
    const error: unknown = await new MsalTokenSource(pca, "popup").signIn().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInError);
    expect(error).toMatchObject({ message: "已取消登入。", cancelled: true });
  });

  test("another failure is reported without trying a popup, first line only", async () => {
    const { pca, calls } = fakePca({ silent: () => Promise.reject(Object.assign(new Error("network\nrequest body …"), { errorCode: "" })) });
    pca.setActiveAccount(account);
    await expect(new MsalTokenSource(pca, "popup").signIn()).rejects.toMatchObject({ message: "無法登入 Microsoft 365：「network」", cancelled: false });
    expect(calls).toEqual(["silent Calendars.ReadWrite"]);
  });

  test("sign-out forgets the account (and logs out of the popup session)", async () => {
    const { pca, calls } = fakePca({});
    const source = new MsalTokenSource(pca, "popup");
    await source.signIn();
    await source.signOut();
    expect(source.account()).toBeNull();
    expect(calls).toContain("logout");
  });
});

describe("officeLoginHint: Office.auth.getAuthContext, feature-detected and bounded", () => {
  test.each<[string, unknown, string | undefined]>([
    ["no Office (a plain browser)", undefined, undefined],
    ["a host without getAuthContext", { auth: {} }, undefined],
    ["the signed-in user's UPN", { auth: { getAuthContext: () => Promise.resolve({ userPrincipalName: " chen@example.gov.tw " }) } }, "chen@example.gov.tw"],
    ["the host's own loginHint when there is no UPN", { auth: { getAuthContext: () => Promise.resolve({ loginHint: "lin@example.gov.tw" }) } }, "lin@example.gov.tw"],
    ["getAuthContext failing", { auth: { getAuthContext: () => Promise.reject(new Error("13000")) } }, undefined],
    ["an empty UPN", { auth: { getAuthContext: () => Promise.resolve({ userPrincipalName: "" }) } }, undefined],
  ])("%s → %p", async (_name, office, expected) => {
    expect(await officeLoginHint(office, 50)).toBe(expected);
  });

  test("a host that never answers gives no hint after the timeout", async () => {
    const office = { auth: { getAuthContext: () => new Promise(() => undefined) } };
    const started = Date.now();
    expect(await officeLoginHint(office, 30)).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

type Handler = (arg: { message: string } | { error: number }) => void;

/** Office's dialog API as the token source uses it: the test decides what the dialog sends back. */
function fakeOffice(reply: (handlers: Map<string, Handler>) => void, opened: "ok" | number = "ok") {
  const urls: string[] = [];
  let closed = 0;
  const office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    context: {
      ui: {
        displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
          urls.push(url);
          if (opened !== "ok") {
            callback({ status: "failed", error: { code: opened, message: "blocked" } });
            return;
          }
          const handlers = new Map<string, Handler>();
          const dialog = { addEventHandler: (type: string, handler: Handler) => handlers.set(type, handler), close: () => closed++ };
          callback({ status: "succeeded", value: dialog });
          reply(handlers);
        },
      },
    },
  };
  (globalThis as { Office?: unknown }).Office = office;
  return { urls, closedCount: () => closed };
}

describe("DialogTokenSource", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  const token = (expiresOn: string) => JSON.stringify({ kind: "token", accessToken: "dialog-token", expiresOn, account: "lin@example.gov.tw" });

  test("opens the sign-in page, takes the token, closes the dialog, and reuses the token until near expiry", async () => {
    let now = new Date("2026-11-24T09:00:00Z");
    const office = fakeOffice((h) => h.get("dialogMessageReceived")?.({ message: token("2026-11-24T10:00:00Z") }));
    const source = new DialogTokenSource("https://addin.example/auth-dialog.html?clientId=x", () => now);
    expect(await source.signIn()).toBe("dialog-token");
    expect(source.account()).toBe("lin@example.gov.tw");
    expect(office.closedCount()).toBe(1);
    await source.signIn();
    expect(office.urls).toHaveLength(1);
    now = new Date("2026-11-24T09:56:00Z");
    await source.signIn();
    expect(office.urls).toHaveLength(2);
  });

  test("the user closing the dialog is a cancellation", async () => {
    fakeOffice((h) => h.get("dialogEventReceived")?.({ error: 12006 }));
    await expect(new DialogTokenSource("https://a/auth-dialog.html").signIn()).rejects.toMatchObject({ message: "已取消登入。", cancelled: true });
  });

  test("an error from the sign-in page is passed on", async () => {
    fakeOffice((h) => h.get("dialogMessageReceived")?.({ message: JSON.stringify({ kind: "error", message: "AADSTS700016" }) }));
    await expect(new DialogTokenSource("https://a/auth-dialog.html").signIn()).rejects.toMatchObject({ message: "無法登入 Microsoft 365：「AADSTS700016」" });
  });

  test("a popup blocked by the browser (12011) says what to do; Office's prompt ignored (12009) is a cancellation", async () => {
    fakeOffice(() => undefined, 12011);
    await expect(new DialogTokenSource("https://a/auth-dialog.html").signIn()).rejects.toMatchObject({ message: expect.stringContaining("允許此網站的快顯視窗"), cancelled: false });
    fakeOffice(() => undefined, 12009);
    await expect(new DialogTokenSource("https://a/auth-dialog.html").signIn()).rejects.toMatchObject({ cancelled: true });
  });

  test("a dialog that cannot open says Office's code, and Office's words as data", async () => {
    fakeOffice(() => undefined, 12007);
    const error: unknown = await new DialogTokenSource("https://a/auth-dialog.html").signIn().catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: { code: "signIn.cannotOpen", params: { code: 12007, detail: "blocked" } }, message: "無法開啟登入視窗（Office 錯誤 12007：「blocked」）" });
  });

  test("a message the pane cannot read is refused as such, never taken as a token", async () => {
    fakeOffice((h) => h.get("dialogMessageReceived")?.({ message: "<html>" }));
    await expect(new DialogTokenSource("https://a/auth-dialog.html").signIn()).rejects.toMatchObject({ problem: { code: "signIn.dialogUnreadable" } });
  });

  test("getToken never opens the dialog: without a valid token it asks for sign-in", async () => {
    let now = new Date("2026-11-24T09:00:00Z");
    const office = fakeOffice((h) => h.get("dialogMessageReceived")?.({ message: token("2026-11-24T10:00:00Z") }));
    const source = new DialogTokenSource("https://a/auth-dialog.html", () => now);
    await expect(source.getToken()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(office.urls).toHaveLength(0);
    await source.signIn();
    expect(await source.getToken()).toBe("dialog-token");
    now = new Date("2026-11-24T09:56:00Z");
    await expect(source.getToken()).rejects.toBeInstanceOf(SignInRequiredError);
    expect(office.urls).toHaveLength(1);
  });

  test("sign-out drops the token", async () => {
    const office = fakeOffice((h) => h.get("dialogMessageReceived")?.({ message: token("2099-01-01T00:00:00Z") }));
    const source = new DialogTokenSource("https://a/auth-dialog.html");
    await source.signIn();
    await source.signOut();
    expect(source.account()).toBeNull();
    await source.signIn();
    expect(office.urls).toHaveLength(2);
  });
});
