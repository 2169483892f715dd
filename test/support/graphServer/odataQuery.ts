// Strict parsing of the few OData query options the server supports; anything else is a 400, on purpose,
// so client code cannot come to rely on a filter the real service would not run the same way.

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** The event filter: an extended property with this id exists, and (optionally) has this value. */
export interface PropertyFilter {
  propertyId: string;
  value?: string;
}

const STRING = String.raw`'((?:[^']|'')*)'`;
const unquote = (s: string): string => s.replace(/''/g, "'");

const PROPERTY_FILTER = new RegExp(
  String.raw`^singleValueExtendedProperties/(?:any|Any)\(\s*([A-Za-z]\w*)\s*:\s*\1/id\s+eq\s+${STRING}` +
    String.raw`(?:\s+and\s+\1/value\s+eq\s+${STRING})?\s*\)$`,
);

/** `singleValueExtendedProperties/Any(ep: ep/id eq '…' [and ep/value eq '…'])`, nothing else. */
export function parseEventFilter(text: string): Parsed<PropertyFilter> {
  const m = PROPERTY_FILTER.exec(text.trim());
  if (!m || m[2] === undefined) {
    return { ok: false, message: `The test server supports only singleValueExtendedProperties/Any(ep: ep/id eq '…' [and ep/value eq '…']); got: ${text}` };
  }
  return { ok: true, value: { propertyId: unquote(m[2]), ...(m[3] === undefined ? {} : { value: unquote(m[3]) }) } };
}

const EXPAND = new RegExp(String.raw`^singleValueExtendedProperties\(\s*\$filter\s*=\s*id\s+eq\s+${STRING}\s*\)$`);

/** `singleValueExtendedProperties($filter=id eq '…')`: the property id to return with each event. */
export function parseEventExpand(text: string): Parsed<string> {
  const m = EXPAND.exec(text.trim());
  if (!m || m[1] === undefined) {
    return { ok: false, message: `The test server supports only $expand=singleValueExtendedProperties($filter=id eq '…'); got: ${text}` };
  }
  return { ok: true, value: unquote(m[1]) };
}

const NAME_FILTER = new RegExp(String.raw`^name\s+eq\s+${STRING}$`);

/** `name eq '…'` on calendars. */
export function parseCalendarFilter(text: string): Parsed<string> {
  const m = NAME_FILTER.exec(text.trim());
  if (!m || m[1] === undefined) return { ok: false, message: `The test server supports only $filter=name eq '…' on calendars; got: ${text}` };
  return { ok: true, value: unquote(m[1]) };
}

/** `$select=a,b`: property names, always keeping id. */
export function parseSelect(text: string): Parsed<Set<string>> {
  const names = text.split(",").map((s) => s.trim());
  if (names.some((n) => !/^[A-Za-z]\w*$/.test(n))) return { ok: false, message: `Invalid $select: ${text}` };
  return { ok: true, value: new Set(["id", ...names]) };
}

/** A non-negative integer query option ($top, $skip) within bounds. */
export function parseCount(name: string, text: string, min: number, max: number): Parsed<number> {
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(n >= min && n <= max)) return { ok: false, message: `${name} must be an integer from ${min} to ${max}; got: ${text}` };
  return { ok: true, value: n };
}

/** Rejects any `$option` not in `allowed` (unknown options are a 400 on Graph too). */
export function unsupportedOption(query: URLSearchParams, allowed: readonly string[]): string | undefined {
  for (const key of query.keys()) {
    if (key.startsWith("$") && !allowed.includes(key)) return `The query option ${key} is not supported here.`;
  }
  return undefined;
}
