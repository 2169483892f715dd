// When and how long to wait before sending a failed Graph request again: Retry-After on 429 (and 503 when
// given), otherwise exponential backoff with full jitter, up to a bounded number of attempts.
import { GraphError } from "@microsoft/microsoft-graph-client";

export interface RetryPolicy {
  /** sends of one request in all, the first included (default 6) */
  readonly maxAttempts: number;
  /** first backoff ceiling in ms, doubled per attempt (default 1 s) */
  readonly baseDelayMs: number;
  /** backoff ceiling in ms (default 32 s) */
  readonly maxDelayMs: number;
  /** a Retry-After longer than this fails the request instead of stalling the sync (default 5 min) */
  readonly maxRetryAfterMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** uniform in [0, 1): the jitter */
  readonly random: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 1000,
  maxDelayMs: 32_000,
  maxRetryAfterMs: 5 * 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/**
 * Statuses worth sending again: throttling (429), server trouble (500, 502, 503, 504) and 0 for "no
 * answer" (dropped connection, timeout; the SDK reports it as -1). Everything else is the request's
 * fault and would fail the same way again.
 */
export function isRetryableStatus(status: number): boolean {
  return status <= 0 || status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}

/**
 * Milliseconds a Retry-After header asks for: delta-seconds or an HTTP date (RFC 9110 §10.2.3), or
 * undefined when absent or unreadable. `nowMs` is the clock, for the date form.
 */
export function retryAfterMs(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined || value.trim() === "") return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/**
 * The wait before attempt `attempt + 1` after `attempt` failed sends: what Retry-After asked for, else
 * a random time up to base × 2^(attempt−1), capped ("full jitter", so clients that failed together do
 * not come back together).
 */
export function retryDelayMs(policy: RetryPolicy, attempt: number, retryAfter: number | undefined): number {
  if (retryAfter !== undefined) return retryAfter;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(policy.random() * ceiling);
}

/** A failed request in words a user can act on, with its status; never the token or a header. */
export class GraphRequestError extends Error {
  override readonly name = "GraphRequestError";

  constructor(
    message: string,
    readonly status: number,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** Status, error code, message and Retry-After of anything a Graph call threw. */
export function describeFailure(error: unknown, nowMs: number): { status: number; code: string | undefined; message: string; retryAfter: number | undefined } {
  if (error instanceof GraphError) {
    const status = error.statusCode > 0 ? error.statusCode : 0;
    const message = status === 0 ? `no answer from Graph (${error.message || "connection lost or timed out"})` : `${status} ${error.code ?? ""} ${error.message}`.replace(/\s+/g, " ").trim();
    return { status, code: error.code ?? undefined, message, retryAfter: retryAfterMs(error.headers?.get("Retry-After"), nowMs) };
  }
  if (error instanceof GraphRequestError) return { status: error.status, code: error.code, message: error.message, retryAfter: undefined };
  const text = error instanceof Error ? error.message : String(error);
  return { status: 0, code: undefined, message: `no answer from Graph (${text})`, retryAfter: undefined };
}

/**
 * Runs one plain (non-batch) Graph call, sending it again on a retryable failure. Only for idempotent
 * calls (GETs, and creates that carry their own de-duplication).
 *
 * @throws GraphRequestError with the last failure once attempts are used up or the failure is final.
 */
export async function withRetry<T>(policy: RetryPolicy, call: () => Promise<T>, now: () => number = Date.now): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const failure = describeFailure(error, now());
      const wait = retryDelayMs(policy, attempt, failure.retryAfter);
      if (!isRetryableStatus(failure.status) || attempt >= policy.maxAttempts || wait > policy.maxRetryAfterMs) {
        throw new GraphRequestError(failure.message, failure.status, failure.code);
      }
      await policy.sleep(wait);
    }
  }
}
