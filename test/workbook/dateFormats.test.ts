// The date-format rules both stores follow: the format a written date lands in, and what 套用到所有日期
// switches. A format the schema writes follows 日期顯示; a user's own date format, or a built-in one, stays.
import { reformattedDate, wantedDateFormat, writtenDateFormat } from "../../src/workbook/dateFormats";
import { DATE_FORMAT, DATETIME_FORMAT, ROC_DATE_FORMAT, ROC_DATETIME_FORMAT, columnSpec, type DateDisplay } from "../../src/workbook/schema";

const DUE = columnSpec("cases", "dueDate");
const IMPORTED = columnSpec("meetings", "importedAt");
const TEXT = columnSpec("cases", "text");
const OWN = "d-mmm-yy";

test.each([
  [DUE, "西元", DATE_FORMAT],
  [DUE, "民國", ROC_DATE_FORMAT],
  [IMPORTED, "西元", DATETIME_FORMAT],
  [IMPORTED, "民國", ROC_DATETIME_FORMAT],
  [TEXT, "民國", undefined],
] as const)("%# the format 日期顯示 %s asks of %s", (column, display, wanted) => {
  expect(wantedDateFormat(column, display)).toBe(wanted);
});

test.each([
  ["西元 cell, 民國 wanted: switched", DUE, DATE_FORMAT, "民國", ROC_DATE_FORMAT],
  ["a spelling Excel hands back (yyyy\\-mm\\-dd;@) is the schema's", DUE, "yyyy\\-mm\\-dd;@", "民國", ROC_DATE_FORMAT],
  ["already as wanted: left", DUE, ROC_DATE_FORMAT, "民國", undefined],
  ["a user's own date format: left", DUE, OWN, "民國", undefined],
  ["a built-in format (no code): left", DUE, undefined, "民國", undefined],
  ["a date-time switches between its own two", IMPORTED, DATETIME_FORMAT, "民國", ROC_DATETIME_FORMAT],
  ["a text column: never", TEXT, DATE_FORMAT, "民國", undefined],
] as const)("套用到所有日期: %s", (_name, column, code, display, next) => {
  expect(reformattedDate(column, code, display as DateDisplay)).toBe(next);
});

test.each([
  ["a cell showing no date (General shows 44712) takes the wanted format", DUE, "General", false, "西元", DATE_FORMAT],
  ["a store that did not read the format gives the wanted one", DUE, undefined, false, "民國", ROC_DATE_FORMAT],
  ["a schema date format of the other display is switched", DUE, DATE_FORMAT, true, "民國", ROC_DATE_FORMAT],
  ["the wanted format is kept", DUE, DATE_FORMAT, true, "西元", undefined],
  ["a user's own date format is kept", DUE, OWN, true, "民國", undefined],
  ["a built-in date format (no code) is kept", DUE, undefined, true, "西元", undefined],
  ["a text column: never", TEXT, "General", false, "西元", undefined],
] as const)("a written date: %s", (_name, column, code, showsDate, display, next) => {
  expect(writtenDateFormat(column, code, showsDate, display)).toBe(next);
});
