// A sign-in failure carries its reason as a problem: zh-TW as its message (what the logs and older callers
// read), English for the English pane, and cancelled kept apart so the pane says it quietly.
import { SignInError } from "../../../src/calendar/auth/tokenSource";
import { problem, renderProblem } from "../../../src/problems";

test.each([
  [problem("signIn.cancelled", {}), true, "已取消登入。", "Sign-in was cancelled."],
  [problem("signIn.popupBlocked", {}), false, "瀏覽器擋下了登入視窗：請允許此網站的快顯視窗後再按「登入」。", "The browser blocked the sign-in window: allow pop-ups for this site, then press Sign in."],
  [problem("signIn.failed", { detail: "AADSTS50020" }), false, "無法登入 Microsoft 365：「AADSTS50020」", "could not sign in to Microsoft 365: “AADSTS50020”"],
])("%j", (reason, cancelled, zh, en) => {
  const error = new SignInError(reason, cancelled);
  expect(error.message).toBe(zh);
  expect(error.cancelled).toBe(cancelled);
  expect(renderProblem(error.problem, "en")).toBe(en);
});
