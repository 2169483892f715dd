// The reminders' problems (the Outlook sync, the .ics export, the CLI's sync and ics options): wordings in
// both languages. Calendar names stay as the user wrote them.
import { wording } from "./wording";

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
  "reminders.listingUntrusted": wording<{ doing: "read" | "write"; detail: string }>(
    (p) => `${p.doing === "read" ? "讀取" : "寫入"}行事曆失敗：行事曆傳回的清單不可信（${p.detail}），為免重複建立提醒，本次未寫入任何資料`,
    (p) => `${p.doing === "read" ? "reading" : "writing"} the calendar failed: its listing cannot be trusted (${p.detail}); nothing was written, so as not to create reminders twice`,
  ),
  "reminders.graphFailed": wording<{ doing: "read" | "write"; detail: string }>(
    (p) => `${p.doing === "read" ? "讀取" : "寫入"}行事曆失敗（Microsoft Graph：${p.detail}）`,
    (p) => `${p.doing === "read" ? "reading" : "writing"} the calendar failed (Microsoft Graph: ${p.detail})`,
  ),
  "reminders.writeBackFailed": wording<{ detail: string }>(
    (p) => `提醒已寫入行事曆，但結果無法寫回活頁簿：${p.detail}（下次同步會依行事曆中的標記補回）`,
    (p) => `the reminders are in the calendar but the result could not be written back to the workbook: ${p.detail} (the next sync restores it from the calendar's tags)`,
  ),
  "reminders.keyNotSaved": wording<{ detail: string }>(
    (p) => `無法在「設定」記下活頁簿識別碼：${p.detail}`,
    (p) => `the workbook key could not be saved in 設定: ${p.detail}`,
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
    (p) => `無法登入 Microsoft 365：${p.detail}`,
    (p) => `could not sign in to Microsoft 365: ${p.detail}`,
  ),
  "signIn.dialogIgnored": wording(
    () => "已略過登入視窗；需要同步時請再按「登入」。",
    () => "The sign-in window was dismissed; press Sign in when you want to sync.",
  ),
  "signIn.popupBlocked": wording(
    () => "瀏覽器擋下了登入視窗：請允許此網站的快顯視窗後再按「登入」。",
    () => "The browser blocked the sign-in window: allow pop-ups for this site, then press Sign in.",
  ),
  "signIn.cannotOpen": wording<{ detail: string }>(
    (p) => `無法開啟登入視窗：${p.detail}`,
    (p) => `the sign-in window could not open: ${p.detail}`,
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
