// Strict reading of an event body from POST/PATCH: known properties only, typed, all-day rules as Graph has them.
import { isKnownTimeZone, isMidnight, toUtcMillis } from "./timeZones";
import { type Attendee, type DateTimeTimeZone, type ExtendedProperty, type ItemBody, type StoredEvent } from "./types";

/** The writable part of an event; every property optional (PATCH), defaults applied on create. */
export type EventInput = Partial<
  Pick<
    StoredEvent,
    | "subject"
    | "body"
    | "start"
    | "end"
    | "isAllDay"
    | "isReminderOn"
    | "reminderMinutesBeforeStart"
    | "categories"
    | "attendees"
    | "singleValueExtendedProperties"
    | "transactionId"
  >
>;

export type ReadResult = { ok: true; input: EventInput } | { ok: false; message: string };

/** Properties Graph would accept that the server ignores (not stored, not an error). */
const IGNORED = new Set(["location", "showAs", "importance", "sensitivity", "responseRequested", "allowNewTimeProposals", "isOnlineMeeting"]);
/** Read-only properties a client may echo back on PATCH; ignored as Graph ignores them. */
const READ_ONLY = new Set(["id", "createdDateTime", "lastModifiedDateTime", "changeKey", "@odata.etag", "@odata.context"]);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function readDateTime(v: unknown, name: string): DateTimeTimeZone | string {
  if (!isRecord(v) || typeof v.dateTime !== "string" || typeof v.timeZone !== "string") {
    return `${name} must be { dateTime, timeZone }`;
  }
  if (!isKnownTimeZone(v.timeZone)) return `${name}.timeZone '${v.timeZone}' is not a time zone the server knows`;
  const value = { dateTime: v.dateTime, timeZone: v.timeZone };
  return toUtcMillis(value) === undefined ? `${name}.dateTime '${v.dateTime}' is not a valid date and time` : value;
}

function readBody(v: unknown): ItemBody | string {
  if (!isRecord(v) || (v.contentType !== "text" && v.contentType !== "html") || typeof v.content !== "string") {
    return "body must be { contentType: 'text' | 'html', content }";
  }
  return { contentType: v.contentType, content: v.content };
}

function readStrings(v: unknown, name: string): string[] | string {
  return Array.isArray(v) && v.every((x): x is string => typeof x === "string") ? [...v] : `${name} must be an array of strings`;
}

function readAttendees(v: unknown): Attendee[] | string {
  if (!Array.isArray(v)) return "attendees must be an array";
  const out: Attendee[] = [];
  for (const a of v) {
    if (!isRecord(a) || !isRecord(a.emailAddress) || typeof a.emailAddress.address !== "string") {
      return "each attendee needs emailAddress.address";
    }
    const type = a.type ?? "required";
    if (type !== "required" && type !== "optional" && type !== "resource") return `attendee type ${JSON.stringify(type)} is not valid`;
    const name = a.emailAddress.name;
    out.push({ emailAddress: { address: a.emailAddress.address, ...(typeof name === "string" ? { name } : {}) }, type });
  }
  return out;
}

function readProperties(v: unknown): ExtendedProperty[] | string {
  if (!Array.isArray(v)) return "singleValueExtendedProperties must be an array";
  const out: ExtendedProperty[] = [];
  for (const p of v) {
    if (!isRecord(p) || typeof p.id !== "string" || typeof p.value !== "string") return "each extended property needs string id and value";
    if (!/^String \{[0-9a-fA-F-]{36}\} Name \S+$/.test(p.id)) return `extended property id '${p.id}' is not 'String {GUID} Name name'`;
    out.push({ id: p.id, value: p.value });
  }
  return out;
}

/** Reads a POST or PATCH body; `message` says which property was wrong. */
export function readEventInput(raw: unknown): ReadResult {
  if (!isRecord(raw)) return { ok: false, message: "The request body must be a JSON object." };
  const input: EventInput = {};
  for (const [key, v] of Object.entries(raw)) {
    let r: unknown;
    switch (key) {
      case "subject":
      case "transactionId":
        if (typeof v !== "string") return { ok: false, message: `${key} must be a string` };
        input[key] = v;
        continue;
      case "isAllDay":
      case "isReminderOn":
        if (typeof v !== "boolean") return { ok: false, message: `${key} must be a boolean` };
        input[key] = v;
        continue;
      case "reminderMinutesBeforeStart":
        if (typeof v !== "number" || !Number.isInteger(v) || v < 0) return { ok: false, message: `${key} must be a non-negative integer` };
        input[key] = v;
        continue;
      case "start":
      case "end":
        r = readDateTime(v, key);
        if (typeof r === "string") return { ok: false, message: r };
        input[key] = r as DateTimeTimeZone;
        continue;
      case "body":
        r = readBody(v);
        if (typeof r === "string") return { ok: false, message: r };
        input.body = r as ItemBody;
        continue;
      case "categories":
        r = readStrings(v, key);
        if (typeof r === "string") return { ok: false, message: r };
        input.categories = r as string[];
        continue;
      case "attendees":
        r = readAttendees(v);
        if (typeof r === "string") return { ok: false, message: r };
        input.attendees = r as Attendee[];
        continue;
      case "singleValueExtendedProperties":
        r = readProperties(v);
        if (typeof r === "string") return { ok: false, message: r };
        input.singleValueExtendedProperties = r as ExtendedProperty[];
        continue;
      default:
        if (IGNORED.has(key) || READ_ONLY.has(key)) continue;
        return { ok: false, message: `Could not find a property named '${key}' on type 'microsoft.graph.event'.` };
    }
  }
  return { ok: true, input };
}

/** The all-day rule Graph enforces: start and end at midnight in the same zone, whole days apart. */
export function allDayProblem(e: Pick<StoredEvent, "isAllDay" | "start" | "end">): string | undefined {
  const start = toUtcMillis(e.start);
  const end = toUtcMillis(e.end);
  if (start === undefined || end === undefined) return "start and end must be valid";
  if (end < start) return "The end time cannot be before the start time.";
  if (!e.isAllDay) return undefined;
  if (!isMidnight(e.start) || !isMidnight(e.end) || e.start.timeZone !== e.end.timeZone || end === start || (end - start) % 86_400_000 !== 0) {
    return "For an all-day event, start and end must be at midnight in the same time zone and at least a day apart.";
  }
  return undefined;
}
