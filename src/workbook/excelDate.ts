// Excel's date serials (days since 1899-12-30, the 1900 leap-year bug included) to IsoDate and back.
import { addDaysIso, daysBetween, parseIsoDate, type IsoDate } from "../domain";

const EPOCH = "1899-12-30" as IsoDate;

/** The serial Excel stores for a date, e.g. 44637 for 2022-03-17. */
export function isoToSerial(date: IsoDate): number {
  return daysBetween(EPOCH, date);
}

/**
 * The date of a serial; a time part (the fraction) is dropped. Serials before 1900-03-01 are not used by
 * the workbook (Excel counts a 1900-02-29 that never existed), so they are refused.
 */
export function serialToIso(serial: number): IsoDate | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2958465) return undefined;
  const date = addDaysIso(EPOCH, Math.floor(serial));
  return parseIsoDate(date).ok ? date : undefined;
}
