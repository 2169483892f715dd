// Date-only values (YYYY-MM-DD) and the calendar arithmetic on them, independent of the machine time zone.

import { problem } from "../problems";
import { UTCDate } from "@date-fns/utc";
import { addDays, differenceInCalendarDays, format, getDaysInMonth, isExists } from "date-fns";
import { fail, ok, type Result } from "./result";

/** A calendar date with no time and no zone, always `YYYY-MM-DD` and always a date that exists. */
export type IsoDate = string & { readonly __brand: "IsoDate" };

/** Year, month (1–12) and day of an {@link IsoDate}. */
export interface IsoParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

// Four-digit years keep YYYY-MM-DD sortable as text; isExists also misreads years below 100.
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

function label(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Number of days in a Gregorian month (month 1–12), leap years included.
 *
 * @example
 * daysInMonth(2024, 2) //=> 29
 */
export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(new UTCDate(year, month - 1, 1));
}

/**
 * Builds a date from year, month (1–12) and day, refusing dates that do not exist instead of rolling
 * over (2 月 30 日 never becomes 3 月 2 日).
 *
 * @returns the date, or an error naming the out-of-range part. Years must be 1000–9999.
 * @example
 * isoDate(2022, 3, 17) //=> ok("2022-03-17")   (民國 111 年 3 月 17 日)
 * isoDate(2022, 2, 30) //=> fail("日期「2022-02-30」不存在：2022 年 2 月只有 28 天")
 */
export function isoDate(year: number, month: number, day: number): Result<IsoDate> {
  const shown = label(year, month, day);
  if (![year, month, day].every(Number.isInteger)) {
    return fail(problem("date.notWhole", { text: shown }));
  }
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return fail(problem("date.yearOutOfRange", { text: shown, min: MIN_YEAR, max: MAX_YEAR }));
  }
  if (month < 1 || month > 12) {
    return fail(problem("date.monthOutOfRange", { text: shown, month }));
  }
  if (day < 1) {
    return fail(problem("date.dayZero", { text: shown }));
  }
  if (!isExists(year, month - 1, day)) {
    return fail(problem("date.dayOutOfRange", { text: shown, year, month, days: daysInMonth(year, month) }));
  }
  return ok(shown as IsoDate);
}

/**
 * Parses `YYYY-MM-DD` (surrounding whitespace allowed) into a date that exists.
 *
 * @example
 * parseIsoDate("2022-05-31") //=> ok("2022-05-31")   (請總務組於 5 月底前完成)
 * parseIsoDate("2022/05/31") //=> fail("日期「2022/05/31」格式不正確：應為 YYYY-MM-DD，例如 2022-05-31")
 */
export function parseIsoDate(text: string): Result<IsoDate> {
  const match = ISO_PATTERN.exec(text.trim());
  if (match === null) {
    return fail(problem("date.isoFormat", { text }));
  }
  return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * True when the text is exactly a `YYYY-MM-DD` date that exists (no surrounding whitespace).
 *
 * @example
 * isIsoDate("2024-02-29") //=> true
 * isIsoDate("2023-02-29") //=> false
 */
export function isIsoDate(text: string): text is IsoDate {
  return ISO_PATTERN.test(text) && parseIsoDate(text).ok;
}

/**
 * Splits a date into numeric year, month (1–12) and day.
 *
 * @example
 * isoParts("2022-03-17" as IsoDate) //=> { year: 2022, month: 3, day: 17 }
 */
export function isoParts(d: IsoDate): IsoParts {
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

/**
 * The date as midnight UTC, so date-fns arithmetic on it ignores the machine time zone.
 *
 * @example
 * toUtcDate("2022-03-17" as IsoDate).toISOString() //=> "2022-03-17T00:00:00.000Z"
 */
export function toUtcDate(d: IsoDate): UTCDate {
  const { year, month, day } = isoParts(d);
  return new UTCDate(year, month - 1, day);
}

/**
 * The UTC calendar date of an instant (a `UTCDate` from {@link toUtcDate} round-trips).
 *
 * @throws RangeError when the Date is invalid or its year is outside 1000–9999: that is a bug in the
 * caller, not bad user input.
 * @example
 * fromUtcDate(new UTCDate(2022, 4, 31)) //=> "2022-05-31"
 */
export function fromUtcDate(d: Date): IsoDate {
  const utc = new UTCDate(d.getTime());
  if (Number.isNaN(utc.getTime())) {
    throw new RangeError("fromUtcDate: invalid Date");
  }
  const result = parseIsoDate(format(utc, "yyyy-MM-dd"));
  if (!result.ok) {
    throw new RangeError(`fromUtcDate: ${result.error}`);
  }
  return result.value;
}

/**
 * The calendar date of an instant in a time zone: what "today" means for a sheet kept in Taipei,
 * whatever zone the machine is in. The caller supplies the instant; the core never reads the clock.
 *
 * @throws RangeError for an invalid Date or an unknown time zone (caller bugs, not user input).
 * @example
 * isoDateInZone(new Date("2022-03-16T16:30:00Z"), "Asia/Taipei") //=> "2022-03-17"
 */
export function isoDateInZone(instant: Date, timeZone: string): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError("isoDateInZone: invalid Date");
  const formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  const result = parseIsoDate(`${parts.year}-${parts.month}-${parts.day}`);
  if (!result.ok) throw new RangeError(`isoDateInZone: ${result.error}`);
  return result.value;
}

/**
 * Adds (or with a negative n, subtracts) whole calendar days.
 *
 * @throws RangeError when n is not an integer or the result leaves years 1000–9999 (a caller bug).
 * @example
 * addDaysIso("2022-03-17" as IsoDate, 14) //=> "2022-03-31"   (二週內 from the 110th meeting)
 */
export function addDaysIso(d: IsoDate, n: number): IsoDate {
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`addDaysIso: day count must be an integer, got ${n}`);
  }
  return fromUtcDate(addDays(toUtcDate(d), n));
}

/**
 * Calendar days from `from` to `to` (to − from): positive when `to` is later.
 *
 * @example
 * daysBetween("2022-03-17" as IsoDate, "2022-05-31" as IsoDate) //=> 75
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toUtcDate(to), toUtcDate(from));
}

/**
 * Last day of a month (month 1–12), for deadlines such as `4月底` and `本（4）月底前`.
 *
 * @returns the date, or an error when the month or year is out of range.
 * @example
 * endOfMonthIso(2022, 4)  //=> ok("2022-04-30")   (擬於 4 月底辦理說明會)
 * endOfMonthIso(2022, 13) //=> fail("月份「13」不正確：月份須為 1–12")
 */
export function endOfMonthIso(year: number, month: number): Result<IsoDate> {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    return fail(`月份「${month}」不正確：月份須為 1–12`);
  }
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    return fail(`年份「${year}」不正確：西元年須介於 ${MIN_YEAR} 至 ${MAX_YEAR}`);
  }
  return isoDate(year, month, daysInMonth(year, month));
}

/**
 * Orders dates: negative when a is earlier, 0 when equal, positive when later. Usable with `sort`.
 *
 * @example
 * ["2022-07-31" as IsoDate, "2022-04-30" as IsoDate].sort(compareIso) //=> ["2022-04-30", "2022-07-31"]
 */
export function compareIso(a: IsoDate, b: IsoDate): number {
  // Fixed-width YYYY-MM-DD sorts correctly as text.
  return a < b ? -1 : a > b ? 1 : 0;
}
