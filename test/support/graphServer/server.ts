// The Graph test server: node:http on 127.0.0.1, bearer auth, one mailbox, faults, counters and a request log.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { type AddressInfo } from "node:net";
import { faultResponse, runBatch } from "./batch";
import { FaultInjector, type Fault } from "./faults";
import { graphError } from "./graphError";
import { Mailbox } from "./mailbox";
import { seededRandom } from "./prng";
import { route } from "./router";
import { type RouteRequest, type RouteResponse, type StoredCalendar, type StoredEvent } from "./types";

export interface GraphServerOptions {
  /** The bearer token every request must carry (default `test-token`). */
  token?: string;
  /** Events per page when the client sends no $top (default 10, as Graph). */
  pageSize?: number;
  /** Seed for the order of $batch responses (default 1). */
  seed?: number;
  /** Answer $batch items in a shuffled order (default true; Graph promises no order). */
  shuffleBatchResponses?: boolean;
  /** Clock for createdDateTime / lastModifiedDateTime (default: the system clock). */
  now?: () => Date;
}

export interface GraphServerStats {
  /** Every HTTP request that reached the server, a $batch POST counting once. */
  httpRequests: number;
  batchRequests: number;
  /** Requests carried inside $batch bodies. */
  batchItems: number;
  bytesReceivedTotal: number;
  bytesReceivedMax: number;
  /** HTTP responses never sent (drop faults). */
  dropped: number;
}

export interface LogEntry {
  seq: number;
  method: string;
  /** Path after the version, e.g. `/me/events/AAMk…`; batch items carry their own path. */
  path: string;
  /** HTTP status sent, or `dropped`. */
  status: number | "dropped";
  /** For batch items: the seq of the $batch request that carried it. */
  batchSeq?: number;
  batchItemId?: string;
  bytes?: number;
  fault?: Fault;
  /** The SDK's RetryHandler sets `Retry-Attempt` on retries. */
  retryAttempt?: string;
}

export interface GraphServer {
  /** `http://127.0.0.1:PORT/v1.0` */
  readonly baseUrl: string;
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  readonly token: string;
  readonly mailbox: Mailbox;
  readonly faults: FaultInjector;
  readonly stats: Readonly<GraphServerStats>;
  readonly log: readonly LogEntry[];
  resetStats(): void;
  calendars(): StoredCalendar[];
  /** Events of one calendar, or of the whole mailbox. */
  events(calendarId?: string): StoredEvent[];
  /** Deletes an event behind the client's back (the user deleting it in Outlook): later requests get 404. */
  deleteEvent(id: string): boolean;
  close(): Promise<void>;
}

const emptyStats = (): GraphServerStats => ({ httpRequests: 0, batchRequests: 0, batchItems: 0, bytesReceivedTotal: 0, bytesReceivedMax: 0, dropped: 0 });

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function headerMap(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(", ") : v;
  return out;
}

/** A listing's body with some events left out, as a lagging index would answer. */
function withoutIds(body: unknown, hide: readonly string[]): unknown {
  if (typeof body !== "object" || body === null || !Array.isArray((body as { value?: unknown }).value)) return body;
  const value = (body as { value: { id?: unknown }[] }).value.filter((e) => typeof e.id !== "string" || !hide.includes(e.id));
  return { ...body, value };
}

function send(res: ServerResponse, r: RouteResponse): void {
  const payload = r.body === undefined ? undefined : JSON.stringify(r.body);
  res.writeHead(r.status, { ...r.headers, ...(payload === undefined ? {} : { "content-length": Buffer.byteLength(payload) }) });
  res.end(payload);
}

