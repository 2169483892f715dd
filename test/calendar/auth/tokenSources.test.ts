// Token sources against fakes of MSAL and of the Office dialog: silent first, interactive only when
// needed, cancellations said quietly, tokens cached in memory until five minutes before expiry.
import { InteractionRequiredAuthError, type AccountInfo, type AuthenticationResult, type IPublicClientApplication } from "@azure/msal-browser";
import { DialogTokenSource } from "../../../src/calendar/auth/dialogTokenSource";
import { MsalTokenSource } from "../../../src/calendar/auth/msalTokenSource";
import { SignInError } from "../../../src/calendar/auth";

const account = { username: "chen@example.gov.tw", homeAccountId: "h", environment: "e", tenantId: "t", localAccountId: "l" } as AccountInfo;
const result = (token: string): AuthenticationResult => ({ accessToken: token, account }) as AuthenticationResult;

/** The part of MSAL's client the token source uses, recording what was called with which scopes. */
function fakePca(behaviour: { silent?: () => Promise<AuthenticationResult>; sso?: () => Promise<AuthenticationResult>; popup?: () => Promise<AuthenticationResult> }) {
  const calls: string[] = [];
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
    ssoSilent: (r: { scopes: string[] }) => {
      calls.push(`sso ${r.scopes.join(" ")}`);
      return (behaviour.sso ?? (() => Promise.resolve(result("sso"))))();
    },
    acquireTokenPopup: (r: { scopes: string[] }) => {
      calls.push(`popup ${r.scopes.join(" ")}`);
      return (behaviour.popup ?? (() => Promise.resolve(result("popup"))))();
    },
    logoutPopup: () => {
      calls.push("logout");
      return Promise.resolve();
    },
  };
  return { pca: pca as unknown as IPublicClientApplication, calls };
}

describe("MsalTokenSource", () => {
  test("NAA: the host's user is signed in silently, then tokens come from the cache", async () => {
    const { pca, calls } = fakePca({});
    const source = new MsalTokenSource(pca, "naa");
    expect(await source.getToken()).toBe("sso");
    expect(source.account()).toBe("chen@example.gov.tw");
    expect(await source.getToken()).toBe("silent");
    expect(calls).toEqual(["sso Calendars.ReadWrite", "silent Calendars.ReadWrite"]);
  });

  test("NAA: when the host cannot sign in silently, a popup asks", async () => {
    const { pca, calls } = fakePca({ sso: () => Promise.reject(new InteractionRequiredAuthError("consent_required", "consent required")) });
    expect(await new MsalTokenSource(pca, "naa").getToken()).toBe("popup");
    expect(calls).toEqual(["sso Calendars.ReadWrite", "popup Calendars.ReadWrite"]);
  });

  test("popup: a first sign-in opens the popup; a closed popup is a quiet cancellation", async () => {
    const closed = Object.assign(new Error("user_cancelled: User cancelled the flow."), { errorCode: "user_cancelled" });
    const { pca } = fakePca({ popup: () => Promise.reject(closed) });
    const error: unknown = await new MsalTokenSource(pca, "popup").getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInError);
    expect(error).toMatchObject({ message: "已取消登入。", cancelled: true });
  });

  test("an expired session needs interaction: the popup is used", async () => {
    const { pca, calls } = fakePca({ silent: () => Promise.reject(new InteractionRequiredAuthError("interaction_required", "interaction required")) });
    pca.setActiveAccount(account);
    expect(await new MsalTokenSource(pca, "popup").getToken()).toBe("popup");
    expect(calls).toEqual(["silent Calendars.ReadWrite", "popup Calendars.ReadWrite"]);
  });

  test("another failure in a plain browser is reported without trying a popup, first line only", async () => {
    const { pca, calls } = fakePca({ silent: () => Promise.reject(Object.assign(new Error("network\nrequest body …"), { errorCode: "" })) });
    pca.setActiveAccount(account);
    await expect(new MsalTokenSource(pca, "popup").getToken()).rejects.toMatchObject({ message: "無法登入 Microsoft 365：network", cancelled: false });
    expect(calls).toEqual(["silent Calendars.ReadWrite"]);
  });

  test("sign-out forgets the account (and logs out of the popup session)", async () => {
    const { pca, calls } = fakePca({});
    const source = new MsalTokenSource(pca, "popup");
    await source.getToken();
    await source.signOut();
    expect(source.account()).toBeNull();
    expect(calls).toContain("logout");
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
    expect(await source.getToken()).toBe("dialog-token");
    expect(source.account()).toBe("lin@example.gov.tw");
    expect(office.closedCount()).toBe(1);
    await source.getToken();
    expect(office.urls).toHaveLength(1);
    now = new Date("2026-11-24T09:56:00Z");
    await source.getToken();
    expect(office.urls).toHaveLength(2);
  });

  test("the user closing the dialog is a cancellation", async () => {
    fakeOffice((h) => h.get("dialogEventReceived")?.({ error: 12006 }));
    await expect(new DialogTokenSource("https://a/auth-dialog.html").getToken()).rejects.toMatchObject({ message: "已取消登入。", cancelled: true });
  });

  test("an error from the sign-in page is passed on", async () => {
    fakeOffice((h) => h.get("dialogMessageReceived")?.({ message: JSON.stringify({ kind: "error", message: "AADSTS700016" }) }));
    await expect(new DialogTokenSource("https://a/auth-dialog.html").getToken()).rejects.toMatchObject({ message: "無法登入 Microsoft 365：AADSTS700016" });
  });

  test("a blocked popup says what to do", async () => {
    fakeOffice(() => undefined, 12009);
    await expect(new DialogTokenSource("https://a/auth-dialog.html").getToken()).rejects.toMatchObject({ message: "瀏覽器擋下了登入視窗：請允許快顯視窗後再試一次。" });
  });

  test("sign-out drops the token", async () => {
    const office = fakeOffice((h) => h.get("dialogMessageReceived")?.({ message: token("2099-01-01T00:00:00Z") }));
    const source = new DialogTokenSource("https://a/auth-dialog.html");
    await source.getToken();
    await source.signOut();
    expect(source.account()).toBeNull();
    await source.getToken();
    expect(office.urls).toHaveLength(2);
  });
});
