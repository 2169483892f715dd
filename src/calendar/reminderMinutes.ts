// When an all-day event's reminder fires: minutes before its 00:00 start, for 09:00 N days ahead.

/** Minutes in a day. */
const DAY = 24 * 60;

/** The local time reminders fire at; the only one offered, as office hours start at 09:00. */
export type ReminderTime = "09:00";

/**
 * Minutes before an all-day event's start (00:00 on the due date) so the reminder fires at
 * `reminderTime` local, `leadDays` days before the due date: `leadDays × 1440 − 540` for 09:00.
 *
 * Lead 0 would mean 09:00 on the due date itself, which is after the start, and Graph and iCalendar
 * reminders cannot fire after the start of an event; so lead 0 reminds at 00:00 on the due date
 * (0 minutes), the earliest moment of that day, which Outlook shows on opening in the morning.
 *
 * @throws RangeError when `leadDays` is not a non-negative integer (settings are validated before this,
 * so a bad value is a bug in the caller).
 * @example
 * // 11002 總務組, due 2022-05-31, default lead 3 → remind 2022-05-28 09:00 Taipei
 * reminderMinutesBeforeStart(3) //=> 3780
 * reminderMinutesBeforeStart(0) //=> 0
 */
export function reminderMinutesBeforeStart(leadDays: number, reminderTime: ReminderTime = "09:00"): number {
  if (!Number.isSafeInteger(leadDays) || leadDays < 0) {
    throw new RangeError(`reminderMinutesBeforeStart: leadDays must be a non-negative integer, got ${leadDays}`);
  }
  if (leadDays === 0) return 0;
  const [hours, minutes] = reminderTime.split(":").map(Number);
  return leadDays * DAY - ((hours ?? 0) * 60 + (minutes ?? 0));
}
