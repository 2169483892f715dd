// Excel's date serials (days since 1899-12-30, the 1900 leap-year bug included) to IsoDate and back, and
// date-time serials (the fraction is the time of day) to instants and back, as a clock in a time zone
// shows them: a sheet cell has no zone, so 匯入時間 holds the workbook's local time (設定's 時區).
import { TZDate } from "@date-fns/tz";
import { addDaysIso, daysBetween, isoDate, parseIsoDate, type IsoDate } from "../domain";

const EPOCH = "1899-12-30" as IsoDate;
const MS_PER_DAY = 86_400_000;

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

/** True when the runtime knows `timeZone` as an IANA zone (Asia/Taipei, UTC …). */
export function isKnownTimeZone(timeZone: string): boolean {
  return timeZone.trim() !== "" && !Number.isNaN(new TZDate(0, timeZone).getHours());
}

/**
 * The date-time serial of an instant as the clock in `timeZone` shows it: 2026-12-05T00:56:20.048Z in
 * Asia/Taipei is 2026-12-05 08:56:20.048, serial 46361.37245…; undefined for an unknown zone or an
 * instant outside the serials' range.
 */
export function instantToSerial(instant: Date, timeZone: string): number | undefined {
  const local = new TZDate(instant.getTime(), timeZone);
  if (Number.isNaN(local.getTime()) || Number.isNaN(local.getHours())) return undefined;
  const day = isoDate(local.getFullYear(), local.getMonth() + 1, local.getDate());
  if (!day.ok) return undefined;
  const serial = isoToSerial(day.value);
  if (serialToIso(serial) === undefined) return undefined;
  const ms = ((local.getHours() * 60 + local.getMinutes()) * 60 + local.getSeconds()) * 1000 + local.getMilliseconds();
  return serial + ms / MS_PER_DAY;
}

/**
 * The instant a date-time serial names on the clock in `timeZone` (to the millisecond: a serial holds
 * 15 significant digits, about 10 µs at today's dates); undefined for an unknown zone or a serial out of range.
 * A local time the zone skips (a DST gap) is read as the zone's rules give it (date-fns' TZDate).
 */
export function serialToInstant(serial: number, timeZone: string): Date | undefined {
  const day = serialToIso(serial);
  if (day === undefined) return undefined;
  const ms = Math.round((serial - Math.floor(serial)) * MS_PER_DAY);
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const local = new TZDate(year, month - 1, date, 0, 0, 0, ms, timeZone);
  const time = local.getTime();
  return Number.isNaN(time) ? undefined : new Date(time);
}

/**
 * A recorded time (匯入時間, 記錄時間, 提醒同步時間) in the one form rows hold it: the ISO instant in UTC
 * (2022-03-18T09:00:00+08:00 → 2022-03-18T01:00:00.000Z), which is what a date-time cell reads back as.
 * Text that is not a time is returned unchanged (the callers refuse or keep it as they did).
 */
export function canonicalInstant(text: string): string {
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? text : instant.toISOString();
}
