// Sends jobs through JSON $batch: at most 20 per batch, one batch in flight, and each item retried on its
// own (429 after its Retry-After, 5xx and lost answers with backoff) because Graph answers a batch 200
// even when items inside it were throttled, and the SDK never retries inside a batch. A batch refused as
// a whole (424, 429, 503, no answer) sends its items again after the wait it asked for; one refused as
// too large (413) is sent again in halves.
import { type SignInRequiredError } from "../errors";
import { type WriteStats } from "../gateway";
import { IMMUTABLE_ID_PREFERENCE } from "./client";
import { type GraphContext } from "./context";
import { describeFailure, isRetryableStatus, retryAfterMs, retryDelayMs, signInRequiredOf } from "./retry";
import { calendarReasonText, type CalendarReason } from "../../problems/remindersCatalogue";

/**
 * A per-case failure note in our own words. Notes go to the sheet's 提醒錯誤 column, which is written in
 * the workbook's language (zh-TW, as its headers and values are); Graph's own answers stay as Graph sent them.
 */
export const SHEET_NOTE = (reason: CalendarReason): string => calendarReasonText(reason, "zh-TW");

/** Graph's limit on requests in one $batch. */
export const MAX_BATCH_SIZE = 20;

export interface JobRequest {
  readonly method: "GET" | "POST" | "PATCH" | "DELETE";
  /** relative to the version, e.g. `/me/events/AAMk…` */
  readonly url: string;
  readonly body?: unknown;
  /** extra headers (the immutable-id preference is always sent; a Prefer here is added to it) */
  readonly headers?: Readonly<Record<string, string>>;
}

/** A final answer to one item: its status, headers (names lower-cased) and parsed body. */
export interface ItemAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** What an answer means: a result, or another job to send in its place (an update of a deleted event → a create). */
export type Settled<R> = { readonly kind: "done"; readonly result: R } | { readonly kind: "then"; readonly job: BatchJob<R> };

/** One write. `request` is sent as is on every attempt (a create's transactionId is fixed in it). */
export interface BatchJob<R> {
  readonly request: JobRequest;
  /** a non-retryable answer (2xx, 404, 400 …) */
  settle(answer: ItemAnswer): Settled<R>;
  /** given up: retries used up, a Retry-After beyond the limit, or the whole batch refused */
  fail(status: number, message: string): R;
}

/** The core's write statistics, as this executor counts them. */
export type BatchStats = WriteStats;

export interface BatchRun<R> {
  readonly results: R[];
  readonly stats: BatchStats;
  /** set when the run stopped because the token needs the user; every job not done was given up */
  readonly signInRequired?: SignInRequiredError;
}

interface Pending<R> {
  readonly job: BatchJob<R>;
  readonly attempts: number;
}

interface BatchResponseJson {
  readonly responses?: readonly { readonly id?: unknown; readonly status?: unknown; readonly headers?: unknown; readonly body?: unknown }[];
}

function lowerCaseHeaders(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof headers !== "object" || headers === null) return out;
  for (const [k, v] of Object.entries(headers)) if (typeof v === "string") out[k.toLowerCase()] = v;
  return out;
}

function requestJson(id: string, request: JobRequest): Record<string, unknown> {
  const extraPrefer = request.headers?.Prefer;
  const headers: Record<string, string> = { ...request.headers, Prefer: extraPrefer === undefined ? IMMUTABLE_ID_PREFERENCE : `${IMMUTABLE_ID_PREFERENCE}, ${extraPrefer}` };
  if (request.body !== undefined) headers["Content-Type"] = "application/json";
  return { id, method: request.method, url: request.url, headers, ...(request.body === undefined ? {} : { body: request.body }) };
}

/** The answers of one batch by item id; an item Graph did not answer is missing. */
function answersById(json: unknown): Map<string, ItemAnswer> {
  const answers = new Map<string, ItemAnswer>();
  const responses = (json as BatchResponseJson | null)?.responses;
  if (!Array.isArray(responses)) return answers;
  for (const r of responses as BatchResponseJson["responses"] & object) {
    if (typeof r.id === "string" && typeof r.status === "number") answers.set(r.id, { status: r.status, headers: lowerCaseHeaders(r.headers), body: r.body });
  }
  return answers;
}

/**
 * Runs every job to a result, in order, up to `MAX_BATCH_SIZE` at a time with one batch in flight
 * (Outlook allows 4 concurrent requests per mailbox; one leaves room for the user's own Outlook). Items
 * to send again go to the front of the queue, after one wait: the longest any of them asked for, since
 * a throttled mailbox throttles whatever comes next too. Bounded: an item is given up after
 * `maxAttempts` failures of its own, everything left after `maxAttempts` whole batches lost in a row.
 * `onProgress(done, total)` after each batch.
 */
