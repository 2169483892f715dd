// Fault injection, programmable from tests: a queue of next faults and/or a seeded random rate, per HTTP
// request or per item inside a $batch.
import { seededRandom } from "./prng";

/** An error status instead of (or, with afterCommit, after) doing the work. 429, 424 and 503 may carry Retry-After. */
export interface StatusFault {
  kind: "status";
  status: 413 | 424 | 429 | 500 | 503 | 504;
  retryAfterSeconds?: number;
  /** Retry-After exactly as written (Graph's `2.128`, an HTTP date); wins over retryAfterSeconds */
  retryAfter?: string;
  /** Apply the request first, then answer with the error (e.g. a gateway timeout after the write landed). */
  afterCommit?: boolean;
}

/**
 * No answer: the socket is destroyed after `delayMs` (default 0). With afterCommit the work is done first:
 * the "timeout after commit" a client can only survive by retrying idempotently. Inside a batch it drops the
 * whole $batch response (the other items still run).
 */
export interface DropFault {
  kind: "drop";
  afterCommit: boolean;
  delayMs?: number;
}

/** A 200 whose body is replaced by `body` (a listing answered `{ value: null }`, `null`, …). Plain requests only. */
export interface BodyFault {
  kind: "body";
  body: unknown;
}

/** A listing (a GET with a `value` array) that leaves out these event ids: a lagging index. Plain requests only. */
export interface LagFault {
  kind: "lag";
  hide: readonly string[];
}

export type Fault = StatusFault | DropFault | BodyFault | LagFault;

/** `request`: a top-level HTTP request (a $batch POST included); `batchItem`: one request inside a $batch. */
export type FaultScope = "request" | "batchItem";

export interface FaultMatch {
  scope?: FaultScope;
  method?: string;
  /** Tested against the path after the version, e.g. `/me/calendars/AAMk…/events`. */
  path?: RegExp;
}

export interface RandomFaults {
  seed: number;
  /** Probability in [0, 1] that a matching request draws a fault. */
  rate: number;
  /** Drawn uniformly. */
  faults: readonly Fault[];
  /** Without a scope, both plain requests and batch items draw. */
  match?: FaultMatch;
}

export interface FaultTarget {
  scope: FaultScope;
  method: string;
  path: string;
}

interface Queued {
  fault: Fault;
  match: FaultMatch;
}

const matches = (m: FaultMatch, t: FaultTarget): boolean =>
  (m.scope ?? "request") === t.scope && (m.method === undefined || m.method.toUpperCase() === t.method) && (m.path === undefined || m.path.test(t.path));

export class FaultInjector {
  private queue: Queued[] = [];
  private randomConfig: (RandomFaults & { next: () => number }) | undefined;
  /** Faults handed out so far (queued and random). */
  injected = 0;

  /** The next matching request gets `fault` (scope defaults to `request`). Queued faults go before random ones. */
  enqueue(fault: Fault, match: FaultMatch = {}): this {
    this.queue.push({ fault, match });
    return this;
  }

  /** Starts (or with undefined stops) seeded random faults. */
  random(config: RandomFaults | undefined): this {
    this.randomConfig = config && { ...config, next: seededRandom(config.seed) };
    return this;
  }

  clear(): void {
    this.queue = [];
    this.randomConfig = undefined;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** The fault for this request, if any; consumes a queued one. */
  draw(target: FaultTarget): Fault | undefined {
    const index = this.queue.findIndex((q) => matches(q.match, target));
    if (index >= 0) {
      const [queued] = this.queue.splice(index, 1);
      this.injected++;
      return queued?.fault;
    }
    const r = this.randomConfig;
    if (!r || !matches({ scope: target.scope, ...r.match }, target)) return undefined;
    // Two draws per request, always, so the sequence does not depend on which faults are configured.
    const hit = r.next() < r.rate;
    const pick = r.faults[Math.floor(r.next() * r.faults.length)];
    if (!hit || !pick) return undefined;
    this.injected++;
    return pick;
  }
}
