// Tests for digit handling: full-width forms and Chinese numerals as minutes write them.

import { parseChineseNumber, parseNumberToken, toHalfWidth } from "../../src/domain/numerals";

describe("toHalfWidth converts full-width ASCII and the ideographic space", () => {
  test.each([
    ["１１１年３月１７日", "111年3月17日"],
    ["本（４）月底前", "本(4)月底前"],
    ["ＡＢＣ　ｘｙｚ", "ABC xyz"],
    ["！～", "!~"],
    ["列管案號 10902", "列管案號 10902"],
    ["", ""],
    ["總務組、公管中心", "總務組、公管中心"],
  ])("%j → %j", (input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });
});

describe("parseChineseNumber reads digits and Chinese numerals", () => {
  test.each([
    ["111", 111],
    ["１１１", 111],
    ["007", 7],
    ["〇", 0],
    ["零", 0],
    ["一", 1],
    ["兩", 2],
    ["九", 9],
    ["十", 10],
    ["十二", 12],
    ["十七", 17],
    ["二十", 20],
    ["廿", 20],
    ["廿一", 21],
    ["三十一", 31],
    ["一百", 100],
    ["兩百", 200],
    ["一百十一", 111],
    ["一百一十一", 111],
    ["一百零五", 105],
    ["一百二十", 120],
    ["一千", 1000],
    ["兩千", 2000],
    ["三千零五", 3005],
    ["一千零一十", 1010],
    ["九千九百九十九", 9999],
    ["一〇九", 109],
    ["一一一", 111],
    ["一〇〇", 100],
    ["〇五", 5],
  ])("%s → %d", (input, expected) => {
    expect(parseChineseNumber(input)).toBe(expected);
  });

  test.each([
    ["", "empty"],
    [" 111", "surrounding space is the caller's job"],
    ["1百", "mixed scripts"],
    ["百", "百 without a multiplier"],
    ["千", "千 without a multiplier"],
    ["一百五", "ambiguous shorthand (150 or 105)"],
    ["十十", "repeated unit"],
    ["一十百", "units out of order"],
    ["二二十", "two digits before a unit"],
    ["十零", "trailing 零"],
    ["零十", "leading 零 before a unit"],
    ["一百零零五", "double 零"],
    ["十兩", "兩 in the ones place"],
    ["兩兩", "兩 as a place digit"],
    ["一萬", "萬 is not supported"],
    ["三月", "not a number"],
    ["-1", "sign"],
    ["1.5", "decimal"],
    ["12345678901234567890", "beyond safe integers"],
  ])("%j is rejected (%s)", (input) => {
    expect(parseChineseNumber(input)).toBeUndefined();
  });
});

describe("parseNumberToken trims and half-widths before reading", () => {
  test.each([
    [" ３ ", 3],
    ["　１７　", 17],
    ["十七", 17],
    [" 一百十一 ", 111],
    ["4", 4],
  ])("%j → %d", (input, expected) => {
    expect(parseNumberToken(input)).toBe(expected);
  });

  test.each(["", "  ", "底", "4月"])("%j → undefined", (input) => {
    expect(parseNumberToken(input)).toBeUndefined();
  });
});

describe("toHalfWidth keeps the length, so indexes into the result point into the original", () => {
  test.each(["案號１１１０３：方案尚在研擬，繼續列管。", "主\u3000\u3000席：陳志銘", "😀（一）", ""])("%s", (text) => {
    expect(toHalfWidth(text)).toHaveLength(text.length);
  });

  test("every full-width ASCII character maps to its ASCII twin", () => {
    const wide = Array.from({ length: 0xff5e - 0xff01 + 1 }, (_, i) => String.fromCharCode(0xff01 + i)).join("");
    const ascii = Array.from({ length: 0x7e - 0x21 + 1 }, (_, i) => String.fromCharCode(0x21 + i)).join("");
    expect(toHalfWidth(wide)).toBe(ascii);
  });
});
