// Lists one workbook's reminders in a calendar: filtered by our workbook property on the server, so another
// workbook's events never even reach us, and expanded with the case-and-hash property reconcile needs.
import { type ExistingEvent } from "../types";
import { getAllPages, odataString, query, type GraphContext } from "./context";
import { existingEventOf, REMINDER_PROPERTY_ID, WORKBOOK_PROPERTY_ID, type ListedEventJson } from "./tags";

/**
 * Events per page. Each listed event is small (id, lastModifiedDateTime, one property: ~300 bytes), so
 * a large page keeps a resync of 1,000 reminders to a couple of GETs.
 */
export const LIST_PAGE_SIZE = 500;

/** The first page's path: `/me/calendars/{id}/events?$filter=…&$expand=…&$select=…&$top=…`. */
export function taggedEventsPath(calendarId: string, workbookKey: string, pageSize = LIST_PAGE_SIZE): string {
  return `/me/calendars/${encodeURIComponent(calendarId)}/events?${query({
    $filter: `singleValueExtendedProperties/Any(ep: ep/id eq ${odataString(WORKBOOK_PROPERTY_ID)} and ep/value eq ${odataString(workbookKey)})`,
    $expand: `singleValueExtendedProperties($filter=id eq ${odataString(REMINDER_PROPERTY_ID)})`,
    $select: "id,lastModifiedDateTime",
    $top: String(pageSize),
  })}`;
}

/** Every event of this workbook in the calendar, all pages followed. */
export async function listTaggedEvents(ctx: GraphContext, calendarId: string, workbookKey: string, pageSize = LIST_PAGE_SIZE): Promise<ExistingEvent[]> {
  const listed = await getAllPages<ListedEventJson>(ctx, taggedEventsPath(calendarId, workbookKey, pageSize));
  return listed.map(existingEventOf).filter((e): e is ExistingEvent => e !== undefined);
}
