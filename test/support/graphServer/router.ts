// Routes one Graph request (plain or from inside a $batch) to the mailbox: calendars and events.
import { badRequest, graphError, itemNotFound } from "./graphError";
import { readEventInput } from "./eventInput";
import { calendarView, eventView, preferredTimeZone } from "./eventView";
import { type Mailbox } from "./mailbox";
import { parseCalendarFilter, parseCount, parseEventExpand, parseEventFilter, parseSelect, type PropertyFilter, unsupportedOption } from "./odataQuery";
import { type RouteRequest, type RouteResponse, type StoredEvent } from "./types";

export interface RouterContext {
  mailbox: Mailbox;
  /** e.g. `http://127.0.0.1:PORT/v1.0`, for @odata.nextLink and @odata.context. */
  baseUrl: string;
  /** Page size when the client sends no $top (Graph's default for events is 10). */
  pageSize: number;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): RouteResponse => ({
  status,
  headers: { "content-type": "application/json", ...headers },
  body,
});

const MAX_TOP = 1000;

export function route(ctx: RouterContext, req: RouteRequest): RouteResponse {
  const segments = req.path.split("/").filter((s) => s !== "").map(decodeURIComponent);
  const [me, collection, id, sub, subId, ...rest] = segments;
  if (me !== "me" || rest.length > 0) return badRequest(`Resource not found for the segment '${req.path}'.`);
  const { mailbox } = ctx;

  if (collection === "calendars") {
    if (id === undefined) return calendarsCollection(ctx, req);
    const calendar = mailbox.calendar(id);
    if (!calendar) return itemNotFound(`calendar ${id}`);
    if (sub === undefined) return req.method === "GET" ? json(200, calendarView(calendar)) : methodNotAllowed(req);
    if (sub !== "events") return badRequest(`Resource not found for the segment '${sub}'.`);
    if (subId === undefined) return eventsCollection(ctx, req, calendar.id);
    const event = mailbox.event(subId);
    return oneEvent(ctx, req, subId, event && event.calendarId === calendar.id ? event : undefined);
  }
  if (collection === "events" && sub === undefined) {
    if (id === undefined) return eventsCollection(ctx, req, mailbox.defaultCalendar.id);
    return oneEvent(ctx, req, id, mailbox.event(id));
  }
  return badRequest(`Resource not found for the segment '${collection ?? ""}'.`);
}

function methodNotAllowed(req: RouteRequest): RouteResponse {
  return graphError(405, "ErrorInvalidRequest", `${req.method} is not allowed on ${req.path}.`);
}

function calendarsCollection(ctx: RouterContext, req: RouteRequest): RouteResponse {
  if (req.method === "POST") {
    const body = req.body as { name?: unknown } | undefined;
    if (typeof body?.name !== "string" || body.name.trim() === "") return badRequest("A calendar needs a name.", "ErrorInvalidRequest");
    const created = ctx.mailbox.createCalendar(body.name);
    if (!created) return graphError(409, "ErrorFolderExists", "A folder with the specified name already exists.");
    return json(201, calendarView(created));
  }
  if (req.method !== "GET") return methodNotAllowed(req);
  const unsupported = unsupportedOption(req.query, ["$filter", "$select", "$top"]);
  if (unsupported) return badRequest(unsupported);
  let calendars = ctx.mailbox.calendars();
  const filter = req.query.get("$filter");
  if (filter !== null) {
    const name = parseCalendarFilter(filter);
    if (!name.ok) return badRequest(name.message, "ErrorInvalidUrlQueryFilter");
    calendars = calendars.filter((c) => c.name === name.value);
  }
  return json(200, { "@odata.context": `${ctx.baseUrl}/$metadata#users('me')/calendars`, value: calendars.map(calendarView) });
}

interface ListQuery {
  filter?: PropertyFilter;
  expandPropertyId?: string;
  select?: Set<string>;
  top: number;
  skip: number;
}

