// The two extended properties our events carry: which workbook made them (what the listing filters on),
// and which case they remind of together with the hash of what was synced (what the listing expands).
import { type DesiredEvent, type ExistingEvent, type GraphDateTime, type ObservedEvent } from "../types";

/**
 * Our property set: a fixed GUID, so the names below cannot collide with another add-in's. Changing it
 * would orphan every reminder already in users' calendars.
 */
const PROPERTY_SET = "{8c5a3f1e-6b2d-4e97-a41c-3d0f9b7e2a65}";

/** Holds the workbook key: `$filter` on id and value lists one workbook's events, never another's. */
export const WORKBOOK_PROPERTY_ID = `String ${PROPERTY_SET} Name minutesTrackerWorkbook`;

/**
 * Holds `caseKey` then a space and the synced hash. One property for both because a listing can
 * `$expand` one property id per filter expression, and we need both for every event: the case key to
 * match it to a case, the hash so an event whose write-back to the sheet was lost counts as unchanged.
 */
export const REMINDER_PROPERTY_ID = `String ${PROPERTY_SET} Name minutesTrackerReminder`;

export interface ExtendedPropertyJson {
  readonly id: string;
  readonly value: string;
}

/** The properties to write on create and update. */
export function reminderTags(workbookKey: string, d: Pick<DesiredEvent, "caseKey" | "hash">): ExtendedPropertyJson[] {
  return [
    { id: WORKBOOK_PROPERTY_ID, value: workbookKey },
    { id: REMINDER_PROPERTY_ID, value: `${d.caseKey} ${d.hash}` },
  ];
}

/** An event from the listing, as far as we read it. */
export interface ListedEventJson {
  readonly id?: unknown;
  readonly lastModifiedDateTime?: unknown;
  readonly singleValueExtendedProperties?: unknown;
  readonly subject?: unknown;
  readonly start?: unknown;
  readonly end?: unknown;
  readonly isAllDay?: unknown;
  readonly isReminderOn?: unknown;
  readonly reminderMinutesBeforeStart?: unknown;
}

/** The event fields the listing selects: the keys, and what a user can change in Outlook. */
export const LISTED_FIELDS = "id,lastModifiedDateTime,subject,start,end,isAllDay,isReminderOn,reminderMinutesBeforeStart";

function dateTimeOf(value: unknown): GraphDateTime | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { dateTime, timeZone } = value as { dateTime?: unknown; timeZone?: unknown };
  return typeof dateTime === "string" && typeof timeZone === "string" ? { dateTime, timeZone } : undefined;
}

/** The user-editable fields the listing carried; a field of the wrong type is left out (not compared). */
function observedOf(json: ListedEventJson): ObservedEvent | undefined {
  const start = dateTimeOf(json.start);
  const end = dateTimeOf(json.end);
  const observed: ObservedEvent = {
    ...(typeof json.subject === "string" ? { subject: json.subject } : {}),
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    ...(typeof json.isAllDay === "boolean" ? { isAllDay: json.isAllDay } : {}),
    ...(typeof json.isReminderOn === "boolean" ? { isReminderOn: json.isReminderOn } : {}),
    ...(typeof json.reminderMinutesBeforeStart === "number" ? { reminderMinutesBeforeStart: json.reminderMinutesBeforeStart } : {}),
  };
  return Object.keys(observed).length > 0 ? observed : undefined;
}

function reminderValue(properties: unknown): string | undefined {
  if (!Array.isArray(properties)) return undefined;
  for (const p of properties as unknown[]) {
    if (typeof p !== "object" || p === null) continue;
    const { id, value } = p as { id?: unknown; value?: unknown };
    // Graph compares property names case-insensitively in filters; do the same here.
    if (typeof id === "string" && id.toLowerCase() === REMINDER_PROPERTY_ID.toLowerCase() && typeof value === "string") return value;
  }
  return undefined;
}

/**
 * The listed event as reconcile sees it, or undefined when it lacks our reminder property (then we
 * did not make it, or someone edited it: it is left alone rather than guessed at).
 */
export function existingEventOf(json: ListedEventJson): ExistingEvent | undefined {
  const value = reminderValue(json.singleValueExtendedProperties);
  if (typeof json.id !== "string" || value === undefined) return undefined;
  const space = value.lastIndexOf(" ");
  const caseKey = space < 0 ? value : value.slice(0, space);
  const hash = space < 0 ? undefined : value.slice(space + 1);
  if (caseKey === "") return undefined;
  const observed = observedOf(json);
  return {
    id: json.id,
    caseKey,
    ...(typeof json.lastModifiedDateTime === "string" ? { lastModified: json.lastModifiedDateTime } : {}),
    ...(hash !== undefined && hash !== "" ? { hash } : {}),
    ...(observed ? { observed } : {}),
  };
}
