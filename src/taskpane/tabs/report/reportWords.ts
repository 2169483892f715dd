// The 報告 tab's and the 填報 form's words, zh-TW first and English second, kept beside the tab (the
// shared catalogues in i18n/ were being edited by other work when this tab landed; moving these there
// is a copy). `wordsFor(t.lang)` picks the pane's language.
import type { ProposalKind } from "../../../report";

const zhTW = {
  tab: "報告",
  entryHeading: "本次填報",
  noText: "（內容待補）",
  division: "填報組室",
  chooseDivision: "請選擇組室",
  meeting: "向第幾次會議填報",
  meetingInvalid: (text: string) => `會議次別「${text}」不正確：請輸入正整數，例如 112`,
  awaiting: (n: number) => (n === 0 ? "本組室的案件都已填報。" : `待填報 ${n} 案：`),
  entered: (n: number) => `已填報 ${n} 案（可再次填報以更新）：`,
  progress: "辦理情形",
  proposal: "擬辦",
  none: "不提建議",
  newDue: "建議新期限（可空白）",
  save: "儲存填報",
  saved: (caseId: string, meeting: number) => `已儲存列管案號 ${caseId} 向第 ${meeting} 次會議的填報`,
  unchanged: "與上次填報相同，未寫入",
  reportHeading: "辦理情形報告",
  reportMeeting: "會議次別（空白：下一次會議）",
  reportDivision: "範圍",
  allDivisions: "全部組室",
  format: "格式",
  preview: (rows: number, unreported: number) => `列報 ${rows} 案，未填報 ${unreported} 案`,
  download: "下載報告",
  downloadOds: "下載活頁簿（.ods）",
  toSheet: "寫入工作表",
  sheetWritten: (sheet: string, replaced: boolean) => (replaced ? `已更新工作表「${sheet}」` : `已寫入新工作表「${sheet}」`),
  statistics: (tracked: number, overdue: number, dueSoon: number, rate: string) => `統計：列管 ${tracked} 案，逾期 ${overdue}，即將到期 ${dueSoon}，結案率 ${rate}`,
  columns: ["案號", "主辦／協辦", "辦理情形", "擬辦", "列管情形"] as readonly string[],
  unreported: "未填報",
  noCases: "此範圍沒有要列報的案件。",
  proposals: { close: "建議解除列管", continue: "建議賡續列管", "self-track": "建議自行列管" } satisfies Record<ProposalKind, string>,
};

export type ReportWords = typeof zhTW;

const en: ReportWords = {
  tab: "Report",
  entryHeading: "This meeting's entries",
  noText: "(text to be filled in)",
  division: "Reporting division",
  chooseDivision: "Choose a division",
  meeting: "Reporting to meeting",
  meetingInvalid: (text: string) => `Meeting number "${text}" is not valid: type a positive whole number, e.g. 112`,
  awaiting: (n: number) => (n === 0 ? "Every case of this division has an entry." : `${n} awaiting an entry:`),
  entered: (n: number) => `${n} entered (enter again to update):`,
  progress: "Progress",
  proposal: "Proposal",
  none: "No proposal",
  newDue: "Proposed new deadline (optional)",
  save: "Save entry",
  saved: (caseId: string, meeting: number) => `Saved the entry for case ${caseId} to meeting ${meeting}`,
  unchanged: "Same as the last entry: nothing written",
  reportHeading: "Progress report",
  reportMeeting: "Meeting (blank: the next one)",
  reportDivision: "Scope",
  allDivisions: "All divisions",
  format: "Format",
  preview: (rows: number, unreported: number) => `${rows} cases reported, ${unreported} without an entry`,
  download: "Download report",
  downloadOds: "Download workbook (.ods)",
  toSheet: "Write to a sheet",
  sheetWritten: (sheet: string, replaced: boolean) => (replaced ? `Updated the sheet "${sheet}"` : `Wrote the new sheet "${sheet}"`),
  statistics: (tracked: number, overdue: number, dueSoon: number, rate: string) => `Statistics: ${tracked} tracked, ${overdue} overdue, ${dueSoon} due soon, closure rate ${rate}`,
  columns: ["Case", "Lead / supporting", "Progress", "Proposal", "Status"],
  unreported: "No entry",
  noCases: "No case to report in this scope.",
  proposals: { close: "Propose closing", continue: "Propose continuing", "self-track": "Propose self-tracking" },
};

export function wordsFor(lang: string): ReportWords {
  return lang === "en" ? en : zhTW;
}
