// JSON batching: up to 20 requests run one after another against the same router, each able to draw its own
// fault; dependsOn honoured (424 when a dependency failed); answers in a seeded shuffled order, as Graph
// does not promise order.
import { badRequest, graphError } from "./graphError";
import { type DropFault, type Fault, type FaultInjector } from "./faults";
import { type RouteRequest, type RouteResponse } from "./types";

export const MAX_BATCH_REQUESTS = 20;

export interface BatchItemResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

export interface BatchOutcome {
  response: RouteResponse;
  /** Set when an item drew a drop fault: the caller must not send the batch response. */
  drop?: DropFault;
  items: { id: string; method: string; path: string; status: number; fault?: Fault }[];
}

interface ItemRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function readItems(body: unknown): ItemRequest[] | string {
  if (!isRecord(body) || !Array.isArray(body.requests)) return "The batch body must be { requests: [...] }.";
  const raw: unknown[] = body.requests;
  if (raw.length === 0) return "A batch needs at least one request.";
  if (raw.length > MAX_BATCH_REQUESTS) return `The number of batch requests (${raw.length}) exceeds the limit of ${MAX_BATCH_REQUESTS}.`;
  const items: ItemRequest[] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    if (!isRecord(r) || typeof r.id !== "string" || typeof r.method !== "string" || typeof r.url !== "string") {
      return "Each batch request needs string id, method and url.";
    }
    if (seen.has(r.id)) return `Batch request id '${r.id}' is not unique.`;
    const headers: Record<string, string> = {};
    if (isRecord(r.headers)) for (const [k, v] of Object.entries(r.headers)) if (typeof v === "string") headers[k.toLowerCase()] = v;
    if (r.body !== undefined && headers["content-type"] === undefined) return `Batch request '${r.id}' has a body but no Content-Type header.`;
    const dependsOn = Array.isArray(r.dependsOn) ? r.dependsOn.filter((d): d is string => typeof d === "string") : [];
    const unknown = dependsOn.find((d) => !seen.has(d));
    if (unknown !== undefined) return `Batch request '${r.id}' depends on '${unknown}', which does not come before it.`;
    seen.add(r.id);
    items.push({ id: r.id, method: r.method.toUpperCase(), url: r.url, headers, body: r.body, dependsOn });
  }
  return items;
}

/** `/me/events?x`, `me/events?x` and `/v1.0/me/events?x` all name the same resource (the SDK sends the last). */
function splitUrl(url: string): { path: string; query: URLSearchParams } {
  const relative = url.replace(/^\/?v1\.0(?=\/)/, "").replace(/^(?!\/)/, "/");
  const q = relative.indexOf("?");
  return q < 0 ? { path: relative, query: new URLSearchParams() } : { path: relative.slice(0, q), query: new URLSearchParams(relative.slice(q + 1)) };
}

export function faultResponse(fault: Fault & { kind: "status" }): RouteResponse {
  const retryAfter = fault.retryAfter ?? (fault.retryAfterSeconds === undefined ? undefined : String(fault.retryAfterSeconds));
  const retry: Record<string, string> = retryAfter === undefined ? {} : { "retry-after": retryAfter };
  const codes: Record<number, string> = {
    413: "RequestEntityTooLarge",
    424: "FailedDependency",
    429: "TooManyRequests",
    500: "InternalServerError",
    503: "ServiceNotAvailable",
    504: "GatewayTimeout",
  };
  return graphError(fault.status, codes[fault.status] ?? "UnknownError", `Injected ${fault.status}.`, retry);
}

export function runBatch(
  body: unknown,
  route: (req: RouteRequest) => RouteResponse,
  faults: FaultInjector,
  shuffle: <T>(items: T[]) => T[],
): BatchOutcome {
  const items = readItems(body);
  if (typeof items === "string") return { response: badRequest(items), items: [] };
  const results = new Map<string, BatchItemResponse>();
  const log: BatchOutcome["items"] = [];
  let drop: DropFault | undefined;
  for (const item of items) {
    const { path, query } = splitUrl(item.url);
    const failedDependency = item.dependsOn.some((d) => {
      const s = results.get(d)?.status ?? 0;
      return s < 200 || s >= 300;
    });
    const fault = failedDependency ? undefined : faults.draw({ scope: "batchItem", method: item.method, path });
    let response: RouteResponse;
    if (failedDependency) {
      response = graphError(424, "FailedDependency", "A request this one depends on failed.");
    } else if (fault?.kind === "status" && !fault.afterCommit) {
      response = faultResponse(fault);
    } else if (fault?.kind === "drop" && !fault.afterCommit) {
      drop ??= fault;
      response = graphError(504, "GatewayTimeout", "Dropped before commit.");
    } else {
      response = route({ method: item.method, path, query, headers: item.headers, body: item.body });
      if (fault?.kind === "status") response = faultResponse(fault);
      if (fault?.kind === "drop") drop ??= fault;
    }
    const out: BatchItemResponse = { id: item.id, status: response.status, headers: response.headers };
    if (response.body !== undefined) out.body = response.body;
    results.set(item.id, out);
    log.push({ id: item.id, method: item.method, path, status: response.status, ...(fault ? { fault } : {}) });
  }
  const response: RouteResponse = {
    status: 200,
    headers: { "content-type": "application/json" },
    body: { responses: shuffle([...results.values()]) },
  };
  return { response, items: log, ...(drop ? { drop } : {}) };
}
