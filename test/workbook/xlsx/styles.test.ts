// Date styles: which number formats show a date, and a date format added to a style that had none.
import { isDateFormat } from "../../../src/workbook/dateFormats";
import { StyleBook } from "../../../src/workbook/xlsx/styles";
import { ROC_DATE_FORMAT } from "../../../src/workbook/schema";

test.each([
  ["yyyy-mm-dd", true],
  ["yyyy/m/d", true],
  [ROC_DATE_FORMAT, true],
  ['[$-404]e"年"m"月"d"日"', true],
  ["mmm-yy", true],
  ["h:mm:ss", false],
  ["[h]:mm", false],
  ["General", false],
  ["@", false],
  ["0", false],
  ['0.00" 天"', false],
])("%s shows a date: %s", (code, date) => expect(isDateFormat(code)).toBe(date));

const STYLES =
  '<styleSheet xmlns="x"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1"><font/></fonts>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="1" fillId="2" borderId="0" xfId="0"><alignment wrapText="1"/></xf></cellXfs></styleSheet>';

test("styles by their number format, custom or built in", () => {
  const book = new StyleBook(STYLES);
  expect([undefined, "0", "1", "2"].map((s) => book.isDateStyle(s))).toEqual([false, false, true, true]);
});

test("a style like another, with the date format; asked twice, added once", () => {
  const book = new StyleBook(STYLES.replace('<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>', ""));
  expect(book.withFormat("2", "yyyy-mm-dd")).toBe("3");
  expect(book.withFormat("2", "yyyy-mm-dd")).toBe("3");
  expect(book.withFormat(undefined, "yyyy-mm-dd")).toBe("4");
  const xml = book.toXml();
  expect(xml).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>');
  expect(xml).toContain('<cellXfs count="5">');
  expect(xml).toContain('<xf numFmtId="164" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1"><alignment wrapText="1"/></xf>');
  expect(book.isDateStyle("3")).toBe(true);
  expect(book.changed).toBe(true);
});
