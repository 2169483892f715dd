// The calendar reminders go to: the user's pick by id, or the dedicated one found by name (created when missing).
import { type CalendarInfo } from "../gateway";
import { getAllPages, odataString, query, type GraphContext } from "./context";
import { GraphRequestError, withRetry } from "./retry";

interface CalendarJson {
  readonly id?: unknown;
  readonly name?: unknown;
  readonly isDefaultCalendar?: unknown;
  readonly canEdit?: unknown;
}

const SELECT = "id,name,isDefaultCalendar,canEdit";

function calendarInfo(json: CalendarJson): CalendarInfo | undefined {
  if (typeof json.id !== "string" || typeof json.name !== "string") return undefined;
  return { id: json.id, name: json.name, isDefault: json.isDefaultCalendar === true, canEdit: json.canEdit !== false };
}

const known = (list: readonly CalendarJson[]): CalendarInfo[] => list.map(calendarInfo).filter((c): c is CalendarInfo => c !== undefined);

/** The signed-in user's calendars (their own mailbox), for the picker. */
export async function listCalendars(ctx: GraphContext): Promise<CalendarInfo[]> {
  return known(await getAllPages<CalendarJson>(ctx, `/me/calendars?${query({ $select: SELECT })}`));
}

/** One calendar by id, or undefined when it no longer exists (deleted, or not this user's). */
export async function getCalendar(ctx: GraphContext, id: string): Promise<CalendarInfo | undefined> {
  try {
    const json = await withRetry(ctx.retry, () => ctx.client.api(`/me/calendars/${encodeURIComponent(id)}?${query({ $select: SELECT })}`).get() as Promise<CalendarJson>, ctx.now);
    return calendarInfo(json);
  } catch (error) {
    if (error instanceof GraphRequestError && error.status === 404) return undefined;
    throw error;
  }
}

async function findByName(ctx: GraphContext, name: string): Promise<CalendarInfo | undefined> {
  const found = known(await getAllPages<CalendarJson>(ctx, `/me/calendars?${query({ $filter: `name eq ${odataString(name)}`, $select: SELECT })}`));
  // Exchange refuses two folders whose names differ only in case, and may match the filter that way too.
  return found.find((c) => c.name === name) ?? found[0];
}

/**
 * The calendar called `name`, created when there is none. Creating is not retried blindly (a create
 * whose answer was lost would fail the retry with 409); a 409 means it exists now, so we look again.
 */
export async function findOrCreateCalendar(ctx: GraphContext, name: string): Promise<CalendarInfo & { created: boolean }> {
  const existing = await findByName(ctx, name);
  if (existing !== undefined) return { ...existing, created: false };
  try {
    const created = calendarInfo((await withRetry(ctx.retry, () => ctx.client.api("/me/calendars").post({ name }) as Promise<CalendarJson>, ctx.now)) ?? {});
    if (created !== undefined) return { ...created, created: true };
  } catch (error) {
    if (!(error instanceof GraphRequestError && error.status === 409)) throw error;
  }
  const again = await findByName(ctx, name);
  if (again === undefined) throw new GraphRequestError({ kind: "calendarNotCreated", name }, 0, undefined);
  return { ...again, created: false };
}
