// A desired reminder as the JSON body Graph takes on create (POST) and update (PATCH).
import { type DesiredEvent } from "../types";
import { reminderTags, type ExtendedPropertyJson } from "./tags";

/** The event resource properties we write; nothing else, so an update never clobbers user fields we do not own. */
export interface EventPayload {
  readonly subject: string;
  readonly body: { readonly contentType: "text"; readonly content: string };
  readonly start: { readonly dateTime: string; readonly timeZone: string };
  readonly end: { readonly dateTime: string; readonly timeZone: string };
  readonly isAllDay: true;
  readonly isReminderOn: true;
  readonly reminderMinutesBeforeStart: number;
  readonly showAs: "free";
  readonly categories: readonly string[];
  readonly singleValueExtendedProperties: readonly ExtendedPropertyJson[];
  readonly attendees?: readonly { readonly emailAddress: { readonly address: string; readonly name?: string }; readonly type: "required" }[];
  readonly transactionId?: string;
}

/**
 * The body for `d`. Attendees are written only when the plan has some: a sync that does not invite
 * leaves attendees the user added in Outlook alone (so turning inviting off does not uninvite anyone).
 * `transactionId` only on create: Graph refuses to change it afterwards, and it is what makes a
 * create sent twice (a retry after a lost answer) land once.
 */
export function eventPayload(workbookKey: string, d: DesiredEvent, transactionId?: string): EventPayload {
  return {
    subject: d.subject,
    body: { contentType: "text", content: d.bodyText },
    start: { ...d.start },
    end: { ...d.end },
    isAllDay: d.isAllDay,
    isReminderOn: d.isReminderOn,
    reminderMinutesBeforeStart: d.reminderMinutesBeforeStart,
    showAs: d.showAs,
    categories: [...d.categories],
    singleValueExtendedProperties: reminderTags(workbookKey, d),
    ...(d.attendees === undefined ? {} : { attendees: d.attendees.map((a) => ({ emailAddress: { ...a }, type: "required" as const })) }),
    ...(transactionId === undefined ? {} : { transactionId }),
  };
}
