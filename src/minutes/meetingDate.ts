// The meeting's date inside a header value (民國 111 年 3 月 17 日, １１２年５月２日, 111/03/17).

import { isoDate, parseNumberToken, parseRocDate, type IsoDate, type Result } from "../domain";
import { halfWidthOnce } from "./halfWidthOnce";

/** A date found in a header value: the parse result, and where it ends so the time can be read after it. */
export interface DateReading {
  readonly date: Result<IsoDate>;
  /** the date as written */
  readonly wording: string;
  readonly end: number;
}

// Text taken from a PDF may space the digits out (1 0 1 年 5 月 2 4 日): one space between digits is kept in.
const NUM = "(?:\\d(?: ?\\d){0,3}|[〇零一二三四五六七八九十百]{1,6})";
const CJK_DATE = new RegExp(
  `(?:中華)?(?:民國)?\\s*(?<year>${NUM})\\s*年\\s*(?<month>${NUM})\\s*月\\s*(?<day>${NUM})\\s*日`,
  "u",
);
const NUMERIC_DATE =
  /(?<![\d/.-])(?<year>\d{2,4})\s*(?<sep>[/.-])\s*(?<month>\d{1,2})\s*\k<sep>\s*(?<day>\d{1,2})(?![\d/.-])/u;

/**
 * Finds the first date in a header value and parses it as an ROC date; a four-digit year after 1911
 * (`2022年3月17日`) is taken as Gregorian.
 *
 * @returns null when the value holds no date; otherwise the result, which fails for dates that do not exist.
 * @example
 * readMeetingDate("民國 111 年 3 月 17 日 10 時 0 分")
 * //=> { date: ok("2022-03-17"), wording: "民國 111 年 3 月 17 日", end: 18 }
 */
export function readMeetingDate(text: string): DateReading | null {
  const half = halfWidthOnce(text);
  const match = CJK_DATE.exec(half) ?? NUMERIC_DATE.exec(half);
  if (match === null) return null;
  const start = match.index;
  const end = start + match[0].length;
  const wording = text.slice(start, end).trim();
  const digits = (group: string | undefined): number | undefined => parseNumberToken((group ?? "").replace(/ /gu, ""));
  const year = digits(match.groups?.year);
  const month = digits(match.groups?.month);
  const day = digits(match.groups?.day);
  // parseRocDate refuses four-digit years; after 1911 they can only be Gregorian.
  if (year !== undefined && year > 1911 && month !== undefined && day !== undefined) {
    return { date: isoDate(year, month, day), wording, end };
  }
  if (year === undefined || month === undefined || day === undefined) return { date: parseRocDate(wording), wording, end };
  return { date: parseRocDate(`${year}年${month}月${day}日`), wording, end };
}
