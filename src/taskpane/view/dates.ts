// Dates as the pane shows them: the 設定 日期顯示 (西元 2022-04-29 or 民國 111/04/29) applied to every
// date the pane prints, including the ISO dates inside stored texts (history: 期限 無期限 → 2022-04-29).
import { formatRocDate, isIsoDate, parseDateInput, type IsoDate, type Result } from "../../domain";
import type { SettingsRow } from "../../workbook/model";

export type DateDisplay = SettingsRow["dateDisplay"];

/** A date in the chosen calendar: `2022-04-29` or `111/04/29`. */
export function showDate(date: IsoDate, display: DateDisplay): string {
  return display === "民國" ? formatRocDate(date, "slash") : date;
}

// An ISO date standing alone in a text (not part of a longer number or a timestamp's time).
const ISO_IN_TEXT = /(?<![\d-])(\d{4}-\d{2}-\d{2})(?![\d-])/gu;

/**
 * A stored text with its ISO dates shown in the chosen calendar, so a history row written as
 * `期限 無期限 → 2022-04-29` reads `期限 無期限 → 111/04/29` under 民國. Text that only looks like a
 * date (2022-13-45) is left as written.
 */
export function showDatesIn(text: string, display: DateDisplay): string {
  if (display !== "民國") return text;
  return text.replace(ISO_IN_TEXT, (whole: string) => (isIsoDate(whole) ? showDate(whole, display) : whole));
}

/**
 * A history row's time of recording (an ISO timestamp in UTC, or a date-time the sheet holds) as the
 * day it was in the workbook's time zone, in the chosen calendar; the text as stored if it is no time.
 */
export function showTimestampDay(at: string, timeZone: string, display: DateDisplay): string {
  const time = new Date(at);
  if (at.trim() === "" || Number.isNaN(time.getTime())) return at;
  try {
    const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(time);
    return isIsoDate(parts) ? showDate(parts, display) : at;
  } catch {
    // a time zone this browser does not know: the UTC day
    const utc = time.toISOString().slice(0, 10);
    return isIsoDate(utc) ? showDate(utc, display) : at;
  }
}

/** What the user typed in a date input: empty (no date), or a date in 西元 or 民國 (the domain's reading). */
export function readTypedDate(text: string): Result<IsoDate | null> {
  if (text.trim() === "") return { ok: true, value: null };
  return parseDateInput(text.trim());
}
