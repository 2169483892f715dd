// The calendar's reasons and the sign-in problems, each worded in both languages: zh-TW with no English
// prose and English with no Chinese, what the service said (status, Graph's code and message, the
// platform's network error) quoted as it came.
import { problem, renderProblem, type Problem } from "../../src/problems";
import { calendarReasonText, type CalendarReason } from "../../src/problems/remindersCatalogue";
import { chineseIn, englishIn } from "../support/language";


const REASONS: readonly [CalendarReason, string, string][] = [
  [{ kind: "noAnswer", detail: "Failed to fetch" }, "Microsoft Graph 沒有回應（連線中斷或逾時：「Failed to fetch」）", "no answer from Microsoft Graph (connection lost or timed out: “Failed to fetch”)"],
  [{ kind: "noAnswer", detail: "" }, "Microsoft Graph 沒有回應（連線中斷或逾時）", "no answer from Microsoft Graph (connection lost or timed out)"],
  [
    { kind: "status", status: 403, code: "ErrorAccessDenied", message: "Access is denied. Check credentials and try again." },
    "Microsoft Graph 回應 403：「ErrorAccessDenied: Access is denied. Check credentials and try again.」",
    "Microsoft Graph answered 403: “ErrorAccessDenied: Access is denied. Check credentials and try again.”",
  ],
  [{ kind: "status", status: 502 }, "Microsoft Graph 回應 502", "Microsoft Graph answered 502"],
  [{ kind: "tokenUnavailable", detail: "interaction_in_progress" }, "無法取得存取權杖（「interaction_in_progress」）", "no access token could be had (“interaction_in_progress”)"],
  [{ kind: "pageNotObject", path: "/me/calendars" }, "清單回應不是物件（/me/calendars）", "a page of the listing is not an object (/me/calendars)"],
  [{ kind: "pageWithoutValue", path: "/me/calendars", got: "null" }, "清單回應沒有「value」陣列（/me/calendars，收到「null」）", "a page of the listing has no “value” array (/me/calendars, got “null”)"],
  [{ kind: "pageItemNotObject", path: "/me/events" }, "清單回應含有不是物件的項目（/me/events）", "a page of the listing holds an item that is not an object (/me/events)"],
  [{ kind: "nextLinkNotText", path: "/me/events" }, "清單的下一頁連結不是網址（/me/events）", "the listing's next-page link is not a URL (/me/events)"],
  [{ kind: "nextLinkOutside", base: "https://graph.microsoft.com/v1.0" }, "清單的下一頁連結不在 https://graph.microsoft.com/v1.0 之下，未跟隨", "the listing's next-page link is outside https://graph.microsoft.com/v1.0; not followed"],
  [{ kind: "emptyButRecorded", count: 2 }, "清單是空的，但活頁簿記錄的 2 個提醒仍在行事曆中", "the listing is empty, but 2 reminders the workbook recorded are still in the calendar"],
  [{ kind: "emptyButRecorded", count: 1 }, "清單是空的，但活頁簿記錄的 1 個提醒仍在行事曆中", "the listing is empty, but 1 reminder the workbook recorded is still in the calendar"],
  [{ kind: "lookupUnanswered", eventId: "AAMk1", status: 0 }, "無法確認行事曆中的提醒 AAMk1 是否仍在（沒有回應）", "could not tell whether the reminder AAMk1 is still in the calendar (no answer)"],
  [{ kind: "lookupUnanswered", eventId: "AAMk1", status: 503 }, "無法確認行事曆中的提醒 AAMk1 是否仍在（回應 503）", "could not tell whether the reminder AAMk1 is still in the calendar (answered 503)"],
  [{ kind: "calendarNotCreated", name: "會議列管" }, "無法建立行事曆「會議列管」", "the calendar “會議列管” could not be created"],
  [{ kind: "calendarNotFound", id: "AAMkCal" }, "此信箱中沒有行事曆「AAMkCal」（可能已刪除）", "there is no calendar “AAMkCal” in this mailbox (deleted?)"],
  [{ kind: "batchItemUnanswered" }, "Microsoft Graph 沒有回答批次中的這項要求", "Microsoft Graph left this request of the batch unanswered"],
  [{ kind: "createdWithoutId", status: 201 }, "Microsoft Graph 回應 201，但沒有新事件的識別碼", "Microsoft Graph answered 201 but without the new event's id"],
];

describe("a calendar reason in words", () => {
  test.each(REASONS)("%j", (reason, zh, en) => {
    expect(calendarReasonText(reason, "zh-TW")).toBe(zh);
    expect(calendarReasonText(reason, "en")).toBe(en);
    expect(englishIn(zh)).toBe("");
    expect(chineseIn(en)).toBe("");
  });

  test("a reason not yet converted is shown as written in either language", () => {
    expect(calendarReasonText({ kind: "written", text: "舊訊息" }, "en")).toBe("舊訊息");
  });
});

