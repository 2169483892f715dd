// The Graph SDK client the reminder sync talks through: our own bearer and metering middleware, no SDK retry.
//
// Why not Client.init: the SDK's AuthenticationHandler only sends the token to https Graph hosts, so a
// local test server (http://127.0.0.1) would get none. Why no RetryHandler: it sleeps with real timers
// and never retries inside a $batch; the executor retries everything itself (see retry.ts), with an
// injectable sleep, so one policy covers plain requests, whole batches and batch items alike.
import { Client, type Context, GraphClientError, HTTPMessageHandler, type Middleware } from "@microsoft/microsoft-graph-client";
import { RequestMeter } from "./meter";
import { timeoutSignal } from "../../support/timeoutSignal";

/** Graph's production endpoint; tests pass `http://127.0.0.1:PORT/v1.0`. */
export const GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0";

/**
 * Asks Outlook for ids that survive moving an event to another folder: the sheet keeps event ids
 * between syncs, and a regular id changes when the user drags the event to another calendar.
 */
export const IMMUTABLE_ID_PREFERENCE = 'IdType="ImmutableId"';

/**
 * Asks for start and end in Taipei time on reads, so that an event's dates compare with the plan's
 * without conversion (Graph answers in UTC otherwise). Sent beside the immutable-id preference.
 */
export const TAIPEI_TIME_PREFERENCE = 'outlook.timezone="Taipei Standard Time"';

/**
 * A request sent without a token because getToken failed. A GraphClientError, so the SDK passes it
 * through unchanged instead of dressing it as an HTTP failure (which the retry would resend); the
 * reason (a SignInRequiredError when only the user can help) is kept for the sync.
 */
export class TokenUnavailableError extends GraphClientError {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
    // GraphClientError pins its own prototype, which would hide this subclass from instanceof.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "TokenUnavailableError";
  }
}

/** Supplies an access token for each request (the sign-in TokenSource's getToken in the pane, an environment variable in the CLI). */
export type GetToken = () => Promise<string>;

/**
 * Sets `Authorization: Bearer …` and the immutable-id preference on every request, whatever the host.
 * `getToken` must never open a window: in the pane it is the silent path, which throws
 * SignInRequiredError instead, and that stops the request here (as a TokenUnavailableError).
 */
export class BearerTokenHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly getToken: GetToken) {}

  async execute(context: Context): Promise<void> {
    let token: string;
    try {
      token = await this.getToken();
    } catch (error) {
      throw new TokenUnavailableError(error);
    }
    const headers = new Headers(context.options?.headers);
    headers.set("Authorization", `Bearer ${token}`);
    if (!headers.has("Prefer")) headers.set("Prefer", IMMUTABLE_ID_PREFERENCE);
    context.options = { ...context.options, headers };
    if (!this.next) throw new Error("BearerTokenHandler must not be the last middleware");
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** Aborts a request that gets no answer in time, so a hung connection becomes a retryable failure. */
export class TimeoutHandler implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly timeoutMs: number) {}

  async execute(context: Context): Promise<void> {
    if (!this.next) throw new Error("TimeoutHandler must not be the last middleware");
    const signal = timeoutSignal(this.timeoutMs);
    context.options = { ...context.options, signal };
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

export interface GraphClientOptions {
  /** `https://graph.microsoft.com/v1.0` (default) or a test server's `http://127.0.0.1:PORT/v1.0` */
  readonly baseUrl?: string;
  readonly getToken: GetToken;
  /** counts requests and their sizes (made by the caller, for the bench and the summaries) */
  readonly meter?: RequestMeter;
  /** per request; default 60 s */
  readonly timeoutMs?: number;
}

/** Splits `https://host/v1.0` into what Client.initWithMiddleware wants: the origin and the version. */
export function splitBaseUrl(baseUrl: string): { origin: string; version: string } {
  const url = new URL(baseUrl);
  const version = url.pathname.replace(/^\/+|\/+$/g, "");
  if (version === "" || version.includes("/")) throw new RangeError(`Graph URL must end in the version, like ${GRAPH_BASE_URL}: ${baseUrl}`);
  return { origin: url.origin, version };
}

/** A Graph SDK client with our middleware chain: token → meter → timeout → fetch. */
export function createGraphClient(options: GraphClientOptions): Client {
  const { origin, version } = splitBaseUrl(options.baseUrl ?? GRAPH_BASE_URL);
  const middleware: Middleware[] = [
    new BearerTokenHandler(options.getToken),
    options.meter ?? new RequestMeter(),
    new TimeoutHandler(options.timeoutMs ?? 60_000),
    new HTTPMessageHandler(),
  ];
  return Client.initWithMiddleware({ baseUrl: `${origin}/`, defaultVersion: version, middleware });
}
