// 列管案號: a case id is the meeting number followed by a two-digit item number (10902 = 第 109 次, 第 2 項).

import { toHalfWidth } from "./numerals";
import { fail, ok, type Result } from "./result";

/** A tracked case's id: meeting 1–9999, item 1–99. */
export interface CaseId {
  readonly meeting: number;
  readonly item: number;
}

const MAX_MEETING = 9999;
const MAX_ITEM = 99;
const EXPECTED = "應為會議次別加兩位項次，例如 10902";

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
    return fail(`列管案號是空白：${EXPECTED}`);
  }
  if (!/^[0-9]+$/.test(digits)) {
    return fail(`列管案號「${text.trim()}」格式不正確：${EXPECTED}`);
  }
  if (digits.length < 3) {
    return fail(`列管案號「${text.trim()}」太短：至少 3 位數（會議次別加兩位項次），例如 9903`);
  }
  if (digits.length > 6) {
    return fail(`列管案號「${text.trim()}」太長：最多 6 位數（會議次別最多 4 位數加兩位項次）`);
  }
  const meetingDigits = digits.slice(0, -2);
  const itemDigits = digits.slice(-2);
  if (meetingDigits.startsWith("0")) {
    return fail(`列管案號「${text.trim()}」不正確：會議次別「${meetingDigits}」不可以 0 開頭`);
  }
  if (itemDigits === "00") {
    return fail(`列管案號「${text.trim()}」不正確：項次不可為 00，應為 01–99`);
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
    return fail(`會議次別「${meeting}」不正確：應為 1–${MAX_MEETING} 的整數`);
  }
  if (!Number.isInteger(item) || item < 1 || item > MAX_ITEM) {
    return fail(`項次「${item}」不正確：應為 1–${MAX_ITEM} 的整數`);
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
