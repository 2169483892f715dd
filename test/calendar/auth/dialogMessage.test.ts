// The dialog → pane message: only a well-formed token message is taken as a token; anything else is a
// problem the pane words in its own language (what MSAL said is quoted as it came).
import { decodeDialogMessage, encodeDialogMessage } from "../../../src/calendar/auth";
import { stillValid } from "../../../src/calendar/auth/dialogMessage";
import { renderProblem } from "../../../src/problems";

describe("dialog messages", () => {
  test("a token round-trips", () => {
    const message = { kind: "token", accessToken: "eyJ0", expiresOn: "2026-11-24T10:00:00.000Z", account: "chen@example.gov.tw" } as const;
    expect(decodeDialogMessage(encodeDialogMessage(message))).toEqual(message);
  });

  const UNREADABLE = ["signIn.dialogUnreadable", "登入視窗傳回無法辨識的訊息", "the sign-in window sent back a message that cannot be read"] as const;
  test.each([
    ["not JSON", "{", ...UNREADABLE],
    ["null", "null", ...UNREADABLE],
    ["an empty token", JSON.stringify({ kind: "token", accessToken: "", expiresOn: "2026-11-24T10:00:00Z", account: "a" }), ...UNREADABLE],
    ["a bad expiry", JSON.stringify({ kind: "token", accessToken: "t", expiresOn: "soon", account: "a" }), "signIn.dialogNoExpiry", "登入視窗傳回的權杖沒有有效的到期時間", "the sign-in window sent back a token without a valid expiry time"],
    ["an error", JSON.stringify({ kind: "error", message: "AADSTS50011" }), "signIn.failed", "無法登入 Microsoft 365：「AADSTS50011」", "could not sign in to Microsoft 365: “AADSTS50011”"],
    [
      "a refused configuration",
      encodeDialogMessage({ kind: "misconfigured", clientId: "not-a-guid", tenant: "" }),
      "signIn.clientIdInvalid",
      "用戶端識別碼「not-a-guid」不是 GUID（應如 00000000-0000-0000-0000-000000000000）",
      "the client id “not-a-guid” is not a GUID (like 00000000-0000-0000-0000-000000000000)",
    ],
    ["a configuration the pane accepts", encodeDialogMessage({ kind: "misconfigured", clientId: "00000000-0000-0000-0000-000000000001", tenant: "organizations" }), ...UNREADABLE],
    ["another kind", JSON.stringify({ kind: "hello" }), ...UNREADABLE],
  ])("%s is a problem", (_what, text, code, zh, en) => {
    const reply = decodeDialogMessage(text);
    if (reply.kind !== "error") throw new Error("expected an error");
    expect(reply.problem.code).toBe(code);
    expect(renderProblem(reply.problem, "zh-TW")).toBe(zh);
    expect(renderProblem(reply.problem, "en")).toBe(en);
  });

  test.each([
    ["2026-11-24T10:00:00Z", "2026-11-24T09:50:00Z", true],
    ["2026-11-24T10:00:00Z", "2026-11-24T09:56:00Z", false],
    ["2026-11-24T10:00:00Z", "2026-11-24T10:01:00Z", false],
  ])("a token expiring %s is still used at %s: %p", (expiresOn, now, valid) => {
    expect(stillValid(expiresOn, new Date(now))).toBe(valid);
  });
});
