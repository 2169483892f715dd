// Whether an event in the calendar still says what the sheet wants: an Outlook edit (moved, renamed,
// reminder turned off) leaves our tag and hash untouched, so only the event's own fields can tell.
import { GRAPH_TIME_ZONE, type DesiredEvent, type GraphDateTime, type ObservedEvent } from "./types";

/** The fields compared, in the order they are reported. */
export type DriftField = "subject" | "start" | "end" | "isAllDay" | "isReminderOn" | "reminderMinutesBeforeStart";

// Minutes east of UTC for the zones the comparison can convert between; Taipei has had no daylight
// saving since 1979, so one offset is exact for every reminder date.
const OFFSET_MINUTES: Readonly<Record<string, number>> = {
  [GRAPH_TIME_ZONE]: 480,
  "Asia/Taipei": 480,
  UTC: 0,
  "Etc/UTC": 0,
  "Coordinated Universal Time": 0,
};

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/** Milliseconds since the epoch of a wall time in a known zone, or undefined when it cannot be read. */
function instantOf(value: GraphDateTime): number | undefined {
  const offset = OFFSET_MINUTES[value.timeZone];
  const m = WALL_TIME.exec(value.dateTime);
  if (offset === undefined || m === null) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? "0")) - offset * 60_000;
}

/**
 * True when the two times are the same instant; also true when either is in a zone this module cannot
 * convert (an unknown zone is not evidence of an edit, and "correcting" it would rewrite the event on
 * every sync).
 */
function sameTime(wanted: GraphDateTime, seen: GraphDateTime): boolean {
  const a = instantOf(wanted);
  const b = instantOf(seen);
  return a === undefined || b === undefined || a === b;
}

/**
 * The fields where the calendar's event differs from the desired one; empty when it matches or when
 * nothing was observed. A field the listing did not carry is not compared.
 *
 * @example
 * // 11002's reminder dragged in Outlook from 2022-05-31 to 2022-06-03
 * driftOf(desired11002, { start: { dateTime: "2022-06-03T00:00:00.0000000", timeZone: "Taipei Standard Time" } })
 * //=> ["start"]
 */
export function driftOf(desired: DesiredEvent, observed: ObservedEvent | undefined): DriftField[] {
  if (observed === undefined) return [];
  const drift: DriftField[] = [];
  if (observed.subject !== undefined && observed.subject !== desired.subject) drift.push("subject");
  if (observed.start !== undefined && !sameTime(desired.start, observed.start)) drift.push("start");
  if (observed.end !== undefined && !sameTime(desired.end, observed.end)) drift.push("end");
  if (observed.isAllDay !== undefined && observed.isAllDay !== desired.isAllDay) drift.push("isAllDay");
  if (observed.isReminderOn !== undefined && observed.isReminderOn !== desired.isReminderOn) drift.push("isReminderOn");
  if (observed.reminderMinutesBeforeStart !== undefined && observed.reminderMinutesBeforeStart !== desired.reminderMinutesBeforeStart) {
    drift.push("reminderMinutesBeforeStart");
  }
  return drift;
}