function readListQuery(ctx: RouterContext, query: URLSearchParams): { ok: true; value: ListQuery } | { ok: false; response: RouteResponse } {
  const fail = (message: string, code = "BadRequest") => ({ ok: false as const, response: badRequest(message, code) });
  const unsupported = unsupportedOption(query, ["$filter", "$expand", "$select", "$top", "$skip"]);
  if (unsupported) return fail(unsupported);
  const out: ListQuery = { top: ctx.pageSize, skip: 0 };
  const filter = query.get("$filter");
  if (filter !== null) {
    const r = parseEventFilter(filter);
    if (!r.ok) return fail(r.message, "ErrorInvalidUrlQueryFilter");
    out.filter = r.value;
  }
  const expand = query.get("$expand");
  if (expand !== null) {
    const r = parseEventExpand(expand);
    if (!r.ok) return fail(r.message);
    out.expandPropertyId = r.value;
  }
  const select = query.get("$select");
  if (select !== null) {
    const r = parseSelect(select);
    if (!r.ok) return fail(r.message);
    out.select = r.value;
  }
  for (const [name, key, min] of [["$top", "top", 1], ["$skip", "skip", 0]] as const) {
    const text = query.get(name);
    if (text === null) continue;
    const r = parseCount(name, text, min, name === "$top" ? MAX_TOP : Number.MAX_SAFE_INTEGER);
    if (!r.ok) return fail(r.message);
    out[key] = r.value;
  }
  return { ok: true, value: out };
}

function matches(e: StoredEvent, f: PropertyFilter): boolean {
  const id = f.propertyId.toLowerCase();
  return e.singleValueExtendedProperties.some((p) => p.id.toLowerCase() === id && (f.value === undefined || p.value === f.value));
}

/** Query string as Graph writes it in a nextLink: `$` kept, values percent-encoded. */
function queryString(query: URLSearchParams): string {
  return [...query.entries()].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
}

function eventsCollection(ctx: RouterContext, req: RouteRequest, calendarId: string): RouteResponse {
  if (req.method === "POST") {
    const read = readEventInput(req.body);
    if (!read.ok) return badRequest(read.message, "RequestBodyRead");
    const result = ctx.mailbox.createEvent(calendarId, read.input);
    if (result.kind === "invalid") return badRequest(result.message, "ErrorInvalidRequest");
    // A repeated transactionId answers like the first create: 201 with the same event, nothing new stored.
    return json(201, eventView(result.event, { timeZone: preferredTimeZone(req.headers.prefer) }));
  }
  if (req.method !== "GET") return methodNotAllowed(req);
  const q = readListQuery(ctx, req.query);
  if (!q.ok) return q.response;
  const { filter, top, skip } = q.value;
  const all = ctx.mailbox.events(calendarId).filter((e) => !filter || matches(e, filter));
  const page = all.slice(skip, skip + top);
  const view = { ...q.value, timeZone: preferredTimeZone(req.headers.prefer) };
  const body: Record<string, unknown> = {
    "@odata.context": `${ctx.baseUrl}/$metadata#users('me')/calendars('${calendarId}')/events`,
    value: page.map((e) => eventView(e, view)),
  };
  if (skip + top < all.length) {
    const next = new URLSearchParams(req.query);
    next.set("$top", String(top));
    next.set("$skip", String(skip + top));
    body["@odata.nextLink"] = `${ctx.baseUrl}${req.path}?${queryString(next)}`;
  }
  return json(200, body);
}

function oneEvent(ctx: RouterContext, req: RouteRequest, id: string, event: StoredEvent | undefined): RouteResponse {
  if (!event) return itemNotFound(`event ${id}`);
  const timeZone = preferredTimeZone(req.headers.prefer);
  switch (req.method) {
    case "GET": {
      const unsupported = unsupportedOption(req.query, ["$select", "$expand"]);
      if (unsupported) return badRequest(unsupported);
      const expand = req.query.get("$expand");
      const parsed = expand === null ? undefined : parseEventExpand(expand);
      if (parsed && !parsed.ok) return badRequest(parsed.message);
      const select = req.query.get("$select");
      const sel = select === null ? undefined : parseSelect(select);
      if (sel && !sel.ok) return badRequest(sel.message);
      return json(200, eventView(event, { timeZone, ...(parsed?.ok ? { expandPropertyId: parsed.value } : {}), ...(sel?.ok ? { select: sel.value } : {}) }));
    }
    case "PATCH": {
      const read = readEventInput(req.body);
      if (!read.ok) return badRequest(read.message, "RequestBodyRead");
      const result = ctx.mailbox.updateEvent(event.id, read.input);
      if (result.kind === "missing") return itemNotFound(`event ${id}`);
      if (result.kind === "invalid") return badRequest(result.message, "ErrorInvalidRequest");
      return json(200, eventView(result.event, { timeZone }));
    }
    case "DELETE":
      ctx.mailbox.deleteEvent(event.id);
      return { status: 204, headers: {} };
    default:
      return methodNotAllowed(req);
  }
}
