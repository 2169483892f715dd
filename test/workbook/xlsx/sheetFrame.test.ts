// Around a sheet's rows: column styles and widths, the used range, and ranges that grow with a table.
import { columnStyle, extendRanges, withColumnWidth, withDimension, withValidation } from "../../../src/workbook/xlsx/sheetFrame";

const HEAD = '<worksheet><dimension ref="A1:O5"/><cols><col min="1" max="1" width="10" style="2"/><col min="3" max="4" width="16" style="3"/></cols><sheetData>';

test("a column's default style", () => {
  expect([1, 2, 3, 4, 5].map((c) => columnStyle(HEAD, c))).toEqual(["2", undefined, "3", "3", undefined]);
});

test("a width for a column no <col> covers, in column order", () => {
  expect(withColumnWidth(HEAD, 2, 12)).toContain('<col min="1" max="1" width="10" style="2"/><col min="2" max="2" width="12" customWidth="1"/><col min="3"');
  expect(withColumnWidth(HEAD, 16, 12)).toContain('style="3"/><col min="16" max="16" width="12" customWidth="1"/></cols>');
  expect(withColumnWidth(HEAD, 4, 12)).toBe(HEAD);
  expect(withColumnWidth("<worksheet><sheetData>", 1, 9)).toBe('<worksheet><cols><col min="1" max="1" width="9" customWidth="1"/></cols><sheetData>');
});

test("the used range grows, never shrinks", () => {
  expect(withDimension(HEAD, { top: 1, left: 1, bottom: 24, right: 16 })).toContain('<dimension ref="A1:P24"/>');
  expect(withDimension(HEAD, { top: 1, left: 1, bottom: 2, right: 2 })).toContain('<dimension ref="A1:O5"/>');
});

test("formats and validations ending on the table's last row grow with it; others stay", () => {
  const tail =
    '</sheetData><conditionalFormatting sqref="A2:O5 Q2:Q5"><cfRule type="expression"/></conditionalFormatting>' +
    '<dataValidations count="3"><dataValidation type="list" sqref="H2:H5"/><dataValidation type="list" sqref="C2:C3"/><dataValidation type="list" sqref="A:A"/></dataValidations>' +
    "<extLst><x14:dataValidation><xm:sqref>C2:C5</xm:sqref></x14:dataValidation></extLst></worksheet>";
  const grown = extendRanges(tail, { top: 2, left: 1, bottom: 5, right: 15 }, 9);
  expect(grown).toContain('sqref="A2:O9 Q2:Q5"');
  expect(grown).toContain('sqref="H2:H9"');
  expect(grown).toContain('sqref="C2:C3"');
  expect(grown).toContain('sqref="A:A"');
  expect(grown).toContain("<xm:sqref>C2:C9</xm:sqref>");
});

test("a validation joins <dataValidations>, or starts one where the schema puts it", () => {
  const v = '<dataValidation sqref="P2:P5"/>';
  expect(withValidation('</sheetData><dataValidations count="1"><dataValidation sqref="H2:H5"/></dataValidations><pageMargins/></worksheet>', v)).toBe(
    '</sheetData><dataValidations count="2"><dataValidation sqref="H2:H5"/><dataValidation sqref="P2:P5"/></dataValidations><pageMargins/></worksheet>',
  );
  expect(withValidation('</sheetData><conditionalFormatting sqref="A2"/><pageMargins/><tableParts/></worksheet>', v)).toBe(
    '</sheetData><conditionalFormatting sqref="A2"/><dataValidations count="1"><dataValidation sqref="P2:P5"/></dataValidations><pageMargins/><tableParts/></worksheet>',
  );
  expect(withValidation("</sheetData></worksheet>", v)).toBe('</sheetData><dataValidations count="1"><dataValidation sqref="P2:P5"/></dataValidations></worksheet>');
});