export async function runBatches<R>(ctx: GraphContext, jobs: readonly BatchJob<R>[], onProgress?: (done: number, total: number) => void): Promise<BatchRun<R>> {
  const policy = ctx.retry;
  const queue: Pending<R>[] = jobs.map((job) => ({ job, attempts: 0 }));
  const results: R[] = [];
  const total = jobs.length;
  const stats = { batches: 0, itemsSent: 0, retries: 0, throttled: 0, waitedMs: 0, largestBatch: 0, halved: 0 };
  let signInRequired: SignInRequiredError | undefined;

  const giveUp = (p: Pending<R>, status: number, message: string) => results.push(p.job.fail(status, message));
  // When a whole batch goes unanswered (timeout, dropped connection, 5xx on the envelope), every item in
  // it has to be sent again, and one slow or failing item is enough to lose the answers of all 20. So
  // the next batch is halved, and grows back by doubling once batches are answered again: under heavy
  // failure fewer items ride on each send, without failures it stays at 20.
  let batchSize = MAX_BATCH_SIZE;
  // Lowered by a 413: batches never grow back past what Graph refused as too large.
  let sizeCeiling = MAX_BATCH_SIZE;
  // Whole batches lost one after another; each item's own failures are counted in its `attempts`.
  let lostInARow = 0;

  while (queue.length > 0) {
    const chunk = queue.splice(0, batchSize);
    stats.batches++;
    stats.itemsSent += chunk.length;
    stats.largestBatch = Math.max(stats.largestBatch, chunk.length);
    const again: Pending<R>[] = [];
    let wait = 0;
    const retryLater = (p: Pending<R>, status: number, message: string, retryAfter: number | undefined) => {
      const attempts = p.attempts + 1;
      const delay = retryDelayMs(policy, attempts, retryAfter);
      if (status === 429) stats.throttled++;
      if (attempts >= policy.maxAttempts || delay > policy.maxRetryAfterMs) return giveUp(p, status, message);
      stats.retries++;
      wait = Math.max(wait, delay);
      again.push({ job: p.job, attempts });
    };

    let answers: Map<string, ItemAnswer> | undefined;
    try {
      const body = { requests: chunk.map((p, i) => requestJson(String(i + 1), p.job.request)) };
      answers = answersById(await ctx.client.api("/$batch").post(body));
      lostInARow = 0;
    } catch (error) {
      signInRequired = signInRequiredOf(error);
      if (signInRequired !== undefined) {
        // Only the user can give a token: nothing was sent, and nothing more can be until they sign in.
        for (const p of [...chunk, ...queue.splice(0)]) giveUp(p, 401, signInRequired.message);
        break;
      }
      const failure = describeFailure(error, ctx.now());
      if (failure.status === 413) {
        // Too large (Graph limits a batch's bytes as well as its 20 items): the same items in halves, at
        // once, since nothing was throttled; batches stay at most that size from now on. One item alone
        // too large fails by itself, and the others go on.
        if (chunk.length > 1) {
          stats.halved++;
          sizeCeiling = Math.max(1, Math.floor(chunk.length / 2));
          batchSize = sizeCeiling;
          queue.unshift(...chunk);
        } else {
          for (const p of chunk) giveUp(p, failure.status, failure.message);
        }
        onProgress?.(Math.min(results.length, total), total);
        continue;
      }
      lostInARow++;
      const delay = retryDelayMs(policy, lostInARow, failure.retryAfter);
      if (!isRetryableStatus(failure.status) || lostInARow >= policy.maxAttempts || delay > policy.maxRetryAfterMs) {
        // Refused (401 expired token, 403, 400) or Graph unreachable for maxAttempts batches in a row:
        // the rest would fare no better.
        for (const p of [...chunk, ...queue.splice(0)]) giveUp(p, failure.status, failure.message);
        break;
      }
      // Any item may or may not have run; every write we send is safe to send again (see execute.ts).
      // The items' own budgets are not charged: the failure was the batch's, and is bounded above.
      if (failure.status === 429) stats.throttled++;
      stats.retries += chunk.length;
      wait = delay;
      again.push(...chunk);
      // 429 on the envelope is the mailbox saying "slow down", not a lost answer: keep the size.
      if (failure.status !== 429) batchSize = Math.max(1, Math.floor(chunk.length / 2));
    }

    if (answers !== undefined) {
      batchSize = Math.min(sizeCeiling, batchSize * 2);
      const byId = answers;
      chunk.forEach((p, i) => {
        const answer = byId.get(String(i + 1));
        if (answer === undefined) return retryLater(p, 0, SHEET_NOTE({ kind: "batchItemUnanswered" }), undefined);
        if (isRetryableStatus(answer.status)) {
          return retryLater(p, answer.status, itemMessage(answer), retryAfterMs(answer.headers["retry-after"], ctx.now()));
        }
        const settled = p.job.settle(answer);
        if (settled.kind === "done") results.push(settled.result);
        else again.push({ job: settled.job, attempts: 0 });
      });
    }

    onProgress?.(Math.min(results.length, total), total);
    if (again.length === 0) continue;
    if (wait > 0) {
      stats.waitedMs += wait;
      await policy.sleep(wait);
    }
    queue.unshift(...again);
  }
  return { results, stats, ...(signInRequired === undefined ? {} : { signInRequired }) };
}

/** `404 ErrorItemNotFound: The specified object was not found in the store.` from an item's error body. */
export function itemMessage(answer: ItemAnswer): string {
  const error = (answer.body as { error?: { code?: unknown; message?: unknown } } | null | undefined)?.error;
  const code = typeof error?.code === "string" ? ` ${error.code}` : "";
  const message = typeof error?.message === "string" ? `: ${error.message}` : "";
  return `${answer.status}${code}${message}`;
}
