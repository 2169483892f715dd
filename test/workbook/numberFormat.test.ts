// Number formats compared by meaning: 套用到所有日期 recognises the schema's date formats in the forms
// Excel may hand them back in, and still leaves a user's own date format alone.
import { formatMeaning, sameNumberFormat } from "../../src/workbook/numberFormat";
import { DATE_FORMAT, ROC_DATE_FORMAT, TABLE, isSchemaDateFormat } from "../../src/workbook/schema";
import { unwrap } from "../domain/support";
import { fakeStore, writeAll } from "./excel/support/scenario";
import { caseRow } from "./xlsx/support";

describe("formatMeaning", () => {
  test.each([
    ["yyyy-mm-dd", "yyyy-mm-dd"],
    ["yyyy\\-mm\\-dd", "yyyy-mm-dd"],
    ["YYYY-MM-DD", "yyyy-mm-dd"],
    ["yyyy-mm-dd;@", "yyyy-mm-dd"],
    ['yyyy"-"mm"-"dd', "yyyy-mm-dd"],
    ["[$-40404]e/mm/dd", "[$-40404]e/mm/dd"],
    ["[$-0040404]E/MM/DD", "[$-40404]e/mm/dd"],
    ["[$-40404]e\\/mm\\/dd;@", "[$-40404]e/mm/dd"],
    ['[$-40404]"民國"e"年"m"月"d"日"', '[$-40404]"民國"e年m月d日'],
  ])("%s means %s", (code, meaning) => expect(formatMeaning(code)).toBe(meaning));
});

describe("isSchemaDateFormat: the schema's formats in any spelling, nothing else", () => {
  test.each([
    [DATE_FORMAT, true],
    [ROC_DATE_FORMAT, true],
    ["yyyy\\-mm\\-dd", true],
    ["YYYY-MM-DD;@", true],
    ["[$-0040404]e/mm/dd", true],
    ["yyyy/mm/dd", false],
    ["m/d/yyyy", false],
    ['[$-40404]"民國"e"年"m"月"d"日"', false],
    ["General", false],
    [undefined, false],
  ])("%s → %s", (code, expected) => expect(isSchemaDateFormat(code)).toBe(expected));
  test("sameNumberFormat needs two formats", () => expect(sameNumberFormat(undefined, DATE_FORMAT)).toBe(false));
});

test("套用到所有日期 in Excel re-formats dates whose format Excel hands back as yyyy\\-mm\\-dd;@, and keeps a user's own", async () => {
  const { fake, store } = fakeStore();
  unwrap(await store.update(writeAll({ meetings: [], history: [], cases: ["11001", "11002", "11003"].map((id) => caseRow(id, { dueDate: "2022-05-31" as never })) })));
  const column = fake.table(TABLE.cases).headers().indexOf("期限");
  const cells = fake.bodyCells(TABLE.cases).map((row) => row[column]);
  const [first, second, third] = cells;
  if (!first || !second || !third) throw new Error("three dated cases expected");
  first.numberFormat = "yyyy\\-mm\\-dd;@"; // the schema's format, as Excel may return it
  second.numberFormat = "YYYY-MM-DD";
  third.numberFormat = "m/d/yyyy"; // the user's own
  // read the workbook first, so the update can afford to read the formats with the data
  unwrap(await store.read());
  unwrap(await store.update(writeAll({ meetings: [], cases: [], history: [], settings: { dateDisplay: "民國" }, reformatDates: true })));
  expect(cells.map((c) => c?.numberFormat)).toEqual([ROC_DATE_FORMAT, ROC_DATE_FORMAT, "m/d/yyyy"]);
});
