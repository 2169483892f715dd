// 列管案號: a case id is the meeting number followed by a two-digit item number (10902 = 第 109 次, 第 2 項).

import { problem, type CaseIdReason } from "../problems";
import { toHalfWidth } from "./numerals";
import { fail, ok, type Result } from "./result";

/** A tracked case's id: meeting 1–9999, item 1–99. */
export interface CaseId {
  readonly meeting: number;
  readonly item: number;
}

const MAX_MEETING = 9999;
const MAX_ITEM = 99;

/** A case id as written, refused: the reason is worded in both languages by the catalogue. */
const refuse = (text: string, reason: CaseIdReason): Result<never> => fail(problem("caseId.invalid", { text: text.trim(), reason }));

/**
 * Parses a 列管案號 such as `10902`; the last two digits are the item, the rest the meeting.
 *
 * Half- and full-width digits are accepted and surrounding whitespace is trimmed. Rejected, each
 * with its own message: empty text, anything but digits, fewer than 3 or more than 6 digits, item
 * `00`, and a meeting number with a leading zero (`09903`).
 *
 * @example
 * parseCaseId("10902") //=> ok({ meeting: 109, item: 2 })   (列管案號 9903、10902 及 10903 均同意解除列管)
 * parseCaseId("9903")  //=> ok({ meeting: 99, item: 3 })
 * parseCaseId("1X902") //=> fail("列管案號「1X902」格式不正確：應為會議次別加兩位項次，例如 10902")
 */
export function parseCaseId(text: string): Result<CaseId> {
  const digits = toHalfWidth(text).trim();
  if (digits === "") {
    return refuse(text, { kind: "blank" });
  }
  if (!/^[0-9]+$/.test(digits)) {
    return refuse(text, { kind: "notDigits" });
  }
  if (digits.length < 3) {
    return refuse(text, { kind: "tooShort" });
  }
  if (digits.length > 6) {
    return refuse(text, { kind: "tooLong" });
  }
  const meetingDigits = digits.slice(0, -2);
  const itemDigits = digits.slice(-2);
  if (meetingDigits.startsWith("0")) {
    return refuse(text, { kind: "meetingLeadingZero", meeting: meetingDigits });
  }
  if (itemDigits === "00") {
    return refuse(text, { kind: "itemZero" });
  }
  return ok({ meeting: Number(meetingDigits), item: Number(itemDigits) });
}

/**
 * Builds a case id from a meeting number (1–9999) and an item number (1–99).
 *
 * @example
 * makeCaseId(110, 1) //=> ok({ meeting: 110, item: 1 })   (第 110 次處務會議第 1 案)
 */
export function makeCaseId(meeting: number, item: number): Result<CaseId> {
  if (!Number.isInteger(meeting) || meeting < 1 || meeting > MAX_MEETING) {
    return fail(problem("meeting.numberInvalid", { text: String(meeting) }));
  }
  if (!Number.isInteger(item) || item < 1 || item > MAX_ITEM) {
    return fail(problem("caseId.itemOutOfRange", { item, max: MAX_ITEM }));
  }
  return ok({ meeting, item });
}

/**
 * Writes a case id as the minutes do: the meeting number then the item padded to two digits.
 *
 * @example
 * formatCaseId({ meeting: 109, item: 2 }) //=> "10902"
 */
export function formatCaseId(id: CaseId): string {
  return `${id.meeting}${String(id.item).padStart(2, "0")}`;
}

/**
 * Orders case ids by meeting, then item. Text order is wrong: "10001" < "9903" as strings, yet
 * meeting 99 comes before meeting 100.
 *
 * @example
 * compareCaseIds({ meeting: 99, item: 3 }, { meeting: 100, item: 1 }) //=> negative
 */
export function compareCaseIds(a: CaseId, b: CaseId): number {
  return a.meeting !== b.meeting ? a.meeting - b.meeting : a.item - b.item;
}

/**
 * Returns a new array of case ids in meeting-then-item order; the input is left untouched.
 *
 * @example
 * sortCaseIds([{ meeting: 109, item: 2 }, { meeting: 99, item: 3 }]).map(formatCaseId) //=> ["9903", "10902"]
 */
export function sortCaseIds(ids: readonly CaseId[]): CaseId[] {
  return [...ids].sort(compareCaseIds);
}
