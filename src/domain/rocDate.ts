// The ROC (民國) calendar: Gregorian = ROC + 1911, parsing and formatting dates as minutes write them.

import { problem } from "../problems";
import { daysInMonth, isoDate, isoParts, type IsoDate } from "./isoDate";
import { parseNumberToken, toHalfWidth } from "./numerals";
import { fail, ok, type Result } from "./result";

/** Gregorian year = ROC year + 1911 (民國 111 年 = 2022). */
export const ROC_YEAR_OFFSET = 1911;

/** How {@link formatRocDate} writes a date: `民國111年3月17日` or `111/03/17`. */
export type RocDateStyle = "long" | "slash";

// Three digits cover ROC years up to 2910; a four-digit year in minutes is a Gregorian year by mistake.
const MAX_ROC_YEAR = 999;

// A weekday after the date, e.g. （星期四） or (四), carries no information the date lacks.
const TRAILING_WEEKDAY =
  /(?:\((?:星期|週|周|禮拜)?[一二三四五六日天]\)|(?:星期|週|周|禮拜)[一二三四五六日天])$/;
const CJK_DATE = /^(?:中華)?(?:民國)?(.+?)年(.+?)月(.+?)日$/;
const NUMERIC_DATE = /^(?:民國)?(\d{1,4})([/.-])(\d{1,2})\2(\d{1,2})$/;

/**
 * Converts an ROC year to the Gregorian year.
 *
 * @returns the Gregorian year, or an error for years before 民國元年 (0, negatives, fractions).
 * @example
 * rocToGregorianYear(112) //=> ok(2023)   (相關規劃應於112年底前完成)
 */
export function rocToGregorianYear(roc: number): Result<number> {
  if (!Number.isSafeInteger(roc) || roc < 1) {
    return fail(`民國年「${roc}」不正確：民國紀年從 1 年（1912 年）起算`);
  }
  return ok(roc + ROC_YEAR_OFFSET);
}

/**
 * Converts a Gregorian year to the ROC year.
 *
 * @returns the ROC year, or an error for 1911 and earlier, which have no 民國 year.
 * @example
 * gregorianToRocYear(2022) //=> ok(111)
 */
export function gregorianToRocYear(year: number): Result<number> {
  if (!Number.isSafeInteger(year) || year <= ROC_YEAR_OFFSET) {
    return fail(`西元年「${year}」沒有對應的民國年：民國元年為 1912 年`);
  }
  return ok(year - ROC_YEAR_OFFSET);
}

interface DateParts {
  readonly year: string;
  readonly month: string;
  readonly day: string;
}

function splitDate(compact: string): DateParts | undefined {
  const cjk = CJK_DATE.exec(compact);
  if (cjk !== null) {
    return { year: cjk[1] ?? "", month: cjk[2] ?? "", day: cjk[3] ?? "" };
  }
  const numeric = NUMERIC_DATE.exec(compact);
  if (numeric !== null) {
    return { year: numeric[1] ?? "", month: numeric[3] ?? "", day: numeric[4] ?? "" };
  }
  return undefined;
}

/**
 * Parses an ROC date as written in minutes, never rolling an impossible date over.
 *
 * Accepted: `民國 111 年 3 月 17 日`, `111年3月17日`, `中華民國111年3月17日`, `111/03/17`, `111/3/17`,
 * `111.3.17`, `111-03-17`, full-width digits (`１１１年３月１７日`) and Chinese numerals
 * (`民國一百十一年三月十七日`, `一一一年十二月一日`). Whitespace anywhere is ignored, and so is a trailing
 * weekday such as `（星期四）`, `(四)` or `星期四` (it is not checked against the date).
 *
 * @returns the date, or an error that quotes the input and says which part is wrong.
 * @example
 * parseRocDate("民國 111 年 3 月 17 日") //=> ok("2022-03-17")   (時間：民國 111 年 3 月 17 日 10 時 0 分)
 * parseRocDate("111年2月30日") //=> fail("日期「111年2月30日」不存在：111 年（2022 年）2 月只有 28 天")
 */
export function parseRocDate(text: string): Result<IsoDate> {
  const quoted = text.trim();
  const compact = toHalfWidth(text).replace(/\s+/g, "").replace(TRAILING_WEEKDAY, "");
  const parts = splitDate(compact);
  if (parts === undefined) {
    return fail(problem("date.rocUnrecognized", { text: quoted }));
  }
  const rocYear = parseNumberToken(parts.year);
  const month = parseNumberToken(parts.month);
  const day = parseNumberToken(parts.day);
  if (rocYear === undefined || month === undefined || day === undefined) {
    const bad =
      rocYear === undefined
        ? ({ part: "year", value: parts.year } as const)
        : month === undefined
          ? ({ part: "month", value: parts.month } as const)
          : ({ part: "day", value: parts.day } as const);
    return fail(problem("date.rocNotNumber", { text: quoted, ...bad }));
  }
  if (rocYear < 1) {
    return fail(problem("date.rocYearZero", { text: quoted }));
  }
  if (rocYear > MAX_ROC_YEAR) {
    const rocEquivalent = rocYear > ROC_YEAR_OFFSET ? rocYear - ROC_YEAR_OFFSET : undefined;
    return fail(problem("date.rocYearTooLong", { text: quoted, year: rocYear, ...(rocEquivalent !== undefined ? { rocEquivalent } : {}) }));
  }
  const year = rocYear + ROC_YEAR_OFFSET;
  if (month < 1 || month > 12) {
    return fail(problem("date.rocMonthOutOfRange", { text: quoted, month }));
  }
  if (day < 1) {
    return fail(problem("date.dayZero", { text: quoted }));
  }
  const monthLength = daysInMonth(year, month);
  if (day > monthLength) {
    return fail(problem("date.dayOutOfRange", { text: quoted, year, month, days: monthLength, rocYear }));
  }
  return isoDate(year, month, day);
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * Writes a date in the ROC calendar: `long` → `民國111年3月17日`, `slash` → `111/03/17`.
 *
 * Dates before 1912 have no 民國 year; they are written with the customary 前 prefix
 * (1911-12-31 → `民國前1年12月31日`, `前1/12/31`) rather than a zero or negative year.
 *
 * @example
 * formatRocDate("2022-03-17" as IsoDate)          //=> "民國111年3月17日"
 * formatRocDate("2022-03-17" as IsoDate, "slash") //=> "111/03/17"
 */
export function formatRocDate(d: IsoDate, style: RocDateStyle = "long"): string {
  const { year, month, day } = isoParts(d);
  const roc = year - ROC_YEAR_OFFSET;
  const yearText = roc >= 1 ? String(roc) : `前${1 - roc}`;
  if (style === "slash") {
    return `${yearText}/${pad2(month)}/${pad2(day)}`;
  }
  return `民國${yearText}年${month}月${day}日`;
}
