// Digits as they appear in minutes: full-width forms and Chinese numerals (一百十一, 一〇九, 廿).

const FULL_TO_HALF_OFFSET = 0xfee0;

// Full-width ASCII U+FF01–U+FF5E and the ideographic space U+3000.
const WIDE = /[\uFF01-\uFF5E\u3000]/u;
const WIDE_ALL = /[\uFF01-\uFF5E\u3000]/gu;

// One regex pass with a table lookup: the parser half-widths every line several times over megabytes.
const NARROW: ReadonlyMap<string, string> = new Map<string, string>([
  ["\u3000", " "],
  ...Array.from({ length: 0xff5e - 0xff01 + 1 }, (_, i): [string, string] => [
    String.fromCharCode(0xff01 + i),
    String.fromCharCode(0xff01 + i - FULL_TO_HALF_OFFSET),
  ]),
]);

const narrow = (ch: string): string => NARROW.get(ch) ?? ch;

/**
 * Converts full-width ASCII (U+FF01–U+FF5E) to ASCII and the ideographic space U+3000 to a space.
 *
 * Minutes typed in Chinese IMEs mix both widths, so every parser half-widths its input first.
 * Full-width parentheses （） become (), so later patterns only need to match ASCII. The length is
 * kept (every converted character is one UTF-16 unit both ways), so an index into the result is an
 * index into the original.
 *
 * @example
 * toHalfWidth("本（４）月底前") //=> "本(4)月底前"
 */
export function toHalfWidth(text: string): string {
  return WIDE.test(text) ? text.replace(WIDE_ALL, narrow) : text;
}

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

// Sentinel larger than any unit, meaning "no unit seen yet".
const NO_UNIT = 10000;

/** Reads digit-by-digit numerals such as 一〇九 (109) or 一一一 (111). */
function parseDigitSequence(text: string): number | undefined {
  if (text === "兩") return 2;
  let value = 0;
  for (const ch of text) {
    // 兩 counts things (兩案) or multiplies (兩百); it is never a place digit in 一〇九-style numbers.
    const digit = ch === "兩" ? undefined : DIGITS[ch];
    if (digit === undefined) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Reads positional numerals with 十百千 (三千零五, 一百一十一, 十二).
 *
 * Units must descend; 零 may only follow a unit to mark a skipped place. A bare digit after 百 or
 * 千 (一百五) is colloquial shorthand for 150, ambiguous with 105, so it is rejected rather than guessed.
 */
function parsePositional(text: string): number | undefined {
  let total = 0;
  let pending: number | undefined;
  let pendingIsLiang = false;
  let lastUnit = NO_UNIT;
  let zeroAfterLastUnit = false;
  let previousWasUnit = false;
  for (const ch of text) {
    const unit = UNITS[ch];
    if (unit !== undefined) {
      if (unit >= lastUnit) return undefined;
      // 十 may stand alone (十二, 一百十一); 百 and 千 need their multiplier.
      const multiplier = pending ?? (unit === 10 ? 1 : undefined);
      if (multiplier === undefined) return undefined;
      total += multiplier * unit;
      pending = undefined;
      pendingIsLiang = false;
      lastUnit = unit;
      zeroAfterLastUnit = false;
      previousWasUnit = true;
      continue;
    }
    const digit = DIGITS[ch];
    if (digit === undefined || pending !== undefined) return undefined;
    if (digit === 0) {
      if (!previousWasUnit) return undefined;
      zeroAfterLastUnit = true;
    } else {
      pending = digit;
      pendingIsLiang = ch === "兩";
    }
    previousWasUnit = false;
  }
  if (pending !== undefined) {
    // 兩 in the ones place (十兩) is not how numbers are written.
    if (pendingIsLiang) return undefined;
    const onesPlace = lastUnit === NO_UNIT || lastUnit === 10 || zeroAfterLastUnit;
    if (!onesPlace) return undefined;
    total += pending;
  } else if (zeroAfterLastUnit) {
    return undefined;
  }
  return total;
}

/**
 * Reads a number written in ASCII digits, full-width digits or Chinese numerals.
 *
 * Chinese forms: single digits (〇零一…九, 兩 = 2), 十 = 10, 廿 = 20, positional numerals up to
 * 9999 (十二, 二十, 一百十一, 一百一十一, 三千零五) and digit-by-digit forms (一〇九 = 109).
 * The text must be the number alone: no spaces, signs or other characters.
 *
 * @returns the number, or `undefined` for anything else (including ambiguous 一百五).
 * @example
 * parseChineseNumber("一百十一") //=> 111   (民國一百十一年三月十七日)
 * parseChineseNumber("１１１")   //=> 111
 */
export function parseChineseNumber(text: string): number | undefined {
  if (text === "") return undefined;
  const halfWidth = toHalfWidth(text);
  if (/^[0-9]+$/.test(halfWidth)) {
    const value = Number(halfWidth);
    return Number.isSafeInteger(value) ? value : undefined;
  }
  // 廿 is shorthand for 二十 (廿一 = 21).
  const expanded = text.replace(/廿/g, "二十");
  if ([...expanded].some((ch) => UNITS[ch] !== undefined)) {
    return parsePositional(expanded);
  }
  return parseDigitSequence(expanded);
}

/**
 * Reads a number token cut out of minutes text: trims, half-widths, then accepts ASCII digits or a
 * Chinese numeral.
 *
 * @example
 * parseNumberToken(" ３ ") //=> 3   (本（３）月底前)
 * parseNumberToken("十七")  //=> 17
 */
export function parseNumberToken(text: string): number | undefined {
  return parseChineseNumber(toHalfWidth(text).trim());
}
