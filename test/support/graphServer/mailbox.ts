// One mailbox's calendars and events, with transactionId de-duplication; no HTTP here.
import { allDayProblem, type EventInput } from "./eventInput";
import { type StoredCalendar, type StoredEvent } from "./types";

export type CreateResult = { kind: "created" | "existing"; event: StoredEvent } | { kind: "invalid"; message: string };
export type UpdateResult = { kind: "updated"; event: StoredEvent } | { kind: "missing" } | { kind: "invalid"; message: string };

/** Opaque, Graph-looking ids (`AAMk…=`) that still sort by creation for readable logs. */
function opaqueId(kind: string, n: number): string {
  return `AAMk${Buffer.from(`${kind}:${n.toString().padStart(6, "0")}`).toString("base64url")}=`;
}

export class Mailbox {
  private readonly calendarsById = new Map<string, StoredCalendar>();
  private readonly eventsById = new Map<string, StoredEvent>();
  private readonly eventIdByTransaction = new Map<string, string>();
  private counter = 0;

  constructor(private readonly now: () => Date) {
    this.addCalendar("Calendar", true);
  }

  get defaultCalendar(): StoredCalendar {
    for (const c of this.calendarsById.values()) if (c.isDefaultCalendar) return c;
    throw new Error("mailbox has no default calendar");
  }

  calendars(): StoredCalendar[] {
    return [...this.calendarsById.values()];
  }

  calendar(id: string): StoredCalendar | undefined {
    return this.calendarsById.get(id);
  }

  /** Creates a calendar, or returns undefined when one of that name exists (Graph: 409 ErrorFolderExists). */
  createCalendar(name: string): StoredCalendar | undefined {
    if (this.calendars().some((c) => c.name.toLowerCase() === name.toLowerCase())) return undefined;
    return this.addCalendar(name, false);
  }

  events(calendarId?: string): StoredEvent[] {
    const all = [...this.eventsById.values()];
    return calendarId === undefined ? all : all.filter((e) => e.calendarId === calendarId);
  }

  event(id: string): StoredEvent | undefined {
    return this.eventsById.get(id);
  }

  /** A second create with a known transactionId returns the first event and changes nothing. */
  createEvent(calendarId: string, input: EventInput): CreateResult {
    if (input.transactionId !== undefined) {
      const existing = this.eventIdByTransaction.get(input.transactionId);
      const event = existing === undefined ? undefined : this.eventsById.get(existing);
      if (event) return { kind: "existing", event };
    }
    if (!input.start || !input.end) return { kind: "invalid", message: "An event needs start and end." };
    const stamp = this.now().toISOString();
    const event: StoredEvent = {
      id: opaqueId("event", ++this.counter),
      calendarId,
      subject: input.subject ?? "",
      body: input.body ?? { contentType: "html", content: "" },
      start: input.start,
      end: input.end,
      isAllDay: input.isAllDay ?? false,
      isReminderOn: input.isReminderOn ?? true,
      reminderMinutesBeforeStart: input.reminderMinutesBeforeStart ?? 15,
      categories: input.categories ?? [],
      attendees: input.attendees ?? [],
      singleValueExtendedProperties: input.singleValueExtendedProperties ?? [],
      ...(input.transactionId === undefined ? {} : { transactionId: input.transactionId }),
      createdDateTime: stamp,
      lastModifiedDateTime: stamp,
      changeKey: this.nextChangeKey(),
    };
    const problem = allDayProblem(event);
    if (problem) return { kind: "invalid", message: problem };
    this.eventsById.set(event.id, event);
    if (event.transactionId !== undefined) this.eventIdByTransaction.set(event.transactionId, event.id);
    return { kind: "created", event };
  }

  /** PATCH semantics: given properties replace, extended properties merge by id; transactionId is fixed. */
  updateEvent(id: string, input: EventInput): UpdateResult {
    const current = this.eventsById.get(id);
    if (!current) return { kind: "missing" };
    if (input.transactionId !== undefined && input.transactionId !== current.transactionId) {
      return { kind: "invalid", message: "transactionId cannot be changed after the event is created." };
    }
    const properties = new Map(current.singleValueExtendedProperties.map((p) => [p.id.toLowerCase(), p]));
    for (const p of input.singleValueExtendedProperties ?? []) properties.set(p.id.toLowerCase(), p);
    const next: StoredEvent = {
      ...current,
      ...input,
      singleValueExtendedProperties: [...properties.values()],
      lastModifiedDateTime: this.now().toISOString(),
      changeKey: this.nextChangeKey(),
    };
    const problem = allDayProblem(next);
    if (problem) return { kind: "invalid", message: problem };
    this.eventsById.set(id, next);
    return { kind: "updated", event: next };
  }

  /** Removes an event (also how a test simulates the user deleting it in Outlook). */
  deleteEvent(id: string): boolean {
    const event = this.eventsById.get(id);
    if (!event) return false;
    this.eventsById.delete(id);
    // Assumption: once the event is gone its transactionId may create a new one (Graph documents no window).
    if (event.transactionId !== undefined) this.eventIdByTransaction.delete(event.transactionId);
    return true;
  }

  private addCalendar(name: string, isDefaultCalendar: boolean): StoredCalendar {
    const calendar: StoredCalendar = { id: opaqueId("calendar", ++this.counter), name, changeKey: this.nextChangeKey(), isDefaultCalendar };
    this.calendarsById.set(calendar.id, calendar);
    return calendar;
  }

  private changeKeys = 0;
  private nextChangeKey(): string {
    return Buffer.from(`ck:${++this.changeKeys}`).toString("base64");
  }
}
