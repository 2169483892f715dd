// 更新狀態's lines come from the overdueSummary service; a workbook time zone no one knows still reports,
// with the warning in the command's language (no Chinese in the English report's warning).
import { overdueReport } from "../../src/commands/overdue";
import { en } from "../../src/taskpane/i18n/en";
import { zhTW } from "../../src/taskpane/i18n/zhTW";
import { caseRow, d, workbook } from "../taskpane/support";

const NOW = new Date("2022-04-30T16:30:00Z"); // 2022-05-01 in Taipei
const data = workbook([caseRow("11105", { dueDate: d("2022-04-29") })]);
const badZone = { ...data, settings: { ...data.settings, asOf: null, timeZone: "Taipei" } };

test.each([
  ["zh-TW", zhTW, ["基準日 2022-05-01：逾期案件 1 案。", "逾期案號：11105", "活頁簿「設定」的時區「Taipei」不正確：應為 IANA 時區名稱，例如 Asia/Taipei；暫以 Asia/Taipei 計算今天"]],
  ["English", en, ["As of 2022-05-01: 1 overdue case.", "Overdue: 11105", "the time zone “Taipei” in the workbook's 設定 is not an IANA zone such as Asia/Taipei; today is taken in Asia/Taipei meanwhile"]],
] as const)("a bad time zone, %s: the report on today in Taipei, and the warning", (_name, t, lines) => {
  expect(overdueReport(badZone, NOW, t)).toEqual(lines);
});
