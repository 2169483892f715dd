// When and how long to wait before sending a failed Graph request again: Retry-After on 429 (and 503 when
// given), otherwise exponential backoff with full jitter, up to a bounded number of attempts.
import { GraphError } from "@microsoft/microsoft-graph-client";
import { CalendarServiceError, SignInRequiredError } from "../errors";
import type { CalendarReason } from "../../problems/remindersCatalogue";
import { TokenUnavailableError } from "./client";

export interface RetryPolicy {
  /** sends of one request in all, the first included (default 6) */
  readonly maxAttempts: number;
  /** first backoff ceiling in ms, doubled per attempt (default 1 s) */
  readonly baseDelayMs: number;
  /** backoff ceiling in ms (default 32 s) */
  readonly maxDelayMs: number;
  /** a Retry-After longer than this fails the request instead of stalling the sync (default 5 min) */
  readonly maxRetryAfterMs: number;
  /**
   * the shortest wait before any resend (default 250 ms): a Retry-After of 0 or a date already past, or a
   * jitter that rolled 0, never turns into an immediate resend into a throttled mailbox
   */
  readonly minDelayMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** uniform in [0, 1): the jitter */
  readonly random: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 1000,
  maxDelayMs: 32_000,
  maxRetryAfterMs: 5 * 60_000,
  minDelayMs: 250,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/**
 * Statuses worth sending again: throttling (429), server trouble (500, 502, 503, 504), 424 (Graph answers
 * a batch, or an item in it, "failed dependency" when something before it was throttled) and 0 for "no
 * answer" (dropped connection, timeout; the SDK reports it as -1). Everything else is the request's
 * fault and would fail the same way again.
 */
export function isRetryableStatus(status: number): boolean {
  return status <= 0 || status === 424 || status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
const LONG_DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTH = `(${MONTHS.join("|")})`;
const TIME = "(\\d{2}):(\\d{2}):(\\d{2})";
// RFC 9110 §5.6.7: IMF-fixdate, and the two obsolete forms a recipient must still accept.
const IMF_FIXDATE = new RegExp(`^${DAY}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`);
const RFC850_DATE = new RegExp(`^${LONG_DAY}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`);
const ASCTIME_DATE = new RegExp(`^${DAY} ${MONTH} ( \\d|\\d{2}) ${TIME} (\\d{4})$`);

function utc(year: number, month: string, day: string, h: string, m: string, s: string): number | undefined {
  const monthIndex = MONTHS.indexOf(month);
  const ms = Date.UTC(year, monthIndex, Number(day), Number(h), Number(m), Number(s));
  const back = new Date(ms);
  // Refuse 31 Feb and the like rather than letting Date roll them over.
  return back.getUTCDate() === Number(day) && back.getUTCMonth() === monthIndex ? ms : undefined;
}

/**
 * The instant an HTTP-date names (RFC 9110 §5.6.7), or undefined. Strict on purpose: `Date.parse`
 * reads almost anything, `2.5` included (as a day in 2001), which turned a Retry-After of 2.5 seconds
 * into "no wait". A two-digit RFC 850 year is taken within 50 years of `nowMs`, as the RFC asks.
 */
export function parseHttpDate(text: string, nowMs: number): number | undefined {
  let m = IMF_FIXDATE.exec(text);
  if (m) return utc(Number(m[3]), m[2] ?? "", m[1] ?? "", m[4] ?? "", m[5] ?? "", m[6] ?? "");
  m = RFC850_DATE.exec(text);
  if (m) {
    const thisYear = new Date(nowMs).getUTCFullYear();
    let year = Math.floor(thisYear / 100) * 100 + Number(m[3]);
    if (year > thisYear + 50) year -= 100;
    return utc(year, m[2] ?? "", m[1] ?? "", m[4] ?? "", m[5] ?? "", m[6] ?? "");
  }
  m = ASCTIME_DATE.exec(text);
  if (m) return utc(Number(m[6]), m[1] ?? "", (m[2] ?? "").trim(), m[3] ?? "", m[4] ?? "", m[5] ?? "");
  return undefined;
}

/**
 * Milliseconds a Retry-After header asks for, or undefined when absent or unreadable. Two forms: seconds
 * (RFC 9110 §10.2.3 says whole seconds; Graph also sends decimals such as `2.128`, rounded up here to
 * whole milliseconds) and an HTTP-date (how long until then, 0 when already past). `nowMs` is the clock.
 *
 * @example
 * retryAfterMs("2.128", now) //=> 2128
 * retryAfterMs("Mon, 05 Jan 2026 01:00:30 GMT", Date.UTC(2026, 0, 5, 1, 0, 0)) //=> 30000
 * retryAfterMs("2.5", now)   //=> 2500 (never a date in 2001)
 */
export function retryAfterMs(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === "") return undefined;
  const seconds = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (seconds) {
    // Decimal arithmetic on the digits, so 1.1 is 1100 ms and not 1100.0000000000002 rounded up.
    const fraction = seconds[2] ?? "";
    const extra = /[1-9]/.test(fraction.slice(3)) ? 1 : 0;
    return Number(seconds[1]) * 1000 + Number(fraction.slice(0, 3).padEnd(3, "0")) + extra;
  }
  const at = parseHttpDate(text, nowMs);
  return at === undefined ? undefined : Math.max(0, at - nowMs);
}

/**
 * The wait before attempt `attempt + 1` after `attempt` failed sends: what Retry-After asked for, else
 * a random time up to base × 2^(attempt−1), capped ("full jitter", so clients that failed together do
 * not come back together); never less than `minDelayMs`.
 */
export function retryDelayMs(policy: RetryPolicy, attempt: number, retryAfter: number | undefined): number {
  if (retryAfter !== undefined) return Math.max(policy.minDelayMs, retryAfter);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.max(policy.minDelayMs, Math.floor(policy.random() * ceiling));
}

/** A failed Graph request: why (a CalendarReason the catalogue words), its status; never the token or a header. */
export class GraphRequestError extends CalendarServiceError {
  override readonly name: string = "GraphRequestError";
}

/**
 * What getToken threw, when a request failed for want of a token: a SignInRequiredError passes through
 * as is (the sync must stop and ask, not retry), anything else is undefined (an ordinary failure).
 */
export function signInRequiredOf(error: unknown): SignInRequiredError | undefined {
  if (error instanceof SignInRequiredError) return error;
  if (error instanceof TokenUnavailableError && error.reason instanceof SignInRequiredError) return error.reason;
  return undefined;
}

/** What a failed Graph call comes to: its status, Graph's error code, why (as data), a one-line message, Retry-After. */
export interface FailureFacts {
  readonly status: number;
  readonly code: string | undefined;
  readonly reason: CalendarReason;
  /** the reason as one line of data (`403 ErrorAccessDenied: …`), for the per-case 提醒錯誤 notes */
  readonly message: string;
  readonly retryAfter: number | undefined;
}

const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();

/**
 * The words a token source's failure came with: a sign-in problem's detail (what MSAL said) when it
 * has one, else the error's message. The reason's wording says the rest, in the reader's language.
 */
function tokenFailureDetail(reason: unknown): string {
  if (typeof reason === "object" && reason !== null && "problem" in reason) {
    const params = (reason as { problem: { params?: unknown } }).problem.params;
    if (typeof params === "object" && params !== null && "detail" in params && typeof params.detail === "string") return params.detail;
  }
  return reason instanceof Error ? reason.message : String(reason);
}

/** Status, error code, reason and Retry-After of anything a Graph call threw. */
export function describeFailure(error: unknown, nowMs: number): FailureFacts {
  if (error instanceof GraphError) {
    const status = error.statusCode > 0 ? error.statusCode : 0;
    const code = error.code ?? undefined;
    const text = oneLine(error.message);
    const reason: CalendarReason =
      status === 0 ? { kind: "noAnswer", detail: text } : { kind: "status", status, ...(code === undefined ? {} : { code }), ...(text === "" ? {} : { message: text }) };
    const message = status === 0 ? `0 ${text}`.trim() : oneLine(`${status} ${code ?? ""} ${text}`);
    return { status, code, reason, message, retryAfter: retryAfterMs(error.headers?.get("Retry-After"), nowMs) };
  }
  if (error instanceof CalendarServiceError) return { status: error.status, code: error.code, reason: error.reason, message: error.message, retryAfter: undefined };
  if (error instanceof TokenUnavailableError) {
    const detail = tokenFailureDetail(error.reason);
    return { status: 0, code: "TokenUnavailable", reason: { kind: "tokenUnavailable", detail }, message: detail, retryAfter: undefined };
  }
  const text = oneLine(error instanceof Error ? error.message : String(error));
  return { status: 0, code: undefined, reason: { kind: "noAnswer", detail: text }, message: `0 ${text}`.trim(), retryAfter: undefined };
}

/**
 * Runs one plain (non-batch) Graph call, sending it again on a retryable failure. Only for idempotent
 * calls (GETs, and creates that carry their own de-duplication).
 *
 * @throws GraphRequestError with the last failure once attempts are used up or the failure is final;
 * SignInRequiredError at once when the token can only be had interactively.
 */
export async function withRetry<T>(policy: RetryPolicy, call: () => Promise<T>, now: () => number = Date.now): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const signIn = signInRequiredOf(error);
      if (signIn !== undefined) throw signIn;
      // Any other failure to get a token is final too: sending again would only ask again.
      const failure = describeFailure(error, now());
      if (error instanceof TokenUnavailableError) throw new GraphRequestError(failure.reason, 0, failure.code);
      const wait = retryDelayMs(policy, attempt, failure.retryAfter);
      if (!isRetryableStatus(failure.status) || attempt >= policy.maxAttempts || wait > policy.maxRetryAfterMs) {
        throw new GraphRequestError(failure.reason, failure.status, failure.code);
      }
      await policy.sleep(wait);
    }
  }
}
