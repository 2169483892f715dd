// The as-of date every status is computed on, resolved one way for the pane, the CLI and the ribbon
// command: a date given for this run, else the 設定 table's 基準日, else today in the workbook's time zone
// (what =TODAY() means in the sheet). A time zone no one knows is not fatal (statuses are still wanted)
// but never silent: today is taken in Asia/Taipei and a problem says so, for every caller to show.
import { isoDateInZone, type IsoDate } from "../domain";
import { problem, type Problem } from "../problems";
import type { SettingsRow } from "../workbook/model";

/** The secretariat's own zone: what a workbook without a usable 時區 means. */
export const FALLBACK_TIME_ZONE = "Asia/Taipei";

export interface AsOf {
  readonly asOf: IsoDate;
  readonly source: "given" | "settings" | "today";
  /** the zone "today" was taken in (the workbook's, or the fallback) */
  readonly timeZone: string;
  /** set when the workbook's time zone could not be used */
  readonly warning: Problem | null;
}

/** Today in `timeZone`, or null when the runtime does not know that zone. */
function todayIn(now: Date, timeZone: string): IsoDate | null {
  try {
    return isoDateInZone(now, timeZone);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/**
 * Resolves the as-of date.
 *
 * @example
 * resolveAsOf({ asOf: null, timeZone: "Asia/Taipei" }, new Date("2022-03-16T17:00:00Z")).asOf //=> "2022-03-17"
 */
export function resolveAsOf(settings: Pick<SettingsRow, "asOf" | "timeZone">, now: Date, given?: IsoDate): AsOf {
  const zone = settings.timeZone.trim() === "" ? FALLBACK_TIME_ZONE : settings.timeZone.trim();
  if (given !== undefined) return { asOf: given, source: "given", timeZone: zone, warning: null };
  if (settings.asOf !== null) return { asOf: settings.asOf, source: "settings", timeZone: zone, warning: null };
  const today = todayIn(now, zone);
  if (today !== null) return { asOf: today, source: "today", timeZone: zone, warning: null };
  return {
    asOf: isoDateInZone(now, FALLBACK_TIME_ZONE),
    source: "today",
    timeZone: FALLBACK_TIME_ZONE,
    warning: problem("date.timeZoneInvalid", { zone: settings.timeZone, fallback: FALLBACK_TIME_ZONE }),
  };
}
