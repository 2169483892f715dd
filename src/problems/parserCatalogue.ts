// The minutes parser's problems (src/minutes): the warnings a secretary reads in the 匯入 review and the
// CLI prints beside a line number (a numbering gap, a case id without a ruling, an item nobody is asked to
// do), and the refusals of the two domain rules the parser quotes most: a 列管案號 that is not one and a
// deadline that names no real date. The line is the warning's, not part of these words.
// A failure found below a warning (why the meeting date is not a date) is nested as its own problem and
// worded in the same language as the warning.
import { wording, type NestedProblem } from "./wording";

/** Why a 列管案號 as written is not one. */
export type CaseIdReason =
  | { readonly kind: "blank" }
  | { readonly kind: "notDigits" }
  | { readonly kind: "tooShort" }
  | { readonly kind: "tooLong" }
  | { readonly kind: "meetingLeadingZero"; readonly meeting: string }
  | { readonly kind: "itemZero" };

const CASE_ID_EXPECTED_ZH = "應為會議次別加兩位項次，例如 10902";
const CASE_ID_EXPECTED_EN = "a case id is the meeting number followed by a two-digit item, e.g. 10902";

function caseIdZh(text: string, r: CaseIdReason): string {
  switch (r.kind) {
    case "blank":
      return `列管案號是空白：${CASE_ID_EXPECTED_ZH}`;
    case "notDigits":
      return `列管案號「${text}」格式不正確：${CASE_ID_EXPECTED_ZH}`;
    case "tooShort":
      return `列管案號「${text}」太短：至少 3 位數（會議次別加兩位項次），例如 9903`;
    case "tooLong":
      return `列管案號「${text}」太長：最多 6 位數（會議次別最多 4 位數加兩位項次）`;
    case "meetingLeadingZero":
      return `列管案號「${text}」不正確：會議次別「${r.meeting}」不可以 0 開頭`;
    case "itemZero":
      return `列管案號「${text}」不正確：項次不可為 00，應為 01–99`;
  }
}

function caseIdEn(text: string, r: CaseIdReason): string {
  switch (r.kind) {
    case "blank":
      return `the case id is blank: ${CASE_ID_EXPECTED_EN}`;
    case "notDigits":
      return `the case id “${text}” is not in the right form: ${CASE_ID_EXPECTED_EN}`;
    case "tooShort":
      return `the case id “${text}” is too short: at least 3 digits (the meeting number and a two-digit item), e.g. 9903`;
    case "tooLong":
      return `the case id “${text}” is too long: at most 6 digits (a meeting number of up to 4 digits and a two-digit item)`;
    case "meetingLeadingZero":
      return `the case id “${text}” is wrong: the meeting number “${r.meeting}” cannot start with 0`;
    case "itemZero":
      return `the case id “${text}” is wrong: the item cannot be 00, it must be 01–99`;
  }
}

/** Why a deadline's wording gives no date. */
export type DeadlineReason =
  | { readonly kind: "noMeetingDate" }
  | { readonly kind: "yearNotNumber" }
  | { readonly kind: "yearOutOfRange" }
  | { readonly kind: "yearNeither"; readonly year: string }
  | { readonly kind: "noYear" }
  | { readonly kind: "monthNotNumber" }
  | { readonly kind: "monthOutOfRange" }
  | { readonly kind: "dayNotNumber" }
  | { readonly kind: "noSuchDay"; readonly year: number; readonly month: number; readonly days: number }
  | { readonly kind: "quarterOutOfRange" }
  | { readonly kind: "spanTooShort" }
  | { readonly kind: "spanTooLong" };

function deadlineZh(r: DeadlineReason): string {
  switch (r.kind) {
    case "noMeetingDate":
      return "會議日期不明";
    case "yearNotNumber":
      return "年份不是數字";
    case "yearOutOfRange":
      return "年份超出範圍";
    case "yearNeither":
      return `年份「${r.year}」不是民國年或西元年`;
    case "noYear":
      return "缺少年份";
    case "monthNotNumber":
      return "月份不是數字";
    case "monthOutOfRange":
      return "月份須為 1–12";
    case "dayNotNumber":
      return "日不是數字";
    case "noSuchDay":
      return `${r.year} 年 ${r.month} 月只有 ${r.days} 天`;
    case "quarterOutOfRange":
      return "季別須為 1–4";
    case "spanTooShort":
      return "期間須至少為 1";
    case "spanTooLong":
      return "期間超出可計算的範圍";
  }
}

function deadlineEn(r: DeadlineReason): string {
  switch (r.kind) {
    case "noMeetingDate":
      return "the meeting date is unknown";
    case "yearNotNumber":
      return "the year is not a number";
    case "yearOutOfRange":
      return "the year is out of range";
    case "yearNeither":
      return `the year “${r.year}” is neither an ROC nor a Gregorian year`;
    case "noYear":
      return "the year is missing";
    case "monthNotNumber":
      return "the month is not a number";
    case "monthOutOfRange":
      return "the month must be 1–12";
    case "dayNotNumber":
      return "the day is not a number";
    case "noSuchDay":
      return `month ${r.month} of ${r.year} has only ${r.days} days`;
    case "quarterOutOfRange":
      return "the quarter must be 1–4";
    case "spanTooShort":
      return "the period must be at least 1";
    case "spanTooLong":
      return "the period is longer than can be counted";
  }
}

