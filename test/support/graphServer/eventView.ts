// How an event and a calendar look on the wire: times in UTC unless `Prefer: outlook.timezone`, extended
// properties only when expanded, `$select` honoured.
import { fromUtcMillis, isKnownTimeZone, toUtcMillis } from "./timeZones";
import { type DateTimeTimeZone, type StoredCalendar, type StoredEvent } from "./types";

export interface ViewOptions {
  select?: Set<string>;
  /** Extended property id to include (case-insensitive), from `$expand`. */
  expandPropertyId?: string;
  /** Zone for start/end; Graph answers in UTC unless the client sends `Prefer: outlook.timezone="…"`. */
  timeZone: string;
}

/** The zone named in a `Prefer: outlook.timezone="…"` header, or UTC. */
export function preferredTimeZone(prefer: string | undefined): string {
  const m = /outlook\.timezone\s*=\s*"([^"]+)"/i.exec(prefer ?? "");
  return m?.[1] !== undefined && isKnownTimeZone(m[1]) ? m[1] : "UTC";
}

function inZone(value: DateTimeTimeZone, timeZone: string): DateTimeTimeZone {
  const ms = toUtcMillis(value);
  return ms === undefined ? value : fromUtcMillis(ms, timeZone);
}

export function eventView(e: StoredEvent, options: ViewOptions): Record<string, unknown> {
  const full: Record<string, unknown> = {
    "@odata.etag": `W/"${e.changeKey}"`,
    id: e.id,
    createdDateTime: e.createdDateTime,
    lastModifiedDateTime: e.lastModifiedDateTime,
    changeKey: e.changeKey,
    categories: e.categories,
    ...(e.transactionId === undefined ? {} : { transactionId: e.transactionId }),
    reminderMinutesBeforeStart: e.reminderMinutesBeforeStart,
    isReminderOn: e.isReminderOn,
    subject: e.subject,
    body: e.body,
    isAllDay: e.isAllDay,
    start: inZone(e.start, options.timeZone),
    end: inZone(e.end, options.timeZone),
    attendees: e.attendees,
  };
  const view: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(full)) {
    if (!options.select || key === "@odata.etag" || options.select.has(key)) view[key] = value;
  }
  if (options.expandPropertyId !== undefined) {
    const wanted = options.expandPropertyId.toLowerCase();
    const found = e.singleValueExtendedProperties.filter((p) => p.id.toLowerCase() === wanted);
    // Graph omits the collection when no property matched.
    if (found.length > 0) view.singleValueExtendedProperties = found;
  }
  return view;
}

export function calendarView(c: StoredCalendar): Record<string, unknown> {
  return {
    id: c.id,
    name: c.name,
    color: "auto",
    changeKey: c.changeKey,
    canShare: true,
    canViewPrivateItems: true,
    canEdit: true,
    isDefaultCalendar: c.isDefaultCalendar,
    owner: { name: "Test User", address: "test.user@example.org" },
  };
}
