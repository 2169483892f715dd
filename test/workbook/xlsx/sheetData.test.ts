// A worksheet's rows: parsed only when touched, untouched rows written back byte for byte.
import { SheetData } from "../../../src/workbook/xlsx/sheetData";

const HEAD = '<worksheet><dimension ref="A1:C3"/><sheetData>';
const TAIL = '</sheetData><pageMargins left="0.7"/></worksheet>';
const ROW1 = '<row r="1" spans="1:3" ht="20" customHeight="1"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>3</v></c></row>';
const ROW3 = '<row r="3"><c r="B3" s="2"/></row>';
const xml = `${HEAD}${ROW1}\n${ROW3}${TAIL}`;

test("an untouched sheet serializes to its rows exactly", () => {
  const sheet = SheetData.parse(xml);
  expect(sheet.isChanged).toBe(false);
  expect(sheet.serialize()).toBe(`${HEAD}${ROW1}${ROW3}${TAIL}`);
  expect(sheet.cells(1)).toEqual(
    new Map([
      [1, '<c r="A1" t="s"><v>0</v></c>'],
      [3, '<c r="C1"><v>3</v></c>'],
    ]),
  );
  expect(sheet.cells(2).size).toBe(0);
  expect(sheet.lastRow()).toBe(3);
});

test("a changed row keeps its attributes but spans, its cells in column order; other rows are untouched", () => {
  const sheet = SheetData.parse(xml);
  sheet.setCell(1, 2, '<c r="B1"><v>2</v></c>');
  sheet.setCell(2, 1, '<c r="A2"><v>9</v></c>');
  expect(sheet.serialize()).toBe(
    `${HEAD}<row r="1" ht="20" customHeight="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row><row r="2"><c r="A2"><v>9</v></c></row>${ROW3}${TAIL}`,
  );
});

test("removing a cell, and an empty sheet that gains a row", () => {
  const sheet = SheetData.parse(xml);
  sheet.setCell(3, 2, undefined);
  expect(sheet.serialize()).toContain('<row r="3"/>');
  const empty = SheetData.parse("<worksheet><sheetData/></worksheet>");
  empty.setCell(1, 1, '<c r="A1"><v>1</v></c>');
  expect(empty.serialize()).toBe('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>');
});

test("rows and cells without r (some writers omit it) get their positions written out", () => {
  const sheet = SheetData.parse('<worksheet><sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c s="1"/></row></sheetData></worksheet>');
  expect(sheet.cell(1, 2)).toBe('<c r="B1"><v>2</v></c>');
  expect(sheet.cell(2, 1)).toBe('<c r="A2" s="1"/>');
  expect(sheet.serialize()).toBe('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2" s="1"/></row></sheetData></worksheet>');
});

test("a row's cells move to another row (a table's totals row)", () => {
  const sheet = SheetData.parse(xml);
  sheet.moveCells(1, 5, { left: 1, right: 2 });
  expect(sheet.cells(1)).toEqual(new Map([[3, '<c r="C1"><v>3</v></c>']]));
  expect(sheet.cells(5)).toEqual(new Map([[1, '<c r="A5" t="s"><v>0</v></c>']]));
});
