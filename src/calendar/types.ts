// The shapes the reminder sync passes between plan, reconcile and execute: pure data, no I/O.
import { type IsoDate } from "../domain";

// ReminderCase lives in the domain (the workbook's CaseRow extends it); re-exported for the calendar's callers.
export type { ReminderCase } from "../domain/reminderCase";

/** Outlook's category on every reminder, so users can colour or filter them. */
export const REMINDER_CATEGORY = "會議列管";

/**
 * The Windows zone name Graph expects for Asia/Taipei. Taiwan has no daylight saving, so midnight in
 * this zone is always 16:00 UTC the day before.
 */
export const GRAPH_TIME_ZONE = "Taipei Standard Time";

/** A Graph `dateTimeTimeZone` value: local wall time without offset, plus the zone it is in. */
export interface GraphDateTime {
  readonly dateTime: string;
  readonly timeZone: string;
}

/** Someone invited to a reminder (the lead division's contact, when the user turns inviting on). */
export interface ReminderAttendee {
  readonly address: string;
  readonly name?: string;
}

/** The event one open case should have in the calendar; every field but the keys is what the sync writes. */
export interface DesiredEvent {
  /** workbook key + "/" + case id: what the extended property on the event holds */
  readonly caseKey: string;
  readonly caseId: string;
  /** the ICS UID, stable per case so a re-imported .ics updates instead of duplicating */
  readonly uid: string;
  readonly dueDate: IsoDate;
  readonly subject: string;
  /** plain text (Graph body contentType "text") */
  readonly bodyText: string;
  readonly start: GraphDateTime;
  readonly end: GraphDateTime;
  readonly isAllDay: true;
  readonly isReminderOn: true;
  /** "free": a deadline is a reminder, not an appointment, so it must not block the day in scheduling */
  readonly showAs: "free";
  readonly reminderMinutesBeforeStart: number;
  readonly categories: readonly string[];
  /**
   * Invitees, only when the plan was asked for them. Absent (not empty) otherwise, so the hash of an event
   * planned without invitations is the same as before invitations existed, and a sync that does not invite
   * leaves attendees added in Outlook alone.
   */
  readonly attendees?: readonly ReminderAttendee[];
  /** FNV-1a 64 of exactly the synced fields; equal hashes mean nothing to write */
  readonly hash: string;
}

/** What the sheet remembers about the last successful sync of a case. */
export interface RecordedEvent {
  readonly eventId: string;
  readonly hash: string;
}

/** An event the calendar holds that carries our extended property. */
export interface ExistingEvent {
  readonly id: string;
  /** the extended property's value: workbook key + "/" + case id */
  readonly caseKey: string;
  /** Graph's lastModifiedDateTime (ISO), used to choose which duplicate to keep */
  readonly lastModified?: string;
  /**
   * The hash of what was synced, when the executor tags events with it too. It lets an adopted event
   * (created by a sync whose write-back to the sheet was lost) count as unchanged instead of updated.
   */
  readonly hash?: string;
  /**
   * The fields a user can change in Outlook, as the calendar holds them now (when the listing read
   * them): compared with the desired event so that a moved, renamed or silenced reminder is corrected.
   */
  readonly observed?: ObservedEvent;
}

/** An event's user-editable fields as Graph lists them (`dateTime` may carry fractional seconds). */
export interface ObservedEvent {
  readonly subject?: string;
  readonly start?: GraphDateTime;
  readonly end?: GraphDateTime;
  readonly isAllDay?: boolean;
  readonly isReminderOn?: boolean;
  readonly reminderMinutesBeforeStart?: number;
}

/** Why an event is removed: the case was released, lost its deadline, is a duplicate, or is unknown. */
export type DeleteReason = "closed" | "no-deadline" | "duplicate" | "orphan";

/** Why a case in the sheet has no reminder (closed covers 解除列管 and 自行列管). */
export type ReleaseReason = "closed" | "no-deadline";

/** The writes one sync makes, and what the executor must record in the sheet afterwards. */
export interface ReminderOps {
  readonly create: readonly DesiredEvent[];
  readonly update: readonly { readonly eventId: string; readonly desired: DesiredEvent }[];
  readonly delete: readonly { readonly eventId: string; readonly caseKey: string; readonly reason: DeleteReason }[];
  readonly unchanged: readonly string[];
  /** case keys whose recorded event was deleted in Outlook: created again, and the history says so */
  readonly recreated: readonly string[];
  /** events found in the calendar under a case key the sheet did not record with that id: record them */
  readonly adopted: readonly { readonly caseKey: string; readonly eventId: string }[];
  /** recorded case keys with no reminder and no event left: clear the sheet's record, nothing to write */
  readonly forgotten: readonly string[];
  /**
   * case keys whose event is in `update` only because someone changed it in Outlook (moved, renamed,
   * reminder turned off) while the sheet's wish stayed the same: the sync puts it back (「已校正」)
   */
  readonly corrected: readonly string[];
}
