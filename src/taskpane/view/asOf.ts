// The as-of date every status in the pane is computed on: the 設定 table's 基準日 when it holds a date,
// else today in the workbook's time zone (what =TODAY() means in the sheet).
import { isoDateInZone, type IsoDate } from "../../domain";
import type { SettingsRow } from "../../workbook/model";

export const FALLBACK_TIME_ZONE = "Asia/Taipei";

export function asOfDate(settings: Pick<SettingsRow, "asOf" | "timeZone">, now: Date): IsoDate {
  if (settings.asOf) return settings.asOf;
  try {
    return isoDateInZone(now, settings.timeZone || FALLBACK_TIME_ZONE);
  } catch {
    // a time zone the browser does not know: the secretariat's own
    return isoDateInZone(now, FALLBACK_TIME_ZONE);
  }
}
