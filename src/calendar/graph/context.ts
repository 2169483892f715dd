// What every Graph call in this folder needs: the client, the base URL it was made for, and the retry policy.
import { type Client } from "@microsoft/microsoft-graph-client";
import { type RetryPolicy, withRetry } from "./retry";

export interface GraphContext {
  readonly client: Client;
  /** the base the client was made with, e.g. `https://graph.microsoft.com/v1.0`; nextLinks are cut to it */
  readonly baseUrl: string;
  readonly retry: RetryPolicy;
  /** milliseconds since the epoch: Retry-After dates and wall time */
  readonly now: () => number;
}

/** One page of a Graph collection. */
export interface PageJson<T> {
  readonly value?: readonly T[];
  readonly "@odata.nextLink"?: string;
}

/**
 * The path to hand `client.api` for a nextLink. The SDK strips the host only from https links, and its
 * PageIterator not at all from http ones (the local test server), so we cut our own base off: a link
 * that does not start with it is refused rather than followed to a host we were not given.
 */
export function nextPath(ctx: Pick<GraphContext, "baseUrl">, nextLink: string): string {
  const base = ctx.baseUrl.replace(/\/+$/, "");
  if (!nextLink.startsWith(`${base}/`)) throw new RangeError(`Graph sent a next page outside ${base}`);
  return nextLink.slice(base.length);
}

/** Every item of a collection, page by page (one request per page, each retried on its own). */
export async function getAllPages<T>(ctx: GraphContext, firstPath: string): Promise<T[]> {
  const items: T[] = [];
  let path: string | undefined = firstPath;
  while (path !== undefined) {
    const current: string = path;
    const page = await withRetry(ctx.retry, () => ctx.client.api(current).get() as Promise<PageJson<T>>, ctx.now);
    items.push(...(page.value ?? []));
    const next = page["@odata.nextLink"];
    path = next === undefined ? undefined : nextPath(ctx, next);
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
