// The as-of date every status in the pane is computed on, by the one rule of src/app (resolveAsOf): the 設定
// table's 基準日 when it holds a date, else today in the workbook's time zone (what =TODAY() means in the
// sheet), in Asia/Taipei when that zone is unknown (resolveAsOf's warning says so; see asOfWarning).
import { FALLBACK_TIME_ZONE, resolveAsOf } from "../../app";
import type { IsoDate } from "../../domain";
import type { Problem } from "../../problems";
import type { SettingsRow } from "../../workbook/model";

export { FALLBACK_TIME_ZONE };

export function asOfDate(settings: Pick<SettingsRow, "asOf" | "timeZone">, now: Date): IsoDate {
  return resolveAsOf(settings, now).asOf;
}

/** The problem to show when the workbook's time zone could not be used, else null. */
export function asOfWarning(settings: Pick<SettingsRow, "asOf" | "timeZone">, now: Date): Problem | null {
  return resolveAsOf(settings, now).warning;
}
