// What a person types for a meeting's date and number (a CLI flag, a field of the import review), read
// one way everywhere: ISO or ROC dates, and 110 / １１０ / 一百一十 / 第110次 for a meeting number.

import { problem } from "../problems";
import { parseIsoDate } from "./isoDate";
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
