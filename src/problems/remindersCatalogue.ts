// The reminders' problems (the Outlook sync, the .ics export, the CLI's sync and ics options, signing in):
// wordings in both languages. Calendar names stay as the user wrote them; what the service said (an HTTP
// status, Graph's error code and message, a browser's network error) is data, quoted as it came.
import { wording, type NestedProblem } from "./wording";

/**
 * Why the calendar service failed a request or gave an answer the sync cannot trust, as data: the Graph
 * adapter and the sync raise these (inside a CalendarServiceError) and the catalogue words them.
 * `written` is a reason not yet converted (a test's fake calendar), shown as written in either language.
 */
export type CalendarReason =
  /** no HTTP answer: the connection dropped or the request timed out; `detail` is the platform's words */
  | { readonly kind: "noAnswer"; readonly detail: string }
  /** an HTTP answer that failed the request, with Graph's error code and message when it sent them */
  | { readonly kind: "status"; readonly status: number; readonly code?: string; readonly message?: string }
  /** the sign-in could not give a token silently for a reason other than needing the user */
  | { readonly kind: "tokenUnavailable"; readonly detail: string }
  /** a listing page that is not an object; `path` is the request's path without its query */
  | { readonly kind: "pageNotObject"; readonly path: string }
  /** a listing page without a `value` array; `got` is what `value` was (null, undefined, string …) */
  | { readonly kind: "pageWithoutValue"; readonly path: string; readonly got: string }
  | { readonly kind: "pageItemNotObject"; readonly path: string }
  | { readonly kind: "nextLinkNotText"; readonly path: string }
  /** a next-page link to somewhere else than the base we were given: not followed */
  | { readonly kind: "nextLinkOutside"; readonly base: string }
  /** an empty listing while events the workbook recorded are still in the calendar */
  | { readonly kind: "emptyButRecorded"; readonly count: number }
  /** a recorded event looked up by id got no final answer (`status` 0: none at all) */
  | { readonly kind: "lookupUnanswered"; readonly eventId: string; readonly status: number }
  | { readonly kind: "calendarNotCreated"; readonly name: string }
  | { readonly kind: "calendarNotFound"; readonly id: string }
  /** one request of a $batch that Graph answered without an answer for it, after every retry */
  | { readonly kind: "batchItemUnanswered" }
  /** a create Graph answered as done but without the new event's id */
  | { readonly kind: "createdWithoutId"; readonly status: number }
  | { readonly kind: "written"; readonly text: string };

/** Graph's error code and message, as Graph sent them: `ErrorAccessDenied: Access is denied.` */
function statusDetail(r: { readonly code?: string; readonly message?: string }): string {
  return [r.code, r.message].filter((part): part is string => part !== undefined && part !== "").join(": ");
}

function calendarReasonZh(r: CalendarReason): string {
  switch (r.kind) {
    case "noAnswer":
      return `Microsoft Graph 沒有回應（連線中斷或逾時${r.detail === "" ? "" : `：「${r.detail}」`}）`;
    case "status":
      return statusDetail(r) === "" ? `Microsoft Graph 回應 ${r.status}` : `Microsoft Graph 回應 ${r.status}：「${statusDetail(r)}」`;
    case "tokenUnavailable":
      return `無法取得存取權杖（「${r.detail}」）`;
    case "pageNotObject":
      return `清單回應不是物件（${r.path}）`;
    case "pageWithoutValue":
      return `清單回應沒有「value」陣列（${r.path}，收到「${r.got}」）`;
    case "pageItemNotObject":
      return `清單回應含有不是物件的項目（${r.path}）`;
    case "nextLinkNotText":
      return `清單的下一頁連結不是網址（${r.path}）`;
    case "nextLinkOutside":
      return `清單的下一頁連結不在 ${r.base} 之下，未跟隨`;
    case "emptyButRecorded":
      return `清單是空的，但活頁簿記錄的 ${r.count} 個提醒仍在行事曆中`;
    case "lookupUnanswered":
      return `無法確認行事曆中的提醒 ${r.eventId} 是否仍在（${r.status === 0 ? "沒有回應" : `回應 ${r.status}`}）`;
    case "calendarNotCreated":
      return `無法建立行事曆「${r.name}」`;
    case "calendarNotFound":
      return `此信箱中沒有行事曆「${r.id}」（可能已刪除）`;
    case "batchItemUnanswered":
      return "Microsoft Graph 沒有回答批次中的這項要求";
    case "createdWithoutId":
      return `Microsoft Graph 回應 ${r.status}，但沒有新事件的識別碼`;
    case "written":
      return r.text;
  }
}

