// The calendar as the reminder sync sees it: the inner interface the sync depends on, declared by the
// calendar core. The Graph adapter (calendar/graph) implements it; tests use fakes or the Graph test
// server. Nothing here is about HTTP, tokens or metering.
import { type DeleteReason, type ExistingEvent, type ReminderOps } from "./types";

/** A calendar the reminders can go to, as the picker shows it and the sync records it in 設定. */
export interface CalendarInfo {
  readonly id: string;
  readonly name: string;
  readonly isDefault: boolean;
  /** false for calendars shared read-only with the user: reminders cannot go there */
  readonly canEdit: boolean;
}

/** Which calendar: the one with this id (the user's pick), or the one with this name, created when missing. */
export type CalendarChoice = { readonly id: string } | { readonly name: string };

/** What one write did, per case. */
export type ReminderOutcome =
  | { readonly kind: "created"; readonly caseKey: string; readonly eventId: string; readonly hash: string; readonly recreated: boolean }
  | { readonly kind: "updated"; readonly caseKey: string; readonly eventId: string; readonly hash: string }
  | { readonly kind: "deleted"; readonly caseKey: string; readonly eventId: string; readonly reason: DeleteReason }
  | {
      readonly kind: "failed";
      readonly caseKey: string;
      readonly op: "create" | "update" | "delete";
      /** the event the failed update or delete was for */
      readonly eventId?: string;
      readonly status: number;
      readonly message: string;
    };

/** How the writes went: batches sent, resends, throttling and waiting (zeros from an adapter without batches). */
export interface WriteStats {
  /** batches sent, resends included */
  readonly batches: number;
  /** items sent in them, resends included */
  readonly itemsSent: number;
  /** item resends after a retryable failure (the item's own or its whole batch's) */
  readonly retries: number;
  /** items or batches answered 429 */
  readonly throttled: number;
  /** time spent waiting between attempts, ms */
  readonly waitedMs: number;
  /** the largest number of items in one batch */
  readonly largestBatch: number;
  /** batches answered 413 and sent again in halves */
  readonly halved: number;
}

export interface ExecuteResult {
  readonly outcomes: ReminderOutcome[];
  readonly stats: WriteStats;
  /**
   * true when the writes stopped because a token could only be had interactively: the writes not yet
   * made are `failed` outcomes, and the sync asks the user to sign in.
   */
  readonly signInRequired: boolean;
}

export interface ExecuteOptions {
  readonly calendarId: string;
  readonly workbookKey: string;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * One recorded event looked up by id: `found` with what the calendar holds (the listing lagged), or
 * `gone` (the calendar answered that it does not exist: deleted).
 */
export type EventLookup = { readonly kind: "found"; readonly event: ExistingEvent } | { readonly kind: "gone" };

/**
 * What the sync needs of a calendar. Every method rejects with a `CalendarServiceError` when the
 * service fails, a `MalformedListingError` for a listing it cannot trust, and a `SignInRequiredError`
 * when only the user can provide a token.
 */
export interface CalendarGateway {
  listCalendars(): Promise<CalendarInfo[]>;
  /** @throws CalendarServiceError with status 404 for an id that is not one of the user's calendars */
  resolveCalendar(choice: CalendarChoice): Promise<CalendarInfo & { readonly created: boolean }>;
  /** this workbook's tagged events in the calendar, with the fields a user can edit */
  listEvents(calendarId: string, workbookKey: string): Promise<ExistingEvent[]>;
  /** the events with these ids in the calendar, each found or gone (an id not answered is an error) */
  lookupEvents(calendarId: string, eventIds: readonly string[]): Promise<Map<string, EventLookup>>;
  execute(ops: ReminderOps, options: ExecuteOptions): Promise<ExecuteResult>;
}
