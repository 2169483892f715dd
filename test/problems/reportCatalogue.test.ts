// The report's problems in both languages (the 報告 tab and `cli report` word them from here), and the
// report core failing with them rather than with zh-TW sentences.
import { failureMessage } from "../../src/domain";
import { problem, renderProblem, type Problem } from "../../src/problems";
import { defaultReportMeeting } from "../../src/report";
import { unreadableMessage } from "../../src/app/report";
import type { HistoryRow } from "../../src/workbook/model";

describe("the report's problems", () => {
  test.each<[Problem, string, string]>([
    [problem("report.nothingYet", {}), "活頁簿還沒有任何會議或案件：請先匯入會議紀錄，或指定會議次別", "the workbook has no meeting or case yet: import minutes first, or give a meeting number"],
    [problem("report.meetingInvalid", { text: "1" }), "會議次別應為大於 1 的整數，卻是「1」", "the meeting number must be a whole number greater than 1, not “1”"],
    [problem("report.dueSoonDaysInvalid", { text: "-1" }), "即將到期天數應為 0 以上的整數，卻是「-1」", "the due-soon days must be a whole number 0 or more, not “-1”"],
    [problem("report.divisionUnknown", { name: "新工處" }), "「新工處」不是組室登錄表中的組室，案件也沒有提到它：請確認組室名稱", "“新工處” is neither in the 組室 registry nor named by any case: check the division's name"],
    [
      problem("report.entriesUnreadable", { rows: 2, caseIds: ["11002", "11005"] }),
      "辦理歷程有 2 列填報無法讀取（列管案號 11002、11005），未列入報告：請勿修改填報列的「內容」格式，或重新填報",
      "2 entries in 辦理歷程 cannot be read (case 11002, 11005) and are left out of the report: do not change the form of an entry row's 內容, or enter it again",
    ],
  ])("%j", (found, zh, en) => {
    expect(renderProblem(found, "zh-TW")).toBe(zh);
    expect(renderProblem(found, "en")).toBe(en);
  });
});

test("a workbook without meetings or cases has no default report meeting, said in either language", () => {
  const result = defaultReportMeeting([], []);
  if (result.ok) throw new Error("expected a failure");
  expect(result.problem?.code).toBe("report.nothingYet");
  expect(failureMessage(result, "en")).toBe("the workbook has no meeting or case yet: import minutes first, or give a meeting number");
});

test("unreadable 填報 rows are worded in the language asked, zh-TW by default (the CLI's)", () => {
  const rows = [{ caseId: "11002" }, { caseId: "11002" }] as unknown as HistoryRow[];
  expect(unreadableMessage(rows)).toBe("辦理歷程有 2 列填報無法讀取（列管案號 11002），未列入報告：請勿修改填報列的「內容」格式，或重新填報");
  expect(unreadableMessage(rows, "en")).toBe("2 entries in 辦理歷程 cannot be read (case 11002) and are left out of the report: do not change the form of an entry row's 內容, or enter it again");
  expect(unreadableMessage([], "en")).toBeNull();
});
