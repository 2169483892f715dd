// Lists one workbook's reminders in a calendar: filtered by our workbook property on the server, so another
// workbook's events never even reach us, and expanded with the case-and-hash property reconcile needs.
import { type EventLookup } from "../gateway";
import { type ExistingEvent } from "../types";
import { runBatches, type BatchJob } from "./batch";
import { IMMUTABLE_ID_PREFERENCE, TAIPEI_TIME_PREFERENCE } from "./client";
import { getAllPages, odataString, query, type GraphContext } from "./context";
import { GraphRequestError } from "./retry";
import { existingEventOf, LISTED_FIELDS, REMINDER_PROPERTY_ID, WORKBOOK_PROPERTY_ID, type ListedEventJson } from "./tags";

/**
 * Events per page. Each listed event is small (id, times, subject, reminder, one property: ~600 bytes),
 * so a large page keeps a resync of 1,000 reminders to a couple of GETs.
 */
export const LIST_PAGE_SIZE = 500;

/** The first page's path: `/me/calendars/{id}/events?$filter=…&$expand=…&$select=…&$top=…`. */
export function taggedEventsPath(calendarId: string, workbookKey: string, pageSize = LIST_PAGE_SIZE): string {
  return `/me/calendars/${encodeURIComponent(calendarId)}/events?${query({
    $filter: `singleValueExtendedProperties/Any(ep: ep/id eq ${odataString(WORKBOOK_PROPERTY_ID)} and ep/value eq ${odataString(workbookKey)})`,
    $expand: `singleValueExtendedProperties($filter=id eq ${odataString(REMINDER_PROPERTY_ID)})`,
    $select: LISTED_FIELDS,
    $top: String(pageSize),
  })}`;
}

/** Both preferences on reads: ids that survive a move, and times in Taipei (so dates compare as planned). */
export const READ_PREFERENCES = { Prefer: `${IMMUTABLE_ID_PREFERENCE}, ${TAIPEI_TIME_PREFERENCE}` } as const;

/**
 * Every event of this workbook in the calendar, all pages followed, each page checked (a malformed page
 * is a MalformedListingError, never "no events").
 */
export async function listTaggedEvents(ctx: GraphContext, calendarId: string, workbookKey: string, pageSize = LIST_PAGE_SIZE): Promise<ExistingEvent[]> {
  const listed = await getAllPages<ListedEventJson>(ctx, taggedEventsPath(calendarId, workbookKey, pageSize), READ_PREFERENCES);
  return listed.map(existingEventOf).filter((e): e is ExistingEvent => e !== undefined);
}

/** One event's path, with the same fields and property as the listing. */
export function eventPath(calendarId: string, eventId: string): string {
  return `/me/calendars/${encodeURIComponent(calendarId)}/events/${encodeURIComponent(eventId)}?${query({
    $expand: `singleValueExtendedProperties($filter=id eq ${odataString(REMINDER_PROPERTY_ID)})`,
    $select: LISTED_FIELDS,
  })}`;
}

/**
 * Looks recorded events up by id, through $batch GETs (20 a batch, retried as the writes are): 200 →
 * found, as the listing would have shown it; 404 → gone. The lookup is in the chosen calendar, so an
 * event moved to another calendar counts as gone from this one.
 *
 * @throws GraphRequestError when an id got no final answer (the sync cannot tell deleted from lagging);
 * SignInRequiredError when the token needs the user.
 */
export async function lookupEvents(ctx: GraphContext, calendarId: string, eventIds: readonly string[]): Promise<Map<string, EventLookup>> {
  type Answer = { readonly id: string; readonly lookup: EventLookup } | { readonly id: string; readonly failed: { status: number; message: string } };
  const jobs: BatchJob<Answer>[] = [...new Set(eventIds)].map((id) => ({
    request: { method: "GET", url: eventPath(calendarId, id), headers: { Prefer: TAIPEI_TIME_PREFERENCE } },
    settle(answer) {
      if (answer.status === 404) return { kind: "done", result: { id, lookup: { kind: "gone" } } };
      const event = answer.status === 200 && typeof answer.body === "object" && answer.body !== null ? existingEventOf(answer.body) : undefined;
      if (event !== undefined) return { kind: "done", result: { id, lookup: { kind: "found", event } } };
      if (answer.status === 200) {
        // There, but without our tag (someone removed it, or it is not ours): not gone, so never recreate.
        return { kind: "done", result: { id, lookup: { kind: "found", event: { id, caseKey: "" } } } };
      }
      return { kind: "done", result: { id, failed: { status: answer.status, message: `${answer.status}` } } };
    },
    fail: (status, message) => ({ id, failed: { status, message } }),
  }));
  const run = await runBatches(ctx, jobs);
  if (run.signInRequired !== undefined) throw run.signInRequired;
  const found = new Map<string, EventLookup>();
  for (const answer of run.results) {
    if ("failed" in answer) {
      throw new GraphRequestError({ kind: "lookupUnanswered", eventId: answer.id, status: answer.failed.status }, answer.failed.status, undefined);
    }
    found.set(answer.id, answer.lookup);
  }
  return found;
}
