// Plans the reminders: from the case rows, the one all-day Outlook event each open case with a deadline should have.
import { addDaysIso, isClosedTracking, type IsoDate } from "../domain";
import { reminderBody } from "./body";
import { fnv1a64 } from "./hash";
import { reminderMinutesBeforeStart, type ReminderTime } from "./reminderMinutes";
import { reminderSubject } from "./subject";
import {
  GRAPH_TIME_ZONE,
  REMINDER_CATEGORY,
  type DesiredEvent,
  type GraphDateTime,
  type ReleaseReason,
  type ReminderAttendee,
  type ReminderCase,
} from "./types";

export interface PlanOptions {
  /** identifies the workbook, so two workbooks can share one calendar without touching each other's events */
  readonly workbookKey: string;
  /** meeting number → date, for the body's 列管會議 line */
  readonly meetingDates?: ReadonlyMap<number, IsoDate>;
  /** days before the due date the reminder fires (設定 提醒提前天數, default 3) */
  readonly leadDays: number;
  readonly reminderTime?: ReminderTime;
  readonly categories?: readonly [typeof REMINDER_CATEGORY];
  /**
   * Whom to invite to a case's reminder (e.g. the lead division's contact). Off when absent; a case for
   * which it returns no one gets no `attendees` at all.
   */
  readonly attendeesOf?: (c: ReminderCase) => readonly ReminderAttendee[];
}

/** The key the calendar event's extended property holds, and the sheet's record is looked up by. */
export function caseKeyOf(workbookKey: string, caseId: string): string {
  return `${workbookKey}/${caseId}`;
}

/** The ICS UID: stable per case and workbook, so a re-import updates the same event. */
export function icsUidOf(caseKey: string): string {
  return `${caseKey}@minutes-tracker`;
}

/**
 * Why a case gets no reminder, or `undefined` when it should have one. 自行列管 counts as closed: the
 * meeting no longer tracks it, so the secretariat's calendar should not either.
 *
 * @example
 * releaseReason({ tracking: "continued", dueDate: "2022-05-31" as IsoDate }) //=> undefined (11002 賡續列管)
 * releaseReason({ tracking: "self-tracked", dueDate: null })                 //=> "closed"   (11005 機要組自行列管)
 */
export function releaseReason(c: Pick<ReminderCase, "tracking" | "dueDate">): ReleaseReason | undefined {
  if (isClosedTracking(c.tracking)) return "closed";
  if (c.dueDate === null) return "no-deadline";
  return undefined;
}

/**
 * For each case without a reminder, why: reconcile uses it to say why an event is deleted.
 *
 * @example
 * releasedCases([{ ...emptyCase("11005"), tracking: "self-tracked" }], "wb-secretariat")
 * //=> Map { "wb-secretariat/11005" => "closed" }
 */
export function releasedCases(cases: readonly ReminderCase[], workbookKey: string): Map<string, ReleaseReason> {
  const released = new Map<string, ReleaseReason>();
  for (const c of cases) {
    const reason = releaseReason(c);
    if (reason !== undefined) released.set(caseKeyOf(workbookKey, c.caseId), reason);
  }
  return released;
}

function allDay(d: IsoDate): GraphDateTime {
  return { dateTime: `${d}T00:00:00`, timeZone: GRAPH_TIME_ZONE };
}

// Digit-only case ids sort numerically this way ("9903" before "10001"), so the output order, and the
// .ics file, do not depend on how the user sorted the table.
function byCaseId(a: ReminderCase, b: ReminderCase): number {
  return a.caseId.length - b.caseId.length || (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0);
}

// Exactly the fields the executor writes to Graph, in a fixed order: an array, so no key order can differ.
// Attendees join the array only when there are some, so hashes recorded before invitations existed
// (and every hash of a workbook that does not invite) stay valid.
function syncedHash(e: Omit<DesiredEvent, "hash">): string {
  const invited = e.attendees === undefined ? [] : [e.attendees.map((a) => [a.address.toLowerCase(), a.name ?? ""])];
  return fnv1a64(
    JSON.stringify([
      e.subject,
      e.bodyText,
      e.start.dateTime,
      e.start.timeZone,
      e.end.dateTime,
      e.end.timeZone,
      e.isAllDay,
      e.isReminderOn,
      e.showAs,
      e.reminderMinutesBeforeStart,
      e.categories,
      ...invited,
    ]),
  );
}

/**
 * The desired reminders: one per case that is 列管中 or 賡續列管 and has a due date, ordered by case id;
 * closed, self-tracked and undated cases get none. An all-day event runs from 00:00 on the due date to
 * 00:00 the next day (Graph's rule for all-day events) in Taipei time, with the reminder at 09:00
 * `leadDays` days before (see {@link reminderMinutesBeforeStart}). A case id that appears twice keeps
 * its first row (the stores refuse duplicate keys, so this only guards the calendar against a bug).
 *
 * @throws RangeError for an empty workbookKey or a `leadDays` that is not a non-negative integer.
 * @example
 * // 第 110 次處務會議 (2022-03-17): 請總務組於 5 月底前完成 → 11002, due 2022-05-31
 * planReminders([{ ...emptyCase("11002"), meeting: 110, lead: ["總務組"], dueDate: "2022-05-31", dueText: "5月底前",
 *   text: "總務組因應宿舍結構補強所規劃之短期借用方案，請注意單房間職務宿舍現住者及候配者權益平衡。" }],
 *   { workbookKey: "wb-secretariat", leadDays: 3 })
 * //=> [{ caseKey: "wb-secretariat/11002", subject: "【列管 11002】總務組因應宿舍結構補強所規劃之短期借用… – 總務組",
 * //      start: { dateTime: "2022-05-31T00:00:00", timeZone: "Taipei Standard Time" },
 * //      end: { dateTime: "2022-06-01T00:00:00", … }, reminderMinutesBeforeStart: 3780, … }]
 */
export function planReminders(cases: readonly ReminderCase[], options: PlanOptions): DesiredEvent[] {
  if (options.workbookKey.trim() === "") {
    throw new RangeError("planReminders: workbookKey must not be empty");
  }
  const reminderMinutes = reminderMinutesBeforeStart(options.leadDays, options.reminderTime);
  const categories = [...(options.categories ?? [REMINDER_CATEGORY])];
  const seen = new Set<string>();
  const desired: DesiredEvent[] = [];
  for (const c of [...cases].sort(byCaseId)) {
    if (seen.has(c.caseId)) continue;
    seen.add(c.caseId);
    if (releaseReason(c) !== undefined || c.dueDate === null) continue;
    const caseKey = caseKeyOf(options.workbookKey, c.caseId);
    const meetingDate = c.meeting === null ? undefined : options.meetingDates?.get(c.meeting);
    const attendees = options.attendeesOf?.(c) ?? [];
    const event: Omit<DesiredEvent, "hash"> = {
      caseKey,
      caseId: c.caseId,
      uid: icsUidOf(caseKey),
      dueDate: c.dueDate,
      subject: reminderSubject(c),
      bodyText: reminderBody(c, c.dueDate, meetingDate),
      start: allDay(c.dueDate),
      end: allDay(addDaysIso(c.dueDate, 1)),
      isAllDay: true,
      isReminderOn: true,
      showAs: "free",
      reminderMinutesBeforeStart: reminderMinutes,
      categories,
      ...(attendees.length > 0 ? { attendees: attendees.map((a) => ({ ...a })) } : {}),
    };
    desired.push({ ...event, hash: syncedHash(event) });
  }
  return desired;
}
