// Writes a list counter the way Word and Writer display it: 1, 01, １, i, A, 一, 壹, 甲, ①, ⑴ and so on.

const DIGITS = "〇一二三四五六七八九";
const COUNTING_DIGITS = "零一二三四五六七八九";
const LEGAL_DIGITS = "零壹貳參肆伍陸柒捌玖";
const LEGAL_DIGITS_SIMPLIFIED = "零壹贰叁肆伍陆柒捌玖";
const STEMS = "甲乙丙丁戊己庚辛壬癸";
const BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

/** The way a level writes its counter; Word's `w:numFmt` names and Writer's `style:num-format` map onto these. */
export type NumberStyle =
  | "decimal"
  | "decimal-zero"
  | "decimal-full-width"
  | "upper-roman"
  | "lower-roman"
  | "upper-letter"
  | "lower-letter"
  | "chinese-counting"
  | "chinese-legal"
  | "chinese-legal-simplified"
  | "chinese-digital"
  | "heavenly-stem"
  | "earthly-branch"
  | "stem-branch"
  | "circled"
  | "parenthesized"
  | "full-stop"
  | "circled-ideograph"
  | "none";

/** 十一, 二十, 一百零五: counting numbers as official documents write them (1 to 9999; larger as digits). */
function chineseCounting(n: number, digits: string, units: readonly string[]): string {
  if (n <= 0 || n >= 10000) return String(n);
  const places = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  let out = "";
  let zero = false;
  places.forEach((digit, i) => {
    if (digit === 0) {
      zero = out !== "";
      return;
    }
    if (zero) out += digits[0];
    zero = false;
    // 十一 rather than 一十一 when ten leads.
    const leadingTen = i === 2 && out === "" && digit === 1 && digits === COUNTING_DIGITS;
    out += (leadingTen ? "" : digits[digit]) + (units[i] ?? "");
  });
  return out;
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let rest = n;
  let out = "";
  for (const [value, symbol] of table) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** Word's letters: A…Z, then AA, BB… (the letter repeated, not a spreadsheet column). */
function letters(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

function enclosed(n: number, first: number, count: number): string {
  return n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n);
}

function cycle(n: number, symbols: string): string {
  return n >= 1 ? [...symbols][(n - 1) % symbols.length] ?? String(n) : String(n);
}

/**
 * The counter as the level displays it.
 *
 * @example
 * formatListNumber(3, "chinese-counting") //=> "三"
 * formatListNumber(12, "chinese-counting") //=> "十二"
 * formatListNumber(2, "chinese-legal") //=> "貳"
 */
export function formatListNumber(n: number, style: NumberStyle): string {
  switch (style) {
    case "decimal":
      return String(n);
    case "decimal-zero":
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case "decimal-full-width":
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case "upper-roman":
      return roman(n);
    case "lower-roman":
      return roman(n).toLowerCase();
    case "upper-letter":
      return letters(n);
    case "lower-letter":
      return letters(n).toLowerCase();
    case "chinese-counting":
      return chineseCounting(n, COUNTING_DIGITS, ["千", "百", "十", ""]);
    case "chinese-legal":
      return chineseCounting(n, LEGAL_DIGITS, ["仟", "佰", "拾", ""]);
    case "chinese-legal-simplified":
      return chineseCounting(n, LEGAL_DIGITS_SIMPLIFIED, ["仟", "佰", "拾", ""]);
    case "chinese-digital":
      return n >= 0 ? String(n).replace(/[0-9]/g, (d) => DIGITS[Number(d)] ?? d) : String(n);
    case "heavenly-stem":
      return cycle(n, STEMS);
    case "earthly-branch":
      return cycle(n, BRANCHES);
    case "stem-branch":
      return n >= 1 ? cycle(n, STEMS) + cycle(n, BRANCHES) : String(n);
    case "circled":
      return enclosed(n, 0x2460, 20);
    case "parenthesized":
      return enclosed(n, 0x2474, 20);
    case "full-stop":
      return enclosed(n, 0x2488, 20);
    case "circled-ideograph":
      return enclosed(n, 0x3280, 10);
    case "none":
      return "";
  }
}