describe("the sync's problems carry the reason", () => {
  const status: CalendarReason = { kind: "status", status: 503, code: "ServiceUnavailable" };
  test.each<[Problem, string, string]>([
    [problem("reminders.graphFailed", { doing: "read", reason: status }), "讀取行事曆失敗：Microsoft Graph 回應 503：「ServiceUnavailable」", "reading the calendar failed: Microsoft Graph answered 503: “ServiceUnavailable”"],
    [problem("reminders.graphFailed", { doing: "write", reason: { kind: "noAnswer", detail: "" } }), "寫入行事曆失敗：Microsoft Graph 沒有回應（連線中斷或逾時）", "writing the calendar failed: no answer from Microsoft Graph (connection lost or timed out)"],
    [
      problem("reminders.listingUntrusted", { doing: "read", reason: { kind: "pageWithoutValue", path: "/me/calendars/c/events", got: "null" } }),
      "讀取行事曆失敗：行事曆傳回的清單不可信（清單回應沒有「value」陣列（/me/calendars/c/events，收到「null」）），為免重複建立提醒，本次未寫入任何資料",
      "reading the calendar failed: its listing cannot be trusted (a page of the listing has no “value” array (/me/calendars/c/events, got “null”)); nothing was written, so as not to create reminders twice",
    ],
    [problem("reminders.calendarsFailed", { reason: status }), "無法載入您的行事曆清單：Microsoft Graph 回應 503：「ServiceUnavailable」", "your calendars could not be listed: Microsoft Graph answered 503: “ServiceUnavailable”"],
  ])("%j", (found, zh, en) => {
    expect(renderProblem(found, "zh-TW")).toBe(zh);
    expect(renderProblem(found, "en")).toBe(en);
  });
});

describe("a store's refusal nested in the sync's problem is worded in the same language", () => {
  const cause = problem("excel.hostFailure", { code: "GeneralException", message: "An internal error has occurred.", partial: false });
  test.each<[Problem, string, string]>([
    [
      problem("reminders.keyNotSaved", { detail: "（zh-TW 原文）", cause }),
      "無法在「設定」記下活頁簿識別碼：Excel 無法完成這項操作：「GeneralException: An internal error has occurred.」",
      "the workbook key could not be saved in 設定: Excel could not complete the operation: “GeneralException: An internal error has occurred.”",
    ],
    [problem("reminders.keyNotSaved", { detail: "舊訊息" }), "無法在「設定」記下活頁簿識別碼：舊訊息", "the workbook key could not be saved in 設定: 舊訊息"],
    [
      problem("reminders.writeBackFailed", { detail: "x", cause: problem("excel.tableRenamed", { table: "列管案件" }) }),
      `提醒已寫入行事曆，但結果無法寫回活頁簿：${renderProblem(problem("excel.tableRenamed", { table: "列管案件" }), "zh-TW")}（下次同步會依行事曆中的標記補回）`,
      `the reminders are in the calendar but the result could not be written back to the workbook: ${renderProblem(problem("excel.tableRenamed", { table: "列管案件" }), "en")} (the next sync restores it from the calendar's tags)`,
    ],
  ])("%j", (found, zh, en) => {
    expect(renderProblem(found, "zh-TW")).toBe(zh);
    expect(renderProblem(found, "en")).toBe(en);
  });
});

describe("signing in", () => {
  test.each<[Problem, string, string]>([
    [problem("signIn.failed", { detail: "AADSTS50020" }), "無法登入 Microsoft 365：「AADSTS50020」", "could not sign in to Microsoft 365: “AADSTS50020”"],
    [problem("signIn.cannotOpen", { code: 12007, detail: "A dialog box is already opened from this add-in." }), "無法開啟登入視窗（Office 錯誤 12007：「A dialog box is already opened from this add-in.」）", "the sign-in window could not open (Office error 12007: “A dialog box is already opened from this add-in.”)"],
    [problem("signIn.cannotOpen", { code: 12004, detail: "" }), "無法開啟登入視窗（Office 錯誤 12004）", "the sign-in window could not open (Office error 12004)"],
    [problem("signIn.dialogUnreadable", {}), "登入視窗傳回無法辨識的訊息", "the sign-in window sent back a message that cannot be read"],
    [problem("signIn.dialogNoExpiry", {}), "登入視窗傳回的權杖沒有有效的到期時間", "the sign-in window sent back a token without a valid expiry time"],
    [problem("signIn.dialogError", { code: "12002" }), "登入視窗發生錯誤（12002）", "the sign-in window failed (12002)"],
  ])("%j", (found, zh, en) => {
    expect(renderProblem(found, "zh-TW")).toBe(zh);
    expect(renderProblem(found, "en")).toBe(en);
    expect(englishIn(renderProblem(found, "zh-TW"))).toBe("");
    expect(chineseIn(renderProblem(found, "en"))).toBe("");
  });
});