/** Starts a server on an ephemeral loopback port. Stop it with `close()` (in afterAll). */
export async function startGraphServer(options: GraphServerOptions = {}): Promise<GraphServer> {
  const token = options.token ?? "test-token";
  const mailbox = new Mailbox(options.now ?? (() => new Date()));
  const faults = new FaultInjector();
  const shuffleRandom = seededRandom(options.seed ?? 1);
  const shuffle = <T>(items: T[]): T[] => {
    if (options.shuffleBatchResponses === false) return items;
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(shuffleRandom() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  };
  let stats = emptyStats();
  const log: LogEntry[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let baseUrl = "";
  const ctx = () => ({ mailbox, baseUrl, pageSize: options.pageSize ?? 10 });

  const drop = (res: ServerResponse, delayMs = 0): void => {
    stats.dropped++;
    const timer = setTimeout(() => {
      timers.delete(timer);
      res.socket?.destroy();
    }, delayMs);
    timers.add(timer);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = await readBody(req);
    stats.httpRequests++;
    stats.bytesReceivedTotal += raw.length;
    stats.bytesReceivedMax = Math.max(stats.bytesReceivedMax, raw.length);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = (req.method ?? "GET").toUpperCase();
    const path = url.pathname.replace(/^\/v1\.0(?=\/|$)/, "");
    const headers = headerMap(req);
    const entry: LogEntry = { seq: log.length + 1, method, path, status: 0, bytes: raw.length };
    if (headers["retry-attempt"] !== undefined) entry.retryAttempt = headers["retry-attempt"];
    log.push(entry);
    const reply = (r: RouteResponse): void => {
      entry.status = r.status;
      send(res, r);
    };

    if (!url.pathname.startsWith("/v1.0/")) return reply(graphError(404, "NotFound", "Only /v1.0 is served."));
    if (headers.authorization !== `Bearer ${token}`) {
      return reply(graphError(401, "InvalidAuthenticationToken", headers.authorization ? "Access token validation failure." : "Access token is empty."));
    }
    let body: unknown;
    try {
      body = raw.length === 0 ? undefined : JSON.parse(raw.toString("utf8"));
    } catch {
      return reply(graphError(400, "BadRequest", "The request body is not valid JSON."));
    }

    const fault = faults.draw({ scope: "request", method, path });
    if (fault) entry.fault = fault;
    if (fault?.kind === "status" && !fault.afterCommit) return reply(faultResponse(fault));
    if (fault?.kind === "drop" && !fault.afterCommit) {
      entry.status = "dropped";
      return drop(res, fault.delayMs);
    }

    let response: RouteResponse;
    let itemDrop: Fault | undefined;
    if (path === "/$batch" && method === "POST") {
      const outcome = runBatch(body, (r: RouteRequest) => route(ctx(), r), faults, shuffle);
      stats.batchRequests++;
      stats.batchItems += outcome.items.length;
      for (const item of outcome.items) {
        log.push({ seq: log.length + 1, method: item.method, path: item.path, status: item.status, batchSeq: entry.seq, batchItemId: item.id, ...(item.fault ? { fault: item.fault } : {}) });
      }
      response = outcome.response;
      itemDrop = outcome.drop;
    } else {
      response = route(ctx(), { method, path, query: url.searchParams, headers, body });
    }

    const lost = fault?.kind === "drop" ? fault : itemDrop?.kind === "drop" ? itemDrop : undefined;
    if (lost) {
      entry.status = "dropped";
      return drop(res, lost.delayMs);
    }
    if (fault?.kind === "body" && response.status === 200) return reply({ ...response, body: fault.body });
    if (fault?.kind === "lag" && response.status === 200) return reply({ ...response, body: withoutIds(response.body, fault.hide) });
    reply(fault?.kind === "status" ? faultResponse(fault) : response);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, graphError(500, "InternalServerError", error instanceof Error ? error.message : String(error)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  baseUrl = `${origin}/v1.0`;

  return {
    baseUrl,
    origin,
    token,
    mailbox,
    faults,
    get stats() {
      return stats;
    },
    log,
    resetStats() {
      stats = emptyStats();
      log.length = 0;
    },
    calendars: () => mailbox.calendars(),
    events: (calendarId?: string) => mailbox.events(calendarId),
    deleteEvent: (id: string) => mailbox.deleteEvent(id),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
