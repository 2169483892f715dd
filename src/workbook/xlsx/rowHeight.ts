// The height a row needs so its wrapped cells (案由, 辦理情形, 內容) show every line. Excel grows such a
// row only when the cell is edited there, and LibreOffice not at all for an .xlsx row without a height, so
// the file store writes an estimate as the row's ht (without customHeight: Excel still refits it on edit).
import { WORKBOOK_FONT } from "../schema";

/** Points per line of the workbook font (微軟正黑體 / Noto Sans CJK at 11 pt draw about 1.35 em a line). */
export const LINE_HEIGHT = Math.ceil(WORKBOOK_FONT.size * 1.35 * 4) / 4;
/** Excel's default row height for an 11 pt font: a row of one line keeps it (no ht written). */
export const DEFAULT_ROW_HEIGHT = 15;

/**
 * Width of one character in column-width units (digits of the workbook's Normal font, which stays
 * Calibri 11 pt: 7 px a unit). A CJK or full-width character of 微軟正黑體 at 11 pt is about 15 px, so
 * 2.1 units: Excel fits 22 of them in the 48-wide 案由. LibreOffice fits about 28 (measured on the
 * rendered sample), so there a row may keep a spare line; an estimate too low would cut text instead.
 */
function charUnits(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000;
  return wide ? 2.1 : 1;
}

/** Lines `text` takes in a column `width` characters wide (Excel's width unit), counting its own line breaks. */
export function wrappedLines(text: string, width: number): number {
  // a cell loses about one unit to its padding; a too-narrow column still holds one character a line
  const room = Math.max(2, width - 1);
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let used = 0;
    let count = 1;
    for (const ch of paragraph) {
      const units = charUnits(ch);
      if (used > 0 && used + units > room) {
        count++;
        used = 0;
      }
      used += units;
    }
    lines += count;
  }
  return lines;
}

/**
 * The ht for a row whose wrapped cells hold these texts in columns of these widths, or undefined when one
 * line is enough (the row keeps the sheet's default height).
 */
export function wrappedRowHeight(cells: readonly { readonly text: string; readonly width: number }[]): number | undefined {
  const lines = Math.max(1, ...cells.map((c) => (c.text === "" ? 1 : wrappedLines(c.text, c.width))));
  if (lines <= 1) return undefined;
  return Math.max(DEFAULT_ROW_HEIGHT, lines * LINE_HEIGHT + 2);
}
