// The retry policy's arithmetic: Retry-After in both forms, backoff with full jitter, what is retryable.
import { DEFAULT_RETRY_POLICY, isRetryableStatus, parseHttpDate, retryAfterMs, retryDelayMs, withRetry } from "../../../src/calendar/graph/retry";
import { TokenUnavailableError } from "../../../src/calendar/graph/client";
import { MalformedListingError, SignInRequiredError } from "../../../src/calendar/errors";
import { nextPath } from "../../../src/calendar/graph/context";
import { splitBaseUrl } from "../../../src/calendar/graph/client";
import { GraphError } from "@microsoft/microsoft-graph-client";

const NOW = Date.UTC(2026, 0, 5, 1, 0, 0);

describe("Retry-After: seconds (with Graph's decimals) and the three HTTP-date forms, nothing else", () => {
  test.each<[string | null, number | undefined]>([
    ["7", 7000],
    ["0", 0],
    [" 12 ", 12_000],
    // Graph's own sample value, and decimals that must never be read as dates (2.5 was 2001-02-05)
    ["2.128", 2128],
    ["2.5", 2500],
    ["1.1", 1100],
    ["0.0001", 1],
    ["Mon, 05 Jan 2026 01:00:30 GMT", 30_000],
    ["Mon, 05 Jan 2026 00:59:00 GMT", 0],
    // RFC 850 and asctime, which a recipient must accept
    ["Monday, 05-Jan-26 01:00:45 GMT", 45_000],
    ["Mon Jan  5 01:01:00 2026", 60_000],
    // what Date.parse would take but HTTP does not
    ["2026-01-05T01:00:30Z", undefined],
    ["5 Jan 2026", undefined],
    ["Mon, 31 Feb 2026 01:00:30 GMT", undefined],
    ["-3", undefined],
    ["soon", undefined],
    ["", undefined],
    [null, undefined],
  ])("%p → %p ms", (value, expected) => {
    expect(retryAfterMs(value, NOW)).toBe(expected);
  });

  test("an RFC 850 two-digit year is taken within 50 years of now", () => {
    expect(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT", NOW)).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
    expect(parseHttpDate("Thursday, 06-Nov-70 08:49:37 GMT", NOW)).toBe(Date.UTC(2070, 10, 6, 8, 49, 37));
  });
});

describe("backoff", () => {
  const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1000, maxDelayMs: 8000, random: () => 0.999 };
  test("doubles per attempt up to the ceiling, jittered below it", () => {
    expect([1, 2, 3, 4, 5, 6].map((a) => retryDelayMs(policy, a, undefined))).toEqual([999, 1998, 3996, 7992, 7992, 7992]);
  });
  test("a Retry-After wins over backoff", () => {
    expect(retryDelayMs(policy, 5, 2000)).toBe(2000);
    expect(retryDelayMs(policy, 1, 2128)).toBe(2128);
  });
  test("never an immediate resend: a jitter of 0, a Retry-After of 0 or a past date wait the minimum", () => {
    expect(retryDelayMs({ ...policy, random: () => 0 }, 4, undefined)).toBe(DEFAULT_RETRY_POLICY.minDelayMs);
    expect(retryDelayMs(policy, 1, 0)).toBe(DEFAULT_RETRY_POLICY.minDelayMs);
    expect(DEFAULT_RETRY_POLICY.minDelayMs).toBeGreaterThan(0);
  });
});

test.each([
  [424, true],
  [429, true],
  [500, true],
  [502, true],
  [503, true],
  [504, true],
  [0, true],
  [400, false],
  [401, false],
  [403, false],
  [404, false],
  [409, false],
])("status %i retryable: %p", (status, expected) => {
  expect(isRetryableStatus(status)).toBe(expected);
});

describe("withRetry", () => {
  test("retries a lost answer and a 503, then returns", async () => {
    const sleeps: number[] = [];
    const policy = { ...DEFAULT_RETRY_POLICY, random: () => 0.5, sleep: (ms: number) => (sleeps.push(ms), Promise.resolve()) };
    const failures = [new GraphError(-1, "fetch failed"), Object.assign(new GraphError(503, "busy"), { headers: new Headers({ "Retry-After": "4" }) })];
    let calls = 0;
    const value = await withRetry(policy, () => {
      calls++;
      const failure = failures.shift();
      return failure === undefined ? Promise.resolve("done") : Promise.reject(failure);
    }, () => NOW);
    expect([value, calls, sleeps]).toEqual(["done", 3, [500, 4000]]);
  });

  test("does not retry a 400 and says what Graph said", async () => {
    const policy = { ...DEFAULT_RETRY_POLICY, sleep: () => Promise.reject(new Error("must not sleep")) };
    const error = Object.assign(new GraphError(400, "Invalid filter clause"), { code: "BadRequest" });
    await expect(withRetry(policy, () => Promise.reject(error))).rejects.toMatchObject({
      name: "GraphRequestError",
      status: 400,
      reason: { kind: "status", status: 400, code: "BadRequest", message: "Invalid filter clause" },
      message: "Microsoft Graph 回應 400：「BadRequest: Invalid filter clause」",
    });
  });
});

describe("a token only the user can give stops at once", () => {
  test("withRetry rethrows SignInRequiredError without a retry or a sleep", async () => {
    const policy = { ...DEFAULT_RETRY_POLICY, sleep: () => Promise.reject(new Error("must not sleep")) };
    let calls = 0;
    const error: unknown = await withRetry(policy, () => {
      calls++;
      return Promise.reject(new TokenUnavailableError(new SignInRequiredError()));
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInRequiredError);
    expect(calls).toBe(1);
  });

  test("another failure to get a token is final, not resent", async () => {
    const policy = { ...DEFAULT_RETRY_POLICY, sleep: () => Promise.reject(new Error("must not sleep")) };
    await expect(withRetry(policy, () => Promise.reject(new TokenUnavailableError(new Error("MSAL network error"))))).rejects.toMatchObject({
      name: "GraphRequestError",
      reason: { kind: "tokenUnavailable", detail: "MSAL network error" },
    });
  });
});

describe("URLs", () => {
  test("a nextLink is cut to our base; one elsewhere is refused", () => {
    const ctx = { baseUrl: "http://127.0.0.1:4000/v1.0" };
    expect(nextPath(ctx, "http://127.0.0.1:4000/v1.0/me/events?$skip=10")).toBe("/me/events?$skip=10");
    expect(() => nextPath(ctx, "https://evil.example/v1.0/me/events")).toThrow(MalformedListingError);
  });
  test("the base URL splits into origin and version", () => {
    expect(splitBaseUrl("https://graph.microsoft.com/v1.0")).toEqual({ origin: "https://graph.microsoft.com", version: "v1.0" });
    expect(splitBaseUrl("http://127.0.0.1:4000/v1.0/")).toEqual({ origin: "http://127.0.0.1:4000", version: "v1.0" });
    expect(() => splitBaseUrl("http://127.0.0.1:4000/")).toThrow(RangeError);
  });
});
