// What every Graph call in this folder needs: the client, the base URL it was made for, and the retry policy.
import { type Client } from "@microsoft/microsoft-graph-client";
import { MalformedListingError } from "../errors";
import { type RetryPolicy, withRetry } from "./retry";

export interface GraphContext {
  readonly client: Client;
  /** the base the client was made with, e.g. `https://graph.microsoft.com/v1.0`; nextLinks are cut to it */
  readonly baseUrl: string;
  readonly retry: RetryPolicy;
  /** milliseconds since the epoch: Retry-After dates and wall time */
  readonly now: () => number;
}

/**
 * The path to hand `client.api` for a nextLink. The SDK strips the host only from https links, and its
 * PageIterator not at all from http ones (the local test server), so we cut our own base off: a link
 * that does not start with it is refused rather than followed to a host we were not given: the listing
 * cannot be trusted (MalformedListingError), so the sync writes nothing.
 */
export function nextPath(ctx: Pick<GraphContext, "baseUrl">, nextLink: string): string {
  const base = ctx.baseUrl.replace(/\/+$/, "");
  if (!nextLink.startsWith(`${base}/`)) throw new MalformedListingError({ kind: "nextLinkOutside", base });
  return nextLink.slice(base.length);
}

/**
 * The items of one page, checked: Graph always answers a collection as an object whose `value` is an
 * array of objects. Anything else (`null`, `value` missing, `null` or not an array) is not "no items":
 * taken as empty, it would make the sync create every reminder again.
 *
 * @throws MalformedListingError naming what was wrong and where
 */
export function pageItems<T>(page: unknown, path: string): { items: T[]; nextLink: string | undefined } {
  const where = path.split("?")[0] ?? path;
  if (typeof page !== "object" || page === null || Array.isArray(page)) {
    throw new MalformedListingError({ kind: "pageNotObject", path: where });
  }
  const { value, "@odata.nextLink": next } = page as { value?: unknown; "@odata.nextLink"?: unknown };
  if (!Array.isArray(value)) {
    throw new MalformedListingError({ kind: "pageWithoutValue", path: where, got: value === null ? "null" : typeof value });
  }
  if (value.some((item) => typeof item !== "object" || item === null || Array.isArray(item))) {
    throw new MalformedListingError({ kind: "pageItemNotObject", path: where });
  }
  if (next !== undefined && typeof next !== "string") throw new MalformedListingError({ kind: "nextLinkNotText", path: where });
  return { items: value as T[], nextLink: next };
}

/**
 * Every item of a collection, page by page (one request per page, each retried on its own), every
 * page checked by {@link pageItems}. `headers` go on every page's request (e.g. a time-zone preference).
 */
export async function getAllPages<T>(ctx: GraphContext, firstPath: string, headers: Readonly<Record<string, string>> = {}): Promise<T[]> {
  const items: T[] = [];
  let path: string | undefined = firstPath;
  while (path !== undefined) {
    const current: string = path;
    const page: unknown = await withRetry(ctx.retry, () => ctx.client.api(current).headers(headers).get() as Promise<unknown>, ctx.now);
    const checked = pageItems<T>(page, current);
    items.push(...checked.items);
    path = checked.nextLink === undefined ? undefined : nextPath(ctx, checked.nextLink);
  }
  return items;
}

/** `$name=value` with the value percent-encoded, for paths we build ourselves (quotes, spaces, CJK names). */
export function query(options: Readonly<Record<string, string>>): string {
  return Object.entries(options)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join("&");
}

/** An OData string literal: single quotes doubled. */
export function odataString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