/** A new item as a warning names it: by its case id, or by its order when it has none. */
export interface ItemWords {
  /** "" when the item has no case id (no meeting number, or past the 99th item) */
  readonly caseId: string;
  /** 1-based order among the meeting's items */
  readonly order: number;
}
const itemZh = (p: ItemWords): string => (p.caseId === "" ? `第 ${p.order} 項新列管案件` : `列管案件 ${p.caseId}`);
const itemEn = (p: ItemWords): string => (p.caseId === "" ? `new item ${p.order}` : `case ${p.caseId}`);

/** Which clock time of the header. */
export type ClockEvent = "meeting" | "adjournment";
const EVENT_ZH: Record<ClockEvent, string> = { meeting: "會議", adjournment: "散會" };
const EVENT_EN: Record<ClockEvent, string> = { meeting: "meeting", adjournment: "adjournment" };

export const PARSER_CATALOGUE = {
  // ---- the header ------------------------------------------------------------------------------------
  "parser.noHeader": wording(
    () => "找不到會議標頭：沒有「第N次…會議」標題，也沒有可用的會議日期，請補上會議次別與日期",
    () => "no meeting header was found: no title gives the meeting's number and no usable meeting date is written; add the meeting number and date",
  ),
  "parser.noNumber": wording(
    () => "找不到會議次別（第N次…會議），新列管案件無法編列案號",
    () => "no meeting number was found in the title, so new cases get no case id",
  ),
  "parser.noDate": wording(
    () => "找不到會議日期，相對期限（如「二週內」）無法換算",
    () => "no meeting date was found, so relative deadlines (such as “within two weeks”) cannot be worked out",
  ),
  "parser.meetingDateInvalid": wording<{ cause: NestedProblem }>(
    (p, say) => `會議日期無法換算：${say(p.cause)}`,
    (p, say) => `the meeting date cannot be used: ${say(p.cause)}`,
  ),
  "parser.clockUnreadable": wording<{ event: ClockEvent; time: string }>(
    (p) => `${EVENT_ZH[p.event]}時間「${p.time}」無法辨識`,
    (p) => `the ${EVENT_EN[p.event]} time “${p.time}” cannot be read`,
  ),
  "parser.clockOutOfRange": wording<{ event: ClockEvent; time: string }>(
    (p) => `${EVENT_ZH[p.event]}時間「${p.time}」不正確：時須為 0–23、分須為 0–59`,
    (p) => `the ${EVENT_EN[p.event]} time “${p.time}” is wrong: hours must be 0–23 and minutes 0–59`,
  ),

  // ---- the outline: item numbers ---------------------------------------------------------------------
  "parser.markerUnclosed": wording<{ label: string }>(
    (p) => `項次「${p.label}」缺少右括號`,
    (p) => `the item number “${p.label}” lacks its closing bracket`,
  ),
  "parser.markerRepeated": wording<{ label: string; earlierLine: number; earlierLabel: string }>(
    (p) => `項次「${p.label}」重複：第 ${p.earlierLine} 行已有「${p.earlierLabel}」`,
    (p) => `the item number “${p.label}” is repeated: line ${p.earlierLine} already has “${p.earlierLabel}”`,
  ),
  "parser.markerSkipped": wording<{ label: string; previous: string }>(
    (p) => `項次「${p.label}」未接續前一項「${p.previous}」`,
    (p) => `the item number “${p.label}” does not follow the one before, “${p.previous}”`,
  ),
  "parser.itemEmpty": wording<{ label: string }>(
    (p) => `項次「${p.label}」沒有內容`,
    (p) => `the item “${p.label}” has no text`,
  ),
  "parser.nothingFound": wording<{ sections: readonly string[] }>(
    (p) =>
      `沒有找到任何新列管事項或列管裁示（${p.sections.length === 0 ? "沒有可辨識的段落標題" : `看到的段落：${p.sections.join("、")}`}）；請在匯入檢視中手動加入，或確認內容是否為會議紀錄`,
    (p) =>
      `no new tracked items and no rulings were found (${p.sections.length === 0 ? "no section heading was recognized" : `sections seen: ${p.sections.map((name) => `“${name}”`).join(", ")}`}); add them by hand in the import review, or check that these are minutes`,
  ),

  // ---- rulings on earlier cases ------------------------------------------------------------------------
  "parser.rulingsDisagree": wording<{ caseId: string; firstLine: number; secondLine: number }>(
    (p) => `列管案號 ${p.caseId} 有不同的裁示：第 ${p.firstLine} 行與第 ${p.secondLine} 行不一致`,
    (p) => `case ${p.caseId} has different rulings: lines ${p.firstLine} and ${p.secondLine} disagree`,
  ),
  "parser.rangeUnexpandable": wording<{ from: string; to: string; max: number }>(
    (p) => `列管案號範圍「${p.from} 至 ${p.to}」無法展開：須為同一次會議、由小到大且不超過 ${p.max} 案`,
    (p) => `the case range “${p.from} to ${p.to}” cannot be expanded: it must lie in one meeting, run upwards and span at most ${p.max} cases`,
  ),
  "parser.countMismatch": wording<{ phrase: string; count: number }>(
    (p) => `「${p.phrase}」與提到的列管案號數量（${p.count} 個）不符，請核對裁示`,
    (p) => `“${p.phrase}” does not match the number of case ids named (${p.count}): check the ruling`,
  ),
  "parser.caseWithoutRuling": wording<{ caseId: string }>(
    (p) => `列管案號 ${p.caseId} 未見裁示（解除列管、賡續列管或自行列管）`,
    (p) => `case ${p.caseId} is named without a ruling (解除列管 closed, 賡續列管 continued or 自行列管 self-tracked)`,
  ),
  "parser.rulingWithoutCase": wording(
    () => "有列管裁示但未寫明列管案號，請核對是哪一案",
    () => "a ruling names no case id: check which case it is about",
  ),

  // ---- new tracked items --------------------------------------------------------------------------------
  "parser.noAssignee": wording(
    () => "此項結論未請任何單位或人員辦理，未列為新列管案件",
    () => "this conclusion asks no division or person to act, so it is not a new tracked case",
  ),
  "parser.itemNoCaseId": wording<{ order: number; cause: NestedProblem }>(
    (p, say) => `第 ${p.order} 項新列管案件：無法編列案號，${say(p.cause)}`,
    (p, say) => `new item ${p.order} gets no case id: ${say(p.cause)}`,
  ),
  "parser.itemNoDivision": wording<ItemWords>(
    (p) => `${itemZh(p)}：沒有可辨識的辦理組室，請於列管表指定`,
    (p) => `${itemEn(p)}: no division to act was recognized; name one in the tracking table`,
  ),
  "parser.divisionUnknown": wording<{ unit: string }>(
    (p) => `組室「${p.unit}」不在組室清單中，已照原文列入`,
    (p) => `the division “${p.unit}” is not in the list of divisions; it is kept as written`,
  ),
  "parser.itemFormulaStart": wording<ItemWords & { character: string }>(
    (p) => `${itemZh(p)}：內容以「${p.character}」開頭，將以文字存入試算表`,
    (p) => `${itemEn(p)}: its text starts with “${p.character}”, so it is stored in the sheet as text (not a formula)`,
  ),
  "parser.itemBrackets": wording<ItemWords & { open: number; close: number }>(
    (p) => `${itemZh(p)}：括號不成對，左括號 ${p.open} 個、右括號 ${p.close} 個`,
    (p) => `${itemEn(p)}: the brackets do not pair up: ${p.open} opening, ${p.close} closing`,
  ),

  /** a failure from below the parser that has no code yet: shown as written, in either language */
  "parser.failure": wording<{ text: string }>(
    (p) => p.text,
    (p) => p.text,
  ),

  // ---- a parsed record the workbook cannot take (src/workbook/applyMeeting.ts) ---------------------
  "record.noMeetingNumber": wording(
    () => "會議紀錄沒有會議次別（第 N 次），無法寫入列管表",
    () => "the minutes give no meeting number, so they cannot be written to the tracking tables",
  ),
  "record.noMeetingDate": wording(
    () => "會議紀錄沒有會議日期，無法寫入列管表（會議的日期、辦理歷程與解除日期都需要它）",
    () => "the minutes give no meeting date, so they cannot be written to the tracking tables (the meeting's date, the history and the closing dates all need it)",
  ),

  // ---- the domain rules the parser quotes (src/domain/caseId.ts, deadline.ts) --------------------------
  "caseId.invalid": wording<{ text: string; reason: CaseIdReason }>(
    (p) => caseIdZh(p.text, p.reason),
    (p) => caseIdEn(p.text, p.reason),
  ),
  "caseId.itemOutOfRange": wording<{ item: number; max: number }>(
    (p) => `項次「${p.item}」不正確：應為 1–${p.max} 的整數`,
    (p) => `the item number “${p.item}” is wrong: it must be a whole number 1–${p.max}`,
  ),
  "deadline.unresolvable": wording<{ wording: string; reason: DeadlineReason }>(
    (p) => (p.reason.kind === "noSuchDay" ? `期限「${p.wording}」的日期不存在：${deadlineZh(p.reason)}` : `期限「${p.wording}」無法換算：${deadlineZh(p.reason)}`),
    (p) => (p.reason.kind === "noSuchDay" ? `the deadline “${p.wording}” is not a real date: ${deadlineEn(p.reason)}` : `the deadline “${p.wording}” cannot be worked out: ${deadlineEn(p.reason)}`),
  ),
} as const;
