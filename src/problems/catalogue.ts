// The one catalogue of user-facing problems: every code with its wording in Traditional Chinese and in
// English. The core, the CLI, the ribbon command and the pane render through it (render.ts), so a message
// has one wording per language and the two cannot drift (both are required by the type).
// Words kept from DESIGN.md: 列管案號, 案 for a count of cases, 裁示 for a ruling, 組室 for a division.

import { PARSER_CATALOGUE } from "./parserCatalogue";
import { READER_CATALOGUE } from "./readerCatalogue";
import { REMINDERS_CATALOGUE } from "./remindersCatalogue";
import { REPORT_CATALOGUE } from "./reportCatalogue";
import { STORE_CATALOGUE } from "./storeCatalogue";
import { wording, type NestedProblem } from "./wording";

const DATE_FORMS_ZH = "應為西元 2022-03-17，或民國 111/03/17、111年3月17日";
const DATE_FORMS_EN = "use 2022-03-17, or the ROC calendar: 111/03/17 or 111年3月17日";

export const CATALOGUE = {
  // the workbook stores (Excel and file): storeCatalogue.ts
  ...STORE_CATALOGUE,
  // the reminders (Outlook sync, .ics): remindersCatalogue.ts
  ...REMINDERS_CATALOGUE,
  // the 辦理情形 report: reportCatalogue.ts
  ...REPORT_CATALOGUE,
  // the document readers (.txt, .docx, .odt): readerCatalogue.ts
  ...READER_CATALOGUE,
  // the minutes parser's warnings and the case id and deadline rules it quotes: parserCatalogue.ts
  ...PARSER_CATALOGUE,

  // ---- dates (domain) ---------------------------------------------------------------------------
  "date.unrecognized": wording<{ text: string }>(
    (p) => `日期「${p.text}」無法辨識：${DATE_FORMS_ZH}`,
    (p) => `the date “${p.text}” cannot be read: ${DATE_FORMS_EN}`,
  ),
  "date.isoFormat": wording<{ text: string }>(
    (p) => `日期「${p.text}」格式不正確：應為 YYYY-MM-DD，例如 2022-05-31`,
    (p) => `the date “${p.text}” is not in the form YYYY-MM-DD, e.g. 2022-05-31`,
  ),
  "date.notWhole": wording<{ text: string }>(
    (p) => `日期「${p.text}」不正確：年、月、日都必須是整數`,
    (p) => `the date “${p.text}” is wrong: year, month and day must be whole numbers`,
  ),
  "date.yearOutOfRange": wording<{ text: string; min: number; max: number }>(
    (p) => `日期「${p.text}」不正確：西元年須介於 ${p.min} 至 ${p.max}`,
    (p) => `the date “${p.text}” is wrong: the year must be between ${p.min} and ${p.max}`,
  ),
  "date.monthOutOfRange": wording<{ text: string; month: number }>(
    (p) => `日期「${p.text}」不存在：月份須為 1–12`,
    (p) => `the date “${p.text}” does not exist: the month must be 1–12, not ${p.month}`,
  ),
  "date.dayZero": wording<{ text: string }>(
    (p) => `日期「${p.text}」不存在：日須從 1 起算`,
    (p) => `the date “${p.text}” does not exist: days start at 1`,
  ),
  "date.dayOutOfRange": wording<{ text: string; year: number; month: number; days: number; rocYear?: number }>(
    (p) => `日期「${p.text}」不存在：${p.rocYear !== undefined ? `${p.rocYear} 年（${p.year} 年）` : `${p.year} 年 `}${p.month} 月只有 ${p.days} 天`,
    (p) => `the date “${p.text}” does not exist: month ${p.month} of ${p.year} has only ${p.days} days`,
  ),
  "date.rocUnrecognized": wording<{ text: string }>(
    (p) => `日期「${p.text}」無法辨識：應為民國年月日，例如「民國111年3月17日」或「111/03/17」`,
    (p) => `the date “${p.text}” cannot be read: an ROC date is written 民國111年3月17日 or 111/03/17`,
  ),
  "date.rocYearZero": wording<{ text: string }>(
    (p) => `日期「${p.text}」不正確：民國年須從 1 起算`,
    (p) => `the date “${p.text}” is wrong: ROC years start at 1`,
  ),
  "date.rocYearTooLong": wording<{ text: string; year: number; rocEquivalent?: number }>(
    (p) => `日期「${p.text}」不正確：應寫民國年（最多 3 位數）${p.rocEquivalent !== undefined ? `；${p.year} 看似西元年，即民國 ${p.rocEquivalent} 年` : ""}`,
    (p) => `the date “${p.text}” is wrong: write the ROC year (at most 3 digits)${p.rocEquivalent !== undefined ? `; ${p.year} looks like a Gregorian year, ROC year ${p.rocEquivalent}` : ""}`,
  ),
  "date.rocMonthOutOfRange": wording<{ text: string; month: number }>(
    (p) => `日期「${p.text}」不正確：月份須為 1–12`,
    (p) => `the date “${p.text}” is wrong: the month must be 1–12, not ${p.month}`,
  ),
  "date.rocNotNumber": wording<{ text: string; part: "year" | "month" | "day"; value: string }>(
    (p) => `日期「${p.text}」無法辨識：${{ year: "年", month: "月", day: "日" }[p.part]}「${p.value}」不是數字`,
    (p) => `the date “${p.text}” cannot be read: the ${p.part} “${p.value}” is not a number`,
  ),
  "date.timeZoneInvalid": wording<{ zone: string; fallback: string }>(
    (p) => `活頁簿「設定」的時區「${p.zone}」不正確：應為 IANA 時區名稱，例如 Asia/Taipei；暫以 ${p.fallback} 計算今天`,
    (p) => `the time zone “${p.zone}” in the workbook's 設定 is not an IANA zone such as Asia/Taipei; today is taken in ${p.fallback} meanwhile`,
  ),
  "date.invalidInstant": wording<{ text: string }>(
    (p) => `記錄時間「${p.text}」不是有效的時間`,
    (p) => `“${p.text}” is not a valid time`,
  ),

  // ---- minutes (parser) -----------------------------------------------------------------------------
  "minutes.binary": wording(
    () => "內容含有二進位資料，不是文字格式的會議紀錄",
    () => "the content holds binary data: these are not minutes in text form",
  ),
  "minutes.empty": wording(
    () => "會議紀錄是空白的：沒有任何文字",
    () => "the minutes are blank: there is no text",
  ),

  // ---- case ids and meetings (domain) -------------------------------------------------------------
  "meeting.numberInvalid": wording<{ text: string }>(
    (p) => `會議次別「${p.text}」不正確：應為 1–9999 的整數`,
    (p) => `the meeting number “${p.text}” is wrong: it must be a whole number 1–9999`,
  ),
  "case.notFound": wording<{ caseId: string }>(
    (p) => `找不到列管案號 ${p.caseId}：請先重新整理案件清單`,
    (p) => `there is no case ${p.caseId}: refresh the list of cases first`,
  ),
  "case.progressEmpty": wording<{ caseId: string }>(
    (p) => `列管案號 ${p.caseId} 的辦理情形是空白：請寫下辦理的情形`,
    (p) => `the progress note for case ${p.caseId} is blank: write what was done`,
  ),
  "case.textTooLong": wording<{ length: number; max: number }>(
    (p) => `辦理情形有 ${p.length} 字，超過 Excel 儲存格上限 ${p.max} 字`,
    (p) => `the progress note has ${p.length} characters, more than an Excel cell holds (${p.max})`,
  ),
  "case.closedNoDeadline": wording<{ caseId: string; tracking: "closed" | "self-tracked" }>(
    (p) => `列管案號 ${p.caseId} 已${p.tracking === "closed" ? "解除列管" : "自行列管"}，不能變更期限；如需繼續追蹤，請先恢復列管`,
    (p) => `case ${p.caseId} is ${p.tracking === "closed" ? "closed (解除列管)" : "self-tracked (自行列管)"}: its deadline cannot change; reopen it first to keep tracking it`,
  ),
  "ruling.meetingInvalid": wording<{ text: string }>(
    (p) => `會議次別應為正整數，卻是「${p.text}」`,
    (p) => `the meeting number must be a positive whole number, not “${p.text}”`,
  ),
  "ruling.olderMeeting": wording<{ caseId: string; later: number; meeting: number }>(
    (p) => `列管案號 ${p.caseId} 已有第 ${p.later} 次會議的裁示，第 ${p.meeting} 次會議的裁示不會覆蓋較新的裁示`,
    (p) => `case ${p.caseId} already has a ruling from meeting ${p.later}; a ruling of meeting ${p.meeting} does not override a later one`,
  ),
  "ruling.notClosed": wording<{ caseId: string }>(
    (p) => `列管案號 ${p.caseId} 仍在列管中，不需要恢復列管`,
    (p) => `case ${p.caseId} is still tracked: there is nothing to reopen`,
  ),
  "settings.daysOutOfRange": wording<{ setting: "dueSoonDays" | "reminderLeadDays"; value: string; max: number }>(
    (p) => `${p.setting === "dueSoonDays" ? "即將到期天數" : "提醒提前天數"}應為 0 到 ${p.max} 的整數，卻是「${p.value}」`,
    (p) => `${p.setting === "dueSoonDays" ? "days counted as due soon" : "reminder lead days"} must be a whole number from 0 to ${p.max}, not “${p.value}”`,
  ),
  "settings.dateDisplayInvalid": wording<{ value: string }>(
    (p) => `日期顯示應為「西元」或「民國」，卻是「${p.value}」`,
    (p) => `date display must be 西元 (Gregorian) or 民國 (ROC), not “${p.value}”`,
  ),
  "division.emailInvalid": wording<{ name: string; email: string }>(
    (p) => `組室「${p.name}」的聯絡信箱「${p.email}」不是有效的電子郵件地址`,
    (p) => `the contact e-mail “${p.email}” of the division ${p.name} is not a valid address`,
  ),
  "status.trackingInvalid": wording<{ text: string; allowed: string }>(
    (p) => `追蹤狀態「${p.text}」不正確：應為 ${p.allowed} 或 列管中、賡續列管、解除列管、自行列管`,
    (p) => `the tracking status “${p.text}” is wrong: use ${p.allowed} or 列管中, 賡續列管, 解除列管, 自行列管`,
  ),
  "division.unknown": wording<{ name: string }>(
    (p) => `「${p.name}」不在活頁簿的組室表格中，也沒有案件以它為主辦或協辦：請使用「組室」表格中的名稱或別名`,
    (p) => `“${p.name}” is not in the workbook's 組室 table and no case names it as lead or supporting: use a name or an alias from that table`,
  ),
  "division.notInRegistry": wording<{ names: readonly string[] }>(
    (p) => `不在組室登錄表：${p.names.join("、")}`,
    (p) => `not in the divisions registry: ${p.names.join(", ")}`,
  ),
  "workbook.registryInvalid": wording<{ cause: NestedProblem }>(
    (p, say) => `活頁簿的「組室」表格有誤：${say(p.cause)}`,
    (p, say) => `the workbook's 組室 table is wrong: ${say(p.cause)}`,
  ),
  "division.nameBlank": wording<{ position: number }>(
    (p) => `第 ${p.position} 個組室的名稱是空白：每個組室都需要名稱`,
    (p) => `division ${p.position} has a blank name: every division needs one`,
  ),
  "division.aliasBlank": wording<{ name: string }>(
    (p) => `組室「${p.name}」有空白的別名`,
    (p) => `the division “${p.name}” has a blank alias`,
  ),
  "division.nameTaken": wording<{ alias: string; owner: string; other: string }>(
    (p) => `名稱「${p.alias}」重複：「${p.owner}」與「${p.other}」都使用這個名稱或別名`,
    (p) => `the name “${p.alias}” is used twice: “${p.owner}” and “${p.other}” both have it as a name or an alias`,
  ),
  "status.dueSoonDaysInvalid": wording<{ value: string }>(
    (p) => `即將到期天數「${p.value}」不正確：應為 0 以上的整數`,
    (p) => `the days counted as due soon, “${p.value}”, are wrong: use a whole number 0 or more`,
  ),

  // ---- the command line ---------------------------------------------------------------------------
  "cli.unknownOption": wording<{ option: string }>(
    (p) => `不認得的選項 ${p.option}：請用 --help 查看可用的選項`,
    (p) => `unknown option ${p.option}: see --help for the options`,
  ),
  "cli.unknownCommand": wording<{ command: string }>(
    (p) => `不認得的指令「${p.command}」：請用 --help 查看可用的指令`,
    (p) => `unknown command “${p.command}”: see --help for the commands`,
  ),
  "cli.missingArgument": wording<{ argument: string }>(
    (p) => `缺少參數 ${p.argument}`,
    (p) => `missing argument ${p.argument}`,
  ),
  "cli.missingOptionValue": wording<{ option: string }>(
    (p) => `選項 ${p.option} 需要一個值`,
    (p) => `option ${p.option} needs a value`,
  ),
  "cli.missingMandatoryOption": wording<{ option: string }>(
    (p) => `缺少必要的選項 ${p.option}`,
    (p) => `the option ${p.option} is required`,
  ),
  "cli.excessArguments": wording<{ expected: number; got: number }>(
    (p) => `參數太多：應有 ${p.expected} 個，卻有 ${p.got} 個`,
    (p) => `too many arguments: expected ${p.expected}, got ${p.got}`,
  ),
  "cli.invalidOptionValue": wording<{ option: string; value: string; allowed: readonly string[] }>(
    (p) => `選項 ${p.option} 的值「${p.value}」不正確：應為 ${p.allowed.join("、")}`,
    (p) => `option ${p.option}: “${p.value}” is not one of ${p.allowed.join(", ")}`,
  ),
  "cli.optionsConflictWith": wording<{ option: string; other: string }>(
    (p) => `選項 ${p.option} 不可與 ${p.other} 併用`,
    (p) => `option ${p.option} cannot be used with ${p.other}`,
  ),
  "cli.noCommand": wording(
    () => "請指定一個指令（見上方說明）",
    () => "give a command (see the help above)",
  ),
  "cli.usage": wording<{ detail: string }>(
    (p) => `指令用法不正確：${p.detail}；請用 --help 查看用法`,
    (p) => `wrong usage: ${p.detail}; see --help`,
  ),
  "cli.optionsConflict": wording<{ option: string; others: readonly string[] }>(
    (p) => `${p.option} 列出活頁簿中的案件，不可與 ${p.others.join("、")} 併用`,
    (p) => `${p.option} lists the workbook's cases and cannot be combined with ${p.others.join(", ")}`,
  ),
  "cli.optionNeeds": wording<{ option: string; needs: string }>(
    (p) => `${p.option} 需要搭配 ${p.needs} 使用`,
    (p) => `${p.option} needs ${p.needs}`,
  ),
  "cli.headerFlagsOneFile": wording<{ flags: readonly string[]; files: number }>(
    (p) => `${p.flags.join(" 與 ")} 只能用於單一會議紀錄檔（這次有 ${p.files} 個）：請逐一匯入需要指定的檔案`,
    (p) => `${p.flags.join(" and ")} apply to one minutes file at a time (${p.files} were given): import those files one by one`,
  ),
  "cli.importFailed": wording<{ file: string; done: readonly string[]; reason: string }>(
    (p) => `匯入「${p.file}」失敗${p.done.length > 0 ? `（已匯入 ${p.done.join("、")}）` : ""}：${p.reason}`,
    (p) => `importing “${p.file}” failed${p.done.length > 0 ? ` (already imported: ${p.done.join(", ")})` : ""}: ${p.reason}`,
  ),
  "cli.outExtension": wording<{ path: string; output: "report" | "workbook" }>(
    (p) => (p.output === "report" ? `--out「${p.path}」的副檔名應為 .odt 或 .docx，例如 --out 第112次辦理情形.odt` : `--out「${p.path}」的副檔名應為 .ods，例如 --out 列管.ods`),
    (p) => (p.output === "report" ? `--out “${p.path}” must end in .odt or .docx, e.g. --out report-112.odt` : `--out “${p.path}” must end in .ods, e.g. --out tracking.ods`),
  ),
  "cli.noneImported": wording<{ files: number }>(
    (p) => `${p.files} 個檔案都未匯入：活頁簿沒有任何變更`,
    (p) => `none of the ${p.files} files was imported: the workbook is unchanged`,
  ),
  "cli.numberOption": wording<{ text: string }>(
    (p) => `--number「${p.text}」不正確：會議次別應為 1–9999 的整數，例如 --number 112`,
    (p) => `--number “${p.text}” is wrong: a meeting number is a whole number 1–9999, e.g. --number 112`,
  ),
  "file.unreadable": wording<{ path: string; reason: "notFound" | "noPermission" | "directory" | "other"; detail: string }>(
    (p) => `無法讀取檔案「${p.path}」：${{ notFound: "找不到這個檔案", noPermission: "沒有讀取權限", directory: "這是資料夾，不是檔案", other: p.detail }[p.reason]}`,
    (p) => `cannot read the file “${p.path}”: ${{ notFound: "there is no such file", noPermission: "no permission to read it", directory: "it is a folder, not a file", other: p.detail }[p.reason]}`,
  ),
  "cli.internal": wording<{ detail: string }>(
    (p) => `內部錯誤（程式的問題，請回報）：${p.detail}`,
    (p) => `internal error (a bug, please report it): ${p.detail}`,
  ),
} as const;
