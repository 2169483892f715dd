// What a person types for a meeting's date and number (a CLI flag, a field of the import review), read
// one way everywhere: ISO or ROC dates, and 110 / １１０ / 一百一十 / 第110次 for a meeting number; and
// the dates people type as text into the workbook's date cells, read more leniently (readSheetDate).

import { problem } from "../problems";
import { isoDate, parseIsoDate } from "./isoDate";
import type { IsoDate } from "./isoDate";
import { makeCaseId } from "./caseId";
import { parseNumberToken, toHalfWidth } from "./numerals";
import { fail, ok, type Result } from "./result";
import { parseRocDate } from "./rocDate";

const ISO_SHAPED = /^\s*\d{4}-\d{1,2}-\d{1,2}\s*$/u;
const ROC_SHAPED = /年|^\s*(?:中華)?\s*(?:民國)?\s*\d{1,4}\s*[/.-]/u;

/**
 * A typed date: ISO (2022-03-17) or ROC as minutes write it (111年3月17日, 111/03/17, 民國一百十一年三月十七日).
 * The reason for a bad date comes from the reading its shape asks for, so 2022-13-45 is told its month
 * is wrong (not that 2022 is too long for an ROC year), and text of neither shape lists both forms.
 *
 * @example
 * parseDateInput("111/03/17") //=> ok("2022-03-17")
 */
export function parseDateInput(text: string): Result<IsoDate> {
  const iso = parseIsoDate(text);
  if (iso.ok || ISO_SHAPED.test(text)) return iso;
  if (ROC_SHAPED.test(toHalfWidth(text))) return parseRocDate(text);
  return fail(problem("date.unrecognized", { text: text.trim() }));
}

/**
 * A typed meeting number: 110, １１０, 一百一十 or 第110次, 1–9999 as case ids allow.
 *
 * @example
 * parseMeetingNumber("第１１０次") //=> ok(110)
 */
export function parseMeetingNumber(text: string): Result<number> {
  const bare = toHalfWidth(text)
    .replace(/\s+/gu, "")
    .replace(/^第(.+)次$/u, "$1");
  const number = /^[0-9]+$/u.test(bare) ? Number(bare) : parseNumberToken(bare);
  const id = number === undefined ? null : makeCaseId(number, 1);
  if (number === undefined || id === null || !id.ok) return fail(problem("meeting.numberInvalid", { text: text.trim() }));
  return ok(number);
}

/** A Gregorian date with slashes or dots (2022/5/20, 2022.05.20): a four-digit year is never 民國. */
const GREGORIAN_SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/u;

/**
 * A date a person typed as text into a date cell of the workbook: 2022-05-20, 2022/5/20, 111/05/20,
 * 111年5月20日, 民國111年5月20日 (full-width digits too), or undefined when the text is not a date. More
 * lenient than parseDateInput, which asks a form's user whether 2022/5/20 means 民國 2022: a sheet's
 * cell cannot be asked, and a four-digit year with slashes is the Gregorian date Excel itself reads.
 *
 * @example
 * readSheetDate("111/05/20") //=> "2022-05-20"
 * readSheetDate("2022/5/20") //=> "2022-05-20"
 */
export function readSheetDate(text: string): IsoDate | undefined {
  const compact = toHalfWidth(text).replace(/\s+/gu, "");
  if (compact === "") return undefined;
  const iso = parseIsoDate(compact);
  if (iso.ok) return iso.value;
  const slashed = GREGORIAN_SLASHED.exec(compact);
  if (slashed) {
    const date = isoDate(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]));
    return date.ok ? date.value : undefined;
  }
  const roc = parseRocDate(compact);
  return roc.ok ? roc.value : undefined;
}
