// Number formats compared by what they show, not by their spelling: Excel may hand a format back in
// another form than the one written (yyyy\-mm\-dd, YYYY-MM-DD, yyyy-mm-dd;@, [$-0040404]e/mm/dd), and
// 套用到所有日期 must still recognise the schema's date formats in it (a user's own format is left alone).

/**
 * A format code reduced to its meaning: a trailing empty text section (;@) dropped, backslash escapes
 * and single quoted characters written plainly, the locale tag's number read as a number, and the codes
 * outside quotes lower-cased (Excel reads yyyy and YYYY alike).
 *
 * @example
 * formatMeaning("YYYY\\-MM\\-DD;@") //=> "yyyy-mm-dd"
 */
export function formatMeaning(code: string): string {
  let out = "";
  let quoted = false;
  const text = code.trim().replace(/;@$/u, "");
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (ch === '"') {
      // "-" is the same as - ; a longer literal keeps its quotes, as its letters are not codes
      const close = text.indexOf('"', i + 1);
      const literal = close < 0 ? text.slice(i + 1) : text.slice(i + 1, close);
      if (!quoted && literal.length === 1 && !/[a-z]/iu.test(literal)) {
        out += literal;
        i = close < 0 ? text.length : close;
        continue;
      }
      quoted = !quoted;
      out += ch;
    } else if (ch === "\\" && !quoted) {
      out += text[i + 1] ?? "";
      i++;
    } else out += quoted ? ch : ch.toLowerCase();
  }
  // [$-40404] and [$-0040404] are one locale and calendar: the tag is a hexadecimal number
  return out.replace(/\[\$([^\]-]*)-([0-9a-f]+)\]/gu, (_whole, currency: string, hex: string) => `[$${currency}-${parseInt(hex, 16).toString(16)}]`);
}

/** Whether two number formats show the same thing (see formatMeaning). */
export const sameNumberFormat = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && formatMeaning(a) === formatMeaning(b);
