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

  // ---- a division's 填報 (src/workbook/proposals.ts) -------------------------------------------------------
  "proposal.meetingInvalid": wording<{ text: string }>(
    (p) => `填報的會議次別應為正整數，卻是「${p.text}」`,
    (p) => `the meeting an entry reports to must be a positive whole number, not “${p.text}”`,
  ),
  "proposal.noDivision": wording<{ caseId: string }>(
    (p) => `列管案號 ${p.caseId} 的填報沒有組室：請選擇填報的組室`,
    (p) => `the entry for case ${p.caseId} names no division: choose the division reporting`,
  ),
  "proposal.divisionBrackets": wording<{ division: string }>(
    (p) => `組室名稱「${p.division}」不可含有【】`,
    (p) => `the division's name “${p.division}” cannot hold 【 or 】`,
  ),
  "proposal.caseClosed": wording<{ caseId: string; tracking: "closed" | "self-tracked" }>(
    (p) => `列管案號 ${p.caseId} 已${p.tracking === "closed" ? "解除列管" : "自行列管"}，不需要再填報`,
    (p) => `case ${p.caseId} is ${p.tracking === "closed" ? "closed (解除列管)" : "self-tracked (自行列管)"}: it needs no more entries`,
  ),
  "proposal.tooEarly": wording<{ caseId: string; caseMeeting: number; meeting: number }>(
    (p) => `列管案號 ${p.caseId} 是第 ${p.caseMeeting} 次會議的案件，只能向之後的會議填報（不是第 ${p.meeting} 次）`,
    (p) => `case ${p.caseId} comes from meeting ${p.caseMeeting}: entries can only report to a later meeting (not meeting ${p.meeting})`,
  ),
  "proposal.notDivisionsCase": wording<{ caseId: string; lead: readonly string[]; supporting: readonly string[]; division: string }>(
    (p) =>
      `列管案號 ${p.caseId} 由「${p.lead.join("、") || "（未指定）"}」主辦${p.supporting.length > 0 ? `、「${p.supporting.join("、")}」協辦` : ""}，不是「${p.division}」的案件`,
    (p) =>
      `case ${p.caseId} is led by ${p.lead.length > 0 ? p.lead.map((name) => `“${name}”`).join(", ") : "no division yet"}${p.supporting.length > 0 ? ` with ${p.supporting.map((name) => `“${name}”`).join(", ")} supporting` : ""}: it is not a case of “${p.division}”`,
  ),
  "proposal.kindInvalid": wording<{ kind: string }>(
    (p) => `擬辦「${p.kind}」不是 建議解除列管、建議賡續列管、建議自行列管 之一`,
    (p) => `the proposal “${p.kind}” is not one of: propose closing, propose continuing, propose self-tracking`,
  ),
  "proposal.dueNeedsContinue": wording(
    () => "只有建議賡續列管可以附新期限",
    () => "only a proposal to continue tracking can carry a new deadline",
  ),
  "proposal.dueInvalid": wording<{ text: string }>(
    (p) => `新期限「${p.text}」不是有效的日期`,
    (p) => `the new deadline “${p.text}” is not a valid date`,
  ),
} as const;
