// The date-format rules of both stores, declared once: the format a date cell takes when a store writes it,
// and when 套用到所有日期 re-applies 日期顯示. A format the schema writes follows the setting; a date format of
// the user's own is left alone. Pure: the stores hand in the format code they found.
import { sameNumberFormat } from "./numberFormat";
import { dateFormatFor, dateTimeFormatFor, isSchemaDateFormat, type ColumnSpec, type DateDisplay } from "./schema";

/** The date format 日期顯示 asks for in a date or date-time column (匯入時間 … switch between their own two), else undefined. */
export function wantedDateFormat(column: ColumnSpec, display: DateDisplay): string | undefined {
  if (column.kind === "date") return dateFormatFor(display);
  return column.kind === "datetime" ? dateTimeFormatFor(display) : undefined;
}

/**
 * 套用到所有日期 and a change of 日期顯示: the format a date cell now in `code` takes, or undefined to leave
 * it. Only a format the schema writes is switched; a user's own date format (or a built-in one) stays.
 */
export function reformattedDate(column: ColumnSpec, code: string | undefined, display: DateDisplay): string | undefined {
  const wanted = wantedDateFormat(column, display);
  return wanted !== undefined && isSchemaDateFormat(code) && !sameNumberFormat(code, wanted) ? wanted : undefined;
}

/**
 * The format a date the store writes lands in, or undefined to keep the cell's: the one 日期顯示 asks for
 * where the cell shows no date (General shows 44712; a store that did not read the format says so too),
 * or shows one in a schema format of the other display; a date format of the user's own, or a built-in
 * one (`code` undefined), stays.
 */
export function writtenDateFormat(column: ColumnSpec, code: string | undefined, showsDate: boolean, display: DateDisplay): string | undefined {
  const wanted = wantedDateFormat(column, display);
  if (wanted === undefined) return undefined;
  return showsDate ? reformattedDate(column, code, display) : wanted;
}

/** True when a format code shows a date: y, d, e (ROC year), g, or m without hours or seconds. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    // [h] [mm] [ss] are elapsed time; any other bracket is a locale, colour or condition.
    .replace(/\[([hms]+)\]/gi, "$1")
    .replace(/\[[^\]]*\]/g, "");
  if (/^general$/i.test(bare.trim()) || bare.includes("@")) return false;
  return /[ydeg]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
}