function calendarReasonEn(r: CalendarReason): string {
  switch (r.kind) {
    case "noAnswer":
      return `no answer from Microsoft Graph (connection lost or timed out${r.detail === "" ? "" : `: “${r.detail}”`})`;
    case "status":
      return statusDetail(r) === "" ? `Microsoft Graph answered ${r.status}` : `Microsoft Graph answered ${r.status}: “${statusDetail(r)}”`;
    case "tokenUnavailable":
      return `no access token could be had (“${r.detail}”)`;
    case "pageNotObject":
      return `a page of the listing is not an object (${r.path})`;
    case "pageWithoutValue":
      return `a page of the listing has no “value” array (${r.path}, got “${r.got}”)`;
    case "pageItemNotObject":
      return `a page of the listing holds an item that is not an object (${r.path})`;
    case "nextLinkNotText":
      return `the listing's next-page link is not a URL (${r.path})`;
    case "nextLinkOutside":
      return `the listing's next-page link is outside ${r.base}; not followed`;
    case "emptyButRecorded":
      return `the listing is empty, but ${r.count} reminder${r.count === 1 ? "" : "s"} the workbook recorded ${r.count === 1 ? "is" : "are"} still in the calendar`;
    case "lookupUnanswered":
      return `could not tell whether the reminder ${r.eventId} is still in the calendar (${r.status === 0 ? "no answer" : `answered ${r.status}`})`;
    case "calendarNotCreated":
      return `the calendar “${r.name}” could not be created`;
    case "calendarNotFound":
      return `there is no calendar “${r.id}” in this mailbox (deleted?)`;
    case "batchItemUnanswered":
      return "Microsoft Graph left this request of the batch unanswered";
    case "createdWithoutId":
      return `Microsoft Graph answered ${r.status} but without the new event's id`;
    case "written":
      return r.text;
  }
}

/** A calendar reason in words, for a problem's wording and for the calendar errors' own message. */
export const calendarReasonText = (reason: CalendarReason, language: "zh-TW" | "en"): string =>
  language === "zh-TW" ? calendarReasonZh(reason) : calendarReasonEn(reason);

