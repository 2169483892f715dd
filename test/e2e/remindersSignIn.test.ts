// The 提醒 tab's sign-in and Graph failures in both languages, in (fake) Excel with the build that has
// Microsoft 365 sign-in configured (E2E_CLIENT_ID): the Office dialog that cannot open (Office's 12007),
// a sign-in page that sends back what the pane cannot read, then, signed in through the dialog, Graph
// answering the calendar listing without its value array and refusing the sync's calendar lookup (403),
// and a lead time the sync refuses before asking Graph.
// Graph is answered by the test (Playwright routes graph.microsoft.com); nothing leaves the machine.
// Each message is asserted, with no Chinese in the English pane and no English words in the zh-TW pane
// but quoted data (Office's and Graph's own words) and product names.
import { readFileSync } from "node:fs";
import type { Page, Route } from "playwright-core";
import { usePaneFixture } from "./support/fixture";
import { SAMPLE_TXT } from "./support/journey";
import { alertWith, foreignIn, toEnglish } from "./support/language";
import { Pane } from "./support/pane";

jest.setTimeout(180_000);

const fixture = usePaneFixture("graph");

type Language = "zh-TW" | "en";

const WORDS = {
  "zh-TW": { tab: "提醒", signIn: "登入 Microsoft 365", loadCalendars: "載入我的行事曆", syncNow: "立即同步", signedIn: "已登入：lin@example.gov.tw", leadDays: "提醒提前天數" },
  en: { tab: "Reminders", signIn: "Sign in to Microsoft 365", loadCalendars: "Load my calendars", syncNow: "Sync now", signedIn: "Signed in: lin@example.gov.tw", leadDays: "Reminder lead days" },
} as const;

const EXPECTED = {
  "zh-TW": {
    cannotOpen: "無法開啟登入視窗（Office 錯誤 12007：「fake host: dialogs are not available」）",
    unreadable: "登入視窗傳回無法辨識的訊息",
    listing: "無法載入您的行事曆清單：清單回應沒有「value」陣列（/me/calendars，收到「null」）",
    denied: "同步失敗：讀取行事曆失敗：Microsoft Graph 回應 403：「ErrorAccessDenied: Access is denied. Check credentials and try again.」",
    leadDays: "提醒提前天數「-1」不正確：應為 0 以上的整數",
  },
  en: {
    cannotOpen: "the sign-in window could not open (Office error 12007: “fake host: dialogs are not available”)",
    unreadable: "the sign-in window sent back a message that cannot be read",
    listing: "your calendars could not be listed: a page of the listing has no “value” array (/me/calendars, got “null”)",
    denied: "Sync failed: reading the calendar failed: Microsoft Graph answered 403: “ErrorAccessDenied: Access is denied. Check credentials and try again.”",
    leadDays: 'Reminder lead days "-1" is not valid: use a whole number, 0 or more',
  },
} as const;

const CORS = { "access-control-allow-origin": "*", "access-control-allow-headers": "*", "access-control-allow-methods": "GET, POST, PATCH, DELETE, OPTIONS" };

/** How the test's Graph answers: a calendar listing without `value`, or 403 to everything. */
type GraphMode = "value-null" | "denied";

/** Answers Graph for this page: `mode()` decides; the requests are recorded as `METHOD path`. */
async function answerGraph(page: Page, mode: () => GraphMode, seen: string[]): Promise<void> {
  await page.context().route("https://graph.microsoft.com/**", async (route: Route) => {
    const request = route.request();
    if (request.method() === "OPTIONS") return route.fulfill({ status: 204, headers: CORS });
    const url = new URL(request.url());
    seen.push(`${request.method()} ${url.pathname}`);
    if (mode() === "value-null") return route.fulfill({ status: 200, headers: CORS, contentType: "application/json", body: JSON.stringify({ value: null }) });
    const error = { error: { code: "ErrorAccessDenied", message: "Access is denied. Check credentials and try again." } };
    return route.fulfill({ status: 403, headers: CORS, contentType: "application/json", body: JSON.stringify(error) });
  });
}

/** What the fake Office dialog's page sends back from now on (the fake host reads it at each open). */
async function dialogSends(page: Page, message: string): Promise<void> {
  await page.evaluate((text) => {
    const config = (window as { __fakeExcelConfig?: { dialog?: { message: string } } }).__fakeExcelConfig;
    if (config === undefined) throw new Error("no fake host config");
    config.dialog = { message: text };
  }, message);
}

async function expectAlert(page: Page, language: Language, expected: string): Promise<void> {
  const text = await alertWith(page, expected);
  expect(text).toContain(expected);
  expect(foreignIn(text, language)).toBe("");
}

const TOKEN = JSON.stringify({ kind: "token", accessToken: "e2e-token", expiresOn: "2099-01-01T00:00:00.000Z", account: "lin@example.gov.tw" });

describe.each<Language>(["zh-TW", "en"])("%s", (language) => {
  const words = WORDS[language];
  const expected = EXPECTED[language];

  test("sign-in failures, then Graph's failures once signed in", async () => {
    // a plain object the fake host keeps a reference to, so the test can change what the dialog sends
    const session = await fixture.open({ host: "excel", fakeConfig: {} });
    const page = session.page;
    const pane = new Pane(page);
    let mode: GraphMode = "value-null";
    const seen: string[] = [];
    await answerGraph(page, () => mode, seen);
    await pane.ready();
    await pane.minutesText().fill(readFileSync(SAMPLE_TXT, "utf8"));
    await pane.parse();
    await pane.write();
    if (language === "en") await toEnglish(page);
    const tab = page.getByRole("tab", { name: words.tab, exact: true });
    await tab.click();
    const signIn = page.getByRole("button", { name: words.signIn, exact: true });

    // Office cannot open the dialog (the fake host's default: 12007)
    await signIn.click();
    await expectAlert(page, language, expected.cannotOpen);

    // the sign-in page answers with something that is not our message
    await dialogSends(page, "<html>not a message</html>");
    await signIn.click();
    await expectAlert(page, language, expected.unreadable);

    // signed in; Graph lists the calendars without a value array
    await dialogSends(page, TOKEN);
    await signIn.click();
    await page.getByText(words.signedIn).waitFor();
    await page.getByRole("button", { name: words.loadCalendars, exact: true }).click();
    await expectAlert(page, language, expected.listing);
    expect(seen).toContain("GET /v1.0/me/calendars");

    // the sync's calendar lookup refused
    mode = "denied";
    await page.getByRole("button", { name: words.syncNow, exact: true }).click();
    await expectAlert(page, language, expected.denied);

    // a lead time the sync refuses before it asks Graph anything
    const requests = seen.length;
    const lead = page.getByRole("spinbutton", { name: words.leadDays }).or(page.getByRole("textbox", { name: words.leadDays }));
    await lead.fill("-1");
    await page.getByRole("button", { name: words.syncNow, exact: true }).click();
    await expectAlert(page, language, expected.leadDays);
    expect(seen.length).toBe(requests);
    expect(session.errors.filter((e) => !e.includes("403"))).toEqual([]);
    expect(session.refused).toEqual([]);
  });
});
