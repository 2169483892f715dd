// The 辦理情形 report's problems (src/report, the 報告 tab, `cli report`): why a report cannot be made for
// the meeting or division asked, and 填報 rows it had to leave out; wordings in both languages.
import { wording } from "./wording";

export const REPORT_CATALOGUE = {
  "report.nothingYet": wording(
    () => "活頁簿還沒有任何會議或案件：請先匯入會議紀錄，或指定會議次別",
    () => "the workbook has no meeting or case yet: import minutes first, or give a meeting number",
  ),
  "report.meetingInvalid": wording<{ text: string }>(
    (p) => `會議次別應為大於 1 的整數，卻是「${p.text}」`,
    (p) => `the meeting number must be a whole number greater than 1, not “${p.text}”`,
  ),
  "report.dueSoonDaysInvalid": wording<{ text: string }>(
    (p) => `即將到期天數應為 0 以上的整數，卻是「${p.text}」`,
    (p) => `the due-soon days must be a whole number 0 or more, not “${p.text}”`,
  ),
  "report.divisionUnknown": wording<{ name: string }>(
    (p) => `「${p.name}」不是組室登錄表中的組室，案件也沒有提到它：請確認組室名稱`,
    (p) => `“${p.name}” is neither in the 組室 registry nor named by any case: check the division's name`,
  ),
  "report.entriesUnreadable": wording<{ rows: number; caseIds: readonly string[] }>(
    (p) => `辦理歷程有 ${p.rows} 列填報無法讀取（列管案號 ${p.caseIds.join("、")}），未列入報告：請勿修改填報列的「內容」格式，或重新填報`,
    (p) =>
      `${p.rows} ${p.rows === 1 ? "entry" : "entries"} in 辦理歷程 cannot be read (case ${p.caseIds.join(", ")}) and ${p.rows === 1 ? "is" : "are"} left out of the report: do not change the form of an entry row's 內容, or enter it again`,
  ),
} as const;