export const REMINDERS_CATALOGUE = {
  "reminders.calendarTwice": wording(
    () => "--calendar 與 --calendar-id 只能擇一",
    () => "give --calendar or --calendar-id, not both",
  ),
  "reminders.calendarBlank": wording(
    () => "--calendar 不可為空白",
    () => "--calendar cannot be blank",
  ),
  "reminders.caseErrors": wording<{ count: number }>(
    (p) => `${p.count} 案的提醒同步失敗，已記在「提醒錯誤」欄；再執行一次 sync 會重試`,
    (p) => `the reminders of ${p.count} case${p.count === 1 ? "" : "s"} failed to sync; each is noted in the 提醒錯誤 column and the next sync retries them`,
  ),
  "reminders.graphUrlNotUrl": wording<{ text: string; example: string }>(
    (p) => `--graph-url「${p.text}」不是網址：請給 ${p.example} 或 http://127.0.0.1:PORT/v1.0`,
    (p) => `--graph-url “${p.text}” is not a URL: give ${p.example} or http://127.0.0.1:PORT/v1.0`,
  ),
  "reminders.graphUrlInsecure": wording(
    () => "--graph-url 只接受 https，或本機的 http（127.0.0.1、localhost）：存取權杖不可以明文送到其他主機",
    () => "--graph-url takes https, or http on this machine only (127.0.0.1, localhost): an access token must not travel in clear text",
  ),
  "reminders.graphUrlExtras": wording<{ url: string }>(
    (p) => `--graph-url 不可含查詢字串、錨點或帳密：${p.url}`,
    (p) => `--graph-url cannot hold a query, a fragment or credentials: ${p.url}`,
  ),
  "reminders.graphUrlVersion": wording<{ url: string; example: string }>(
    (p) => `--graph-url 應以 API 版本結尾，例如 ${p.example}（收到 ${p.url}）`,
    (p) => `--graph-url must end with the API version, e.g. ${p.example} (got ${p.url})`,
  ),
  "reminders.tokenEnvName": wording(
    () => "--token-env 應是環境變數的名稱（例如 GRAPH_TOKEN），不是權杖本身",
    () => "--token-env takes the name of an environment variable (e.g. GRAPH_TOKEN), not the token itself",
  ),
  "reminders.tokenEnvEmpty": wording<{ name: string }>(
    (p) => `環境變數 ${p.name} 沒有設定：請把 Microsoft Graph 的存取權杖（Calendars.ReadWrite）放在其中`,
    (p) => `the environment variable ${p.name} is not set: put a Microsoft Graph access token (Calendars.ReadWrite) in it`,
  ),
  "reminders.cannotWriteFile": wording<{ path: string; detail: string }>(
    (p) => `無法寫入「${p.path}」：${p.detail}`,
    (p) => `cannot write “${p.path}”: ${p.detail}`,
  ),
  "reminders.signInRequired": wording(
    () => "需要登入 Microsoft 365 才能同步：請按「登入」。",
    () => "Syncing needs a Microsoft 365 sign-in: press Sign in.",
  ),
  "reminders.listingUntrusted": wording<{ doing: "read" | "write"; reason: CalendarReason }>(
    (p) => `${p.doing === "read" ? "讀取" : "寫入"}行事曆失敗：行事曆傳回的清單不可信（${calendarReasonZh(p.reason)}），為免重複建立提醒，本次未寫入任何資料`,
    (p) => `${p.doing === "read" ? "reading" : "writing"} the calendar failed: its listing cannot be trusted (${calendarReasonEn(p.reason)}); nothing was written, so as not to create reminders twice`,
  ),
  "reminders.graphFailed": wording<{ doing: "read" | "write"; reason: CalendarReason }>(
    (p) => `${p.doing === "read" ? "讀取" : "寫入"}行事曆失敗：${calendarReasonZh(p.reason)}`,
    (p) => `${p.doing === "read" ? "reading" : "writing"} the calendar failed: ${calendarReasonEn(p.reason)}`,
  ),
  "reminders.calendarsFailed": wording<{ reason: CalendarReason }>(
    (p) => `無法載入您的行事曆清單：${calendarReasonZh(p.reason)}`,
    (p) => `your calendars could not be listed: ${calendarReasonEn(p.reason)}`,
  ),
  // `cause`, when the store said why as a problem, is worded in the reader's language; else `detail` as written
  "reminders.writeBackFailed": wording<{ detail: string; cause?: NestedProblem }>(
    (p, say) => `提醒已寫入行事曆，但結果無法寫回活頁簿：${p.cause ? say(p.cause) : p.detail}（下次同步會依行事曆中的標記補回）`,
    (p, say) => `the reminders are in the calendar but the result could not be written back to the workbook: ${p.cause ? say(p.cause) : p.detail} (the next sync restores it from the calendar's tags)`,
  ),
  "reminders.keyNotSaved": wording<{ detail: string; cause?: NestedProblem }>(
    (p, say) => `無法在「設定」記下活頁簿識別碼：${p.cause ? say(p.cause) : p.detail}`,
    (p, say) => `the workbook key could not be saved in 設定: ${p.cause ? say(p.cause) : p.detail}`,
  ),
  "reminders.leadDaysInvalid": wording<{ value: string }>(
    (p) => `「設定」的提醒提前天數應為 0 以上的整數，目前是 ${p.value}`,
    (p) => `the reminder lead days in 設定 must be a whole number 0 or more, not ${p.value}`,
  ),
  // ---- signing in (src/calendar/auth) ---------------------------------------------------------------
  "signIn.cancelled": wording(
    () => "已取消登入。",
    () => "Sign-in was cancelled.",
  ),
  "signIn.failed": wording<{ detail: string }>(
    (p) => `無法登入 Microsoft 365：「${p.detail}」`,
    (p) => `could not sign in to Microsoft 365: “${p.detail}”`,
  ),
  "signIn.dialogIgnored": wording(
    () => "已略過登入視窗；需要同步時請再按「登入」。",
    () => "The sign-in window was dismissed; press Sign in when you want to sync.",
  ),
  "signIn.popupBlocked": wording(
    () => "瀏覽器擋下了登入視窗：請允許此網站的快顯視窗後再按「登入」。",
    () => "The browser blocked the sign-in window: allow pop-ups for this site, then press Sign in.",
  ),
  "signIn.cannotOpen": wording<{ code: number; detail: string }>(
    (p) => `無法開啟登入視窗（Office 錯誤 ${p.code}${p.detail === "" ? "" : `：「${p.detail}」`}）`,
    (p) => `the sign-in window could not open (Office error ${p.code}${p.detail === "" ? "" : `: “${p.detail}”`})`,
  ),
  "signIn.dialogUnreadable": wording(
    () => "登入視窗傳回無法辨識的訊息",
    () => "the sign-in window sent back a message that cannot be read",
  ),
  "signIn.dialogNoExpiry": wording(
    () => "登入視窗傳回的權杖沒有有效的到期時間",
    () => "the sign-in window sent back a token without a valid expiry time",
  ),
  "signIn.dialogError": wording<{ code: string }>(
    (p) => `登入視窗發生錯誤（${p.code}）`,
    (p) => `the sign-in window failed (${p.code})`,
  ),
  "signIn.clientIdMissing": wording(
    () => "尚未設定 Microsoft Graph 的用戶端識別碼：建置時請設定環境變數 MINUTES_TRACKER_CLIENT_ID（見 README「設定」）。",
    () => "No Microsoft Graph client id is configured: set MINUTES_TRACKER_CLIENT_ID when building (see the README).",
  ),
  "signIn.clientIdInvalid": wording<{ id: string }>(
    (p) => `用戶端識別碼「${p.id}」不是 GUID（應如 00000000-0000-0000-0000-000000000000）`,
    (p) => `the client id “${p.id}” is not a GUID (like 00000000-0000-0000-0000-000000000000)`,
  ),
  "signIn.tenantInvalid": wording<{ tenant: string }>(
    (p) => `租用戶「${p.tenant}」應為租用戶 GUID、網域（如 contoso.onmicrosoft.com）或 organizations`,
    (p) => `the tenant “${p.tenant}” must be a tenant GUID, a domain (such as contoso.onmicrosoft.com) or organizations`,
  ),
} as const;
