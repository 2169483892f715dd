// Carries out reconcile's ReminderOps in a calendar through $batch, and says per case what happened.
//
// Every write is safe to send twice, which is what lets batch.ts resend anything whose answer was lost:
// a create carries a transactionId (fresh per create in this run, the same on each resend), so Graph
// makes the event once; a PATCH writes the same values again; a DELETE of a gone event answers 404,
// which counts as done.
import { type ExecuteResult, type ReminderOutcome } from "../gateway";
import { type DeleteReason, type DesiredEvent, type ReminderOps } from "../types";
import { runBatches, itemMessage, SHEET_NOTE, type BatchJob, type ItemAnswer, type Settled } from "./batch";
import { type GraphContext } from "./context";
import { eventPayload } from "./eventPayload";
import { randomUuid } from "../../support/randomUuid";

export interface ExecuteOptions {
  readonly workbookKey: string;
  readonly calendarId: string;
  /** a fresh id per create; default crypto.randomUUID */
  readonly newTransactionId?: () => string;
  readonly onProgress?: (done: number, total: number) => void;
}

const ok = (status: number) => status >= 200 && status < 300;

function eventIdOf(answer: ItemAnswer): string | undefined {
  const id = (answer.body as { id?: unknown } | null | undefined)?.id;
  return typeof id === "string" && id !== "" ? id : undefined;
}

const done = (result: ReminderOutcome): Settled<ReminderOutcome> => ({ kind: "done", result });

interface JobFactory {
  create(d: DesiredEvent, recreated: boolean): BatchJob<ReminderOutcome>;
  update(eventId: string, d: DesiredEvent): BatchJob<ReminderOutcome>;
  remove(eventId: string, caseKey: string, reason: DeleteReason): BatchJob<ReminderOutcome>;
}

function jobFactory(options: ExecuteOptions): JobFactory {
  const newTransactionId = options.newTransactionId ?? (() => randomUuid());
  const eventsUrl = `/me/calendars/${encodeURIComponent(options.calendarId)}/events`;
  const factory: JobFactory = {
    create(d, recreated) {
      const failed = (status: number, message: string): ReminderOutcome => ({ kind: "failed", caseKey: d.caseKey, op: "create", status, message });
      return {
        request: { method: "POST", url: eventsUrl, body: eventPayload(options.workbookKey, d, newTransactionId()) },
        settle(answer) {
          const eventId = eventIdOf(answer);
          if (ok(answer.status) && eventId !== undefined) return done({ kind: "created", caseKey: d.caseKey, eventId, hash: d.hash, recreated });
          return done(failed(answer.status, ok(answer.status) ? SHEET_NOTE({ kind: "createdWithoutId", status: answer.status }) : itemMessage(answer)));
        },
        fail: failed,
      };
    },
    update(eventId, d) {
      const failed = (status: number, message: string): ReminderOutcome => ({ kind: "failed", caseKey: d.caseKey, op: "update", eventId, status, message });
      return {
        request: { method: "PATCH", url: `/me/events/${encodeURIComponent(eventId)}`, body: eventPayload(options.workbookKey, d) },
        settle(answer) {
          // Deleted in Outlook since the listing (or never listed: an offline plan): make it again.
          if (answer.status === 404) return { kind: "then", job: factory.create(d, true) };
          if (ok(answer.status)) return done({ kind: "updated", caseKey: d.caseKey, eventId: eventIdOf(answer) ?? eventId, hash: d.hash });
          return done(failed(answer.status, itemMessage(answer)));
        },
        fail: failed,
      };
    },
    remove(eventId, caseKey, reason) {
      const failed = (status: number, message: string): ReminderOutcome => ({ kind: "failed", caseKey, op: "delete", eventId, status, message });
      return {
        request: { method: "DELETE", url: `/me/events/${encodeURIComponent(eventId)}` },
        settle(answer) {
          // 404: already gone (the user deleted it, or our earlier send landed and only the answer was lost).
          if (ok(answer.status) || answer.status === 404) return done({ kind: "deleted", caseKey, eventId, reason });
          return done(failed(answer.status, itemMessage(answer)));
        },
        fail: failed,
      };
    },
  };
  return factory;
}

/**
 * Runs the creates, updates and deletes of `ops` (in that order) and returns one outcome per write: a
 * create for each `ops.create` (marked `recreated` when reconcile listed it so), an update that met a
 * deleted event becomes a recreated create, a delete of an event already gone counts as deleted.
 */
export async function executeOps(ctx: GraphContext, ops: ReminderOps, options: ExecuteOptions): Promise<ExecuteResult> {
  const jobs = jobFactory(options);
  const recreated = new Set(ops.recreated);
  const run = await runBatches(
    ctx,
    [
      ...ops.create.map((d) => jobs.create(d, recreated.has(d.caseKey))),
      ...ops.update.map((u) => jobs.update(u.eventId, u.desired)),
      ...ops.delete.map((x) => jobs.remove(x.eventId, x.caseKey, x.reason)),
    ],
    options.onProgress,
  );
  return { outcomes: run.results, stats: run.stats, signInRequired: run.signInRequired !== undefined };
}
