// The dialog → pane message: only a well-formed token message is taken as a token; anything else is an error.
import { decodeDialogMessage, encodeDialogMessage } from "../../../src/calendar/auth";
import { stillValid } from "../../../src/calendar/auth/dialogMessage";

describe("dialog messages", () => {
  test("a token round-trips", () => {
    const message = { kind: "token", accessToken: "eyJ0", expiresOn: "2026-11-24T10:00:00.000Z", account: "chen@example.gov.tw" } as const;
    expect(decodeDialogMessage(encodeDialogMessage(message))).toEqual(message);
  });

  test.each([
    ["not JSON", "{", "登入視窗傳回無法辨識的訊息"],
    ["null", "null", "登入視窗傳回無法辨識的訊息"],
    ["an empty token", JSON.stringify({ kind: "token", accessToken: "", expiresOn: "2026-11-24T10:00:00Z", account: "a" }), "登入視窗傳回無法辨識的訊息"],
    ["a bad expiry", JSON.stringify({ kind: "token", accessToken: "t", expiresOn: "soon", account: "a" }), "登入視窗傳回的權杖沒有有效的到期時間"],
    ["an error", JSON.stringify({ kind: "error", message: "AADSTS50011" }), "AADSTS50011"],
    ["another kind", JSON.stringify({ kind: "hello" }), "登入視窗傳回無法辨識的訊息"],
  ])("%s is an error", (_what, text, message) => {
    expect(decodeDialogMessage(text)).toEqual({ kind: "error", message });
  });

  test.each([
    ["2026-11-24T10:00:00Z", "2026-11-24T09:50:00Z", true],
    ["2026-11-24T10:00:00Z", "2026-11-24T09:56:00Z", false],
    ["2026-11-24T10:00:00Z", "2026-11-24T10:01:00Z", false],
  ])("a token expiring %s is still used at %s: %p", (expiresOn, now, valid) => {
    expect(stillValid(expiresOn, new Date(now))).toBe(valid);
  });
});
