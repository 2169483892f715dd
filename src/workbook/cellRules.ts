// The store layer's rules for cells, declared once for the Excel store and the file store alike: when a
// cell's meaning changes (then it is written), when it stays as the user typed it, that text typed into a
// date column (domain readSheetDate) is written back as a real date, and the key a keyed table's rows go by.
// Pure: the stores hand in the cells they read and write back exactly the changes this module returns.
import { readSheetDate, sameOwnerNames } from "../domain";
import type { CellRow, CellValue } from "./cells";
import { isoToSerial } from "./excelDate";
import type { ColumnSpec, TableSpec } from "./schema";

/** The key of 設定's one row among the keyed rows: settings are written into the row they were read from. */
export const SETTINGS_KEY = "設定";

/** One millisecond as a fraction of a day: date-time serials this close name the same instant. */
const MS_IN_DAYS = 1 / 86_400_000;

const blank = (value: CellValue | undefined): boolean => value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/** A date cell's serial, whether it holds a serial or text a person typed as a date. */
export function dateSerial(value: CellValue | undefined): number | undefined {
  if (typeof value === "number") return Math.floor(value);
  if (typeof value !== "string") return undefined;
  const date = readSheetDate(value);
  return date === undefined ? undefined : isoToSerial(date);
}

/** A formula written as a value (設定's 基準日 =TODAY()); text and list columns always hold text. */
export const formulaValue = (column: ColumnSpec, value: CellValue | undefined): string | undefined =>
  column.kind !== "text" && column.kind !== "list" && typeof value === "string" && value.startsWith("=") ? value : undefined;

/**
 * Whether a cell already holds `next` as the decoder reads it: the one meaning-equality rule of both
 * stores. Text is compared trimmed (a typed " 總務組" is 總務組), a list of units by the units it names
 * (總務組,文書組 is 總務組、文書組), integers as numbers, dates by the day
 * they name (a serial or a typed 111/05/31), date-times by the instant (text only equals text), formulas
 * given as values (=TODAY()) by their text.
 *
 * @example
 * sameMeaning(columnSpec("cases", "lead"), " 總務組", "總務組") //=> true
 */
export function sameMeaning(column: ColumnSpec, existing: CellValue | undefined, next: CellValue | undefined): boolean {
  const formula = formulaValue(column, next) ?? formulaValue(column, existing);
  if (formula !== undefined) return typeof existing === "string" && typeof next === "string" && existing.trim() === next.trim();
  if (blank(existing) || blank(next)) return blank(existing) && blank(next);
  // a list of units the user typed with commas (總務組,文書組) is the list the codec writes with 、
  if (column.names === true) return sameOwnerNames(String(existing), String(next));
  switch (column.kind) {
    case "integer":
      return Number(existing) === Number(next);
    case "date":
      return dateSerial(existing) === dateSerial(next);
    case "datetime":
      // the same instant to the millisecond (Excel keeps 15 digits of a serial); a timestamp still held as
      // ISO text by an older workbook is not a date-time, so a row written again gets the real one
      return typeof existing === "number" && typeof next === "number"
        ? Math.abs(existing - next) < MS_IN_DAYS
        : typeof existing === typeof next && String(existing).trim() === String(next).trim();
    default:
      return String(existing).trim() === String(next).trim();
  }
}

/**
 * A date typed as text (111/05/31 in 期限) that the decoder reads as a date: the serial to write back,
 * so the sheet's formulas compare a real date instead of showing #VALUE!. Undefined for anything else.
 */
export function repairedDate(column: ColumnSpec, existing: CellValue | undefined): number | undefined {
  if (column.kind !== "date" || typeof existing !== "string" || existing.startsWith("=") || blank(existing)) return undefined;
  return dateSerial(existing);
}

/**
 * The keep-the-user's-cells rule: of the cells an upsert names, the ones to write into an existing row,
 * by column key. A cell is written only when its meaning changes; a cell it leaves keeps whatever the user
 * put there (a formula such as =HYPERLINK(…), a format, a comment, spaces around a name). Formula columns
 * and cells the upsert does not name (a settings patch names only what it changes) are never touched.
 * One exception, for the sheet's sake: a date the user typed as text in a row being written is written
 * back as the same date, a real one.
 */
export function cellsToWrite(spec: TableSpec, existing: (key: string) => CellValue | undefined, cells: CellRow): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  for (const column of spec.columns) {
    if (column.kind === "formula" || !(column.key in cells)) continue;
    const was = existing(column.key);
    const next = cells[column.key] ?? null;
    if (!sameMeaning(column, was, next)) out.set(column.key, next);
    else {
      const repaired = repairedDate(column, was);
      if (repaired !== undefined) out.set(column.key, repaired);
    }
  }
  return out;
}

/** The text of a key cell, as rows are matched by it (a number 110 and a typed "110 " are the same key). */
export function keyText(value: CellValue | undefined): string {
  if (blank(value)) return "";
  return typeof value === "string" ? value.trim() : String(value);
}

/**
 * The key a row is written by, taken from the schema's keyColumn (會議次別, 列管案號, 組室名稱, 組室);
 * 設定's one row is SETTINGS_KEY, and 辦理歷程 rows have no key (they are only appended).
 */
export function rowKey(spec: TableSpec, cells: CellRow): string | undefined {
  if (spec.key === "settings") return SETTINGS_KEY;
  if (spec.keyColumn === null) return undefined;
  const key = keyText(cells[spec.keyColumn]);
  return key === "" ? undefined : key;
}
