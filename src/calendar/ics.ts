// Writes the desired reminders as an iCalendar (RFC 5545) file, for calendars Microsoft Graph cannot reach.
import ICAL from "ical.js";
import { addDaysIso } from "../domain";
import { type DesiredEvent } from "./types";

export interface IcsOptions {
  /** shown by Google Calendar and Apple Calendar as the imported calendar's name (X-WR-CALNAME) */
  readonly calendarName: string;
  /** the export time, ISO 8601 with Z or an offset: DTSTAMP and SEQUENCE come from it */
  readonly now: string;
}

export const ICS_PRODID = "-//Minutes Tracker//會議列管//ZH-TW";

// SEQUENCE counts minutes from this instant to the export, so every later export outranks an earlier one.
const SEQUENCE_EPOCH_MS = Date.UTC(2020, 0, 1);

// A zone designator is required: without one, Date would read the time in the machine's zone.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

function parseNow(now: string): Date {
  const instant = ISO_INSTANT.test(now) ? new Date(now) : undefined;
  if (instant === undefined || Number.isNaN(instant.getTime()) || instant.getTime() < SEQUENCE_EPOCH_MS) {
    throw new RangeError(`toIcs: now must be an ISO 8601 instant with a zone, from 2020 on, got "${now}"`);
  }
  return instant;
}

/**
 * SEQUENCE for an export at `instant`: whole minutes since 2020-01-01T00:00Z. Calendars accept a
 * re-imported event only when its SEQUENCE is not lower than the one they hold, so the number must grow
 * from one export to the next; a hash does not grow, and a per-event counter would need state the
 * export does not have. Unchanged events get a higher number too, which is harmless. It stays below
 * 2^31 (what many clients store) until the year 6000.
 *
 * @example
 * icsSequence(new Date("2022-04-21T06:00:00Z")) //=> 1211400
 */
export function icsSequence(instant: Date): number {
  return Math.floor((instant.getTime() - SEQUENCE_EPOCH_MS) / 60_000);
}

function categoriesProperty(values: readonly string[]): ICAL.Property {
  const property = new ICAL.Property("categories");
  property.setValues([...values]);
  return property;
}

// The alarm mirrors Graph's reminderMinutesBeforeStart: a trigger relative to the all-day start (00:00).
function alarm(d: DesiredEvent): ICAL.Component {
  const valarm = new ICAL.Component("valarm");
  valarm.addPropertyWithValue("action", "DISPLAY");
  valarm.addPropertyWithValue("trigger", ICAL.Duration.fromSeconds(-d.reminderMinutesBeforeStart * 60));
  valarm.addPropertyWithValue("description", d.subject);
  return valarm;
}

function vevent(d: DesiredEvent, stamp: ICAL.Time, sequence: number): ICAL.Component {
  const component = new ICAL.Component("vevent");
  const event = new ICAL.Event(component);
  event.uid = d.uid;
  component.addPropertyWithValue("dtstamp", stamp);
  // All-day: DATE values (floating, no zone), DTEND the day after, as RFC 5545 §3.6.1 describes.
  event.startDate = ICAL.Time.fromDateString(d.dueDate);
  event.endDate = ICAL.Time.fromDateString(addDaysIso(d.dueDate, 1));
  event.summary = d.subject;
  event.description = d.bodyText;
  event.sequence = sequence;
  component.addProperty(categoriesProperty(d.categories));
  // Mirrors showAs "free" on the Graph side.
  component.addPropertyWithValue("transp", "TRANSPARENT");
  component.addSubcomponent(alarm(d));
  return component;
}

/**
 * The reminders as one VCALENDAR: a VEVENT per desired event with its stable UID, all-day DTSTART/DTEND
 * dates, SUMMARY, DESCRIPTION, CATEGORIES, SEQUENCE (see {@link icsSequence}) and a display VALARM at
 * the same moment as the Outlook reminder. Lines end in CRLF and are folded by ical.js to at most 75 octets;
 * the file ends with CRLF, as every content line must. The same cases and `now` give the same bytes.
 *
 * @throws RangeError when `now` is not an ISO instant with a zone (a caller bug: the CLI or task pane
 * passes the clock's time).
 * @example
 * toIcs(planReminders(cases, { workbookKey: "wb-secretariat", leadDays: 3 }),
 *   { calendarName: "會議列管", now: "2022-04-21T06:00:00Z" })
 * //=> "BEGIN:VCALENDAR\r\nPRODID:-//Minutes Tracker//會議列管//ZH-TW\r\nVERSION:2.0\r\n…
 * //    BEGIN:VEVENT\r\nUID:wb-secretariat/11002@minutes-tracker\r\n…DTSTART;VALUE=DATE:20220531\r\n…"
 */
export function toIcs(desired: readonly DesiredEvent[], options: IcsOptions): string {
  const instant = parseNow(options.now);
  const stamp = ICAL.Time.fromJSDate(instant, true);
  const sequence = icsSequence(instant);
  const calendar = new ICAL.Component("vcalendar");
  calendar.addPropertyWithValue("prodid", ICS_PRODID);
  calendar.addPropertyWithValue("version", "2.0");
  calendar.addPropertyWithValue("calscale", "GREGORIAN");
  calendar.addPropertyWithValue("x-wr-calname", options.calendarName);
  for (const d of desired) calendar.addSubcomponent(vevent(d, stamp, sequence));
  return `${foldedText(calendar)}\r\n`;
}

// ical.js folds after `foldLength` octets and then adds the leading space, so a continuation line is
// one octet over RFC 5545's 75. Folding at 74 keeps every line within 75. The setting is global, so it
// is restored at once; the call is synchronous, so no other code can see the change.
const RFC_FOLD_OCTETS = 74;

function foldedText(component: ICAL.Component): string {
  const saved = ICAL.foldLength;
  ICAL.foldLength = RFC_FOLD_OCTETS;
  try {
    return component.toString();
  } finally {
    ICAL.foldLength = saved;
  }
}
