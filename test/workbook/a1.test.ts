// A1 references: column letters and ranges.
import { cellAddress, columnLetters, columnNumber, formatRange, parseAddress, parseRange } from "../../src/workbook/a1";

describe("column letters", () => {
  test.each([
    [1, "A"],
    [15, "O"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("%i is %s and back", (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });
});

describe("ranges", () => {
  test.each([
    ["A1:O24", { top: 1, left: 1, bottom: 24, right: 15 }],
    ["$A$1:$O$24", { top: 1, left: 1, bottom: 24, right: 15 }],
    ["N2", { top: 2, left: 14, bottom: 2, right: 14 }],
    ["O24:A1", { top: 1, left: 1, bottom: 24, right: 15 }],
  ])("%s", (text, range) => expect(parseRange(text)).toEqual(range));

  test.each(["A:A", "1:1", "列管案件[期限]", "A1:B2:C3", ""])("%s is not a cell range", (text) => expect(parseRange(text)).toBeUndefined());

  test("format and addresses", () => {
    expect(formatRange({ top: 2, left: 1, bottom: 10, right: 15 })).toBe("A2:O10");
    expect(cellAddress(24, 14)).toBe("N24");
    expect(parseAddress("$n$24")).toEqual({ row: 24, column: 14 });
  });
});
