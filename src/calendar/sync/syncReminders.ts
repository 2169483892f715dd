// One reminder sync: read the workbook, plan, list the calendar (checked: a listing that lacks recorded
// events is verified by looking them up), reconcile, write, and record the results in the workbook in
// one store update. Depends on the calendar core's gateway interface only, never on an adapter.
import { fail, ok, type Failure, type Result } from "../../domain";
import { problem } from "../../problems";
import { type WorkbookData, type WorkbookStore } from "../../workbook/model";
import { CalendarServiceError, MalformedListingError, SignInRequiredError } from "../errors";
import { type CalendarChoice, type CalendarGateway, type CalendarInfo, type EventLookup, type WriteStats } from "../gateway";
import { caseKeyOf, releasedCases } from "../plan";
import { hasWrites, reconcile } from "../reconcile";
import { type ExistingEvent, type RecordedEvent, type ReminderOps } from "../types";
import { leadContactOf } from "./attendees";
import { desiredReminders } from "./desiredReminders";
import { workbookKeyFor } from "./workbookKey";
import { writeBackChanges, type SyncOutcome } from "./writeBack";

export interface SyncOptions {
  /** a calendar the user picked (id) or named; default 設定 提醒行事曆 (its recorded id first) */
  readonly calendar?: CalendarChoice;
  /** invite each case's lead division contact (sends invitations; off by default) */
  readonly inviteLead?: boolean;
  /** 記錄者 of 提醒重建 history rows */
  readonly by?: string;
  readonly now?: () => Date;
  readonly newWorkbookKey?: () => string;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface SyncError {
  readonly caseId: string;
  readonly message: string;
}

export interface SyncSummary {
  readonly workbookKey: string;
  readonly keyCreated: boolean;
  readonly calendar: { readonly id: string; readonly name: string; readonly created: boolean };
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
  readonly unchanged: number;
  /** of `created`: reminders deleted in Outlook and made again */
  readonly recreated: number;
  /** of `updated`: events edited in Outlook (moved, renamed, reminder off) and put back: 「已校正」 */
  readonly corrected: number;
  /** events found by their tags that the sheet had not recorded */
  readonly adopted: number;
  /** recorded events the listing lacked but a lookup by id found (the listing lagged): left alone */
  readonly lagging: number;
  readonly errors: readonly SyncError[];
  readonly batches: WriteStats | null;
  /** whether the workbook was written (the key on a first sync, and the results) */
  readonly workbookWritten: boolean;
  readonly wallMs: number;
}

/**
 * The sync stopped because only the user can give a token (first sign-in, expired session, consent to
 * renew): nothing more was sent, and the pane shows 「登入」. `partial` is what was done before, when
 * the stop came during the writes (and was recorded in the workbook); null when it came before any.
 */
export interface SignInRequiredFailure extends Failure {
  readonly signInRequired: true;
  readonly partial: SyncSummary | null;
}

/** What a sync ends with: the summary, a failure that wrote nothing to the calendar, or a stop for sign-in. */
export type SyncResult = Result<SyncSummary> | SignInRequiredFailure;

/** True when the sync stopped to ask the user to sign in. */
export function needsSignIn(result: SyncResult): result is SignInRequiredFailure {
  return !result.ok && "signInRequired" in result;
}

const NO_OPS: ReminderOps = { create: [], update: [], delete: [], unchanged: [], recreated: [], adopted: [], forgotten: [], corrected: [] };

function signInStop(partial: SyncSummary | null): SignInRequiredFailure {
  return { ...fail(problem("reminders.signInRequired", {})), signInRequired: true, partial };
}

function calendarFailure(error: unknown, doing: "read" | "write"): SyncResult {
  if (error instanceof SignInRequiredError) return signInStop(null);
  if (error instanceof MalformedListingError) return fail(problem("reminders.listingUntrusted", { doing, reason: error.reason }));
  if (error instanceof CalendarServiceError) return fail(problem("reminders.graphFailed", { doing, reason: error.reason }));
  throw error;
}

/**
 * The listing, checked against the sheet. Recorded events the listing lacks are looked up by id: gone
 * (404) ones stay missing, so reconcile recreates them (提醒重建); found ones were only missing from a
 * lagging listing and join it under their recorded case. A listing with none of the recorded events
 * while some of them are still there is not a lag but a broken answer.
 *
 * @throws MalformedListingError for that broken answer; whatever the gateway throws
 */
async function checkedListing(
  gateway: CalendarGateway,
  calendarId: string,
  listed: readonly ExistingEvent[],
  recorded: ReadonlyMap<string, RecordedEvent>,
): Promise<{ existing: ExistingEvent[]; lagging: number }> {
  const listedIds = new Set(listed.map((e) => e.id));
  const missing = [...recorded].filter(([, r]) => !listedIds.has(r.eventId));
  if (missing.length === 0) return { existing: [...listed], lagging: 0 };
  const lookups: Map<string, EventLookup> = await gateway.lookupEvents(
    calendarId,
    missing.map(([, r]) => r.eventId),
  );
  const found: ExistingEvent[] = [];
  for (const [caseKey, r] of missing) {
    const lookup = lookups.get(r.eventId);
    if (lookup === undefined) throw new CalendarServiceError({ kind: "lookupUnanswered", eventId: r.eventId, status: 0 }, 0, undefined);
    // Under the recorded case: that is why we asked. The hash counts only when the tag says the same case.
    if (lookup.kind === "found") {
      const { id, lastModified, hash, observed } = lookup.event;
      const tagged = lookup.event.caseKey === caseKey;
      found.push({
        id,
        caseKey,
        ...(lastModified === undefined ? {} : { lastModified }),
        ...(tagged && hash !== undefined ? { hash } : {}),
        ...(observed === undefined ? {} : { observed }),
      });
    }
  }
  if (listed.length === 0 && found.length > 0) {
    throw new MalformedListingError({ kind: "emptyButRecorded", count: found.length });
  }
  return { existing: [...listed, ...found], lagging: found.length };
}

/** The sheet's records keyed by case key, trusted only for the calendar and key they were made with. */
function recordedOf(data: WorkbookData, workbookKey: string): Map<string, RecordedEvent> {
  const recorded = new Map<string, RecordedEvent>();
  for (const c of data.cases) {
    if (c.reminderEventId !== "") recorded.set(caseKeyOf(workbookKey, c.caseId), { eventId: c.reminderEventId, hash: c.reminderHash });
  }
  return recorded;
}

/** The calendar to use: an explicit choice, else the recorded one (by id, falling back to its name). */
async function resolveCalendar(gateway: CalendarGateway, data: WorkbookData, choice: CalendarChoice | undefined) {
  const s = data.settings;
  const wanted: CalendarChoice = choice ?? { name: s.reminderCalendar };
  if ("name" in wanted && s.reminderCalendarId !== "" && wanted.name === s.reminderCalendar) {
    // The user may have renamed the calendar in Outlook: the id recorded last time still finds it.
    try {
      return await gateway.resolveCalendar({ id: s.reminderCalendarId });
    } catch (error) {
      if (!(error instanceof CalendarServiceError && error.status === 404)) throw error;
    }
  }
  return gateway.resolveCalendar(wanted);
}

/**
 * Syncs the workbook's reminders to the calendar. Nothing changed since the last sync → only reads
 * (the calendar lookup and the listing), no calendar write and no workbook write. Events are matched
 * by their tags as well as by the ids in the sheet, so a sync whose write-back was lost is repaired by
 * the next one instead of duplicated. When the calendar is not the one the sheet's ids were recorded
 * for, the ids are ignored (and cleared) and no 提醒重建 is written: the reminders are new there.
 *
 * Failures of single reminders are in `errors` (and the 提醒錯誤 column); failing to read the workbook,
 * to reach the calendar, or to write the results back is the Result's error. A listing that cannot be
 * trusted is an error too, and nothing is written. Needing the user to sign in stops the sync with a
 * SignInRequiredFailure: the gateway's token path never opens a window on its own.
 */
export async function syncReminders(store: WorkbookStore, gateway: CalendarGateway, options: SyncOptions = {}): Promise<SyncResult> {
  const now = options.now ?? (() => new Date());
  const started = now().getTime();
  const read = await store.read();
  if (!read.ok) return read;
  let data = read.value;

  const key = await workbookKeyFor(store, data, options.newWorkbookKey);
  if (!key.ok) return key;
  const keyCreated = key.value.created;
  let workbookWritten = keyCreated;
  const workbookKey = key.value.key;
  if (data.settings.workbookKey !== workbookKey) data = { ...data, settings: { ...data.settings, workbookKey } };

  const planned = desiredReminders(data, workbookKey, options.inviteLead === true ? leadContactOf(data) : undefined);
  if (!planned.ok) return planned;
  const desired = planned.value;

  let calendar: CalendarInfo & { readonly created: boolean };
  let existing: ExistingEvent[];
  let lagging = 0;
  let recordsTrusted = false;
  let recorded = new Map<string, RecordedEvent>();
  try {
    calendar = await resolveCalendar(gateway, data, options.calendar);
    recordsTrusted = !keyCreated && data.settings.reminderCalendarId === calendar.id;
    if (recordsTrusted) recorded = recordedOf(data, workbookKey);
    const checked = await checkedListing(gateway, calendar.id, await gateway.listEvents(calendar.id, workbookKey), recorded);
    existing = checked.existing;
    lagging = checked.lagging;
  } catch (error) {
    return calendarFailure(error, "read");
  }

  const ops = reconcile(desired, recorded, existing, { workbookKey, released: releasedCases(data.cases, workbookKey) });

  let outcomes: SyncOutcome["outcomes"] = [];
  let batches: WriteStats | null = null;
  let stoppedForSignIn = false;
  if (hasWrites(ops)) {
    try {
      const result = await gateway.execute(ops, { calendarId: calendar.id, workbookKey, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
      outcomes = result.outcomes;
      batches = result.stats;
      stoppedForSignIn = result.signInRequired;
    } catch (error) {
      return calendarFailure(error, "write");
    }
  } else {
    options.onProgress?.(0, 0);
  }

  const outcome: SyncOutcome = {
    workbookKey,
    calendar: { id: calendar.id, name: calendar.name },
    recordsTrusted,
    recorded,
    desiredHash: new Map(desired.map((d) => [d.caseKey, d.hash])),
    ops: hasWrites(ops) ? ops : { ...NO_OPS, unchanged: ops.unchanged, adopted: ops.adopted, forgotten: ops.forgotten },
    outcomes,
  };
  const at = now().toISOString();
  const writeOptions = { at, by: options.by ?? "" };
  const preview = writeBackChanges(data, outcome, writeOptions);
  const nothingToWrite = preview.cases.length === 0 && preview.history.length === 0 && preview.settings === undefined;
  if (!nothingToWrite) {
    const written = await store.update((fresh) => ok({ changes: writeBackChanges(fresh, outcome, writeOptions), result: true }));
    if (!written.ok) return fail(problem("reminders.writeBackFailed", { detail: written.error, ...(written.problem === undefined ? {} : { cause: written.problem }) }));
    workbookWritten = true;
  }

  const caseIdOf = new Map(desired.map((d) => [d.caseKey, d.caseId]));
  const count = (kind: (typeof outcomes)[number]["kind"]) => outcomes.filter((o) => o.kind === kind).length;
  const corrected = new Set(ops.corrected);
  const summary: SyncSummary = {
    workbookKey,
    keyCreated,
    calendar,
    created: count("created"),
    updated: count("updated"),
    deleted: count("deleted"),
    unchanged: ops.unchanged.length,
    recreated: outcomes.filter((o) => o.kind === "created" && o.recreated).length,
    corrected: outcomes.filter((o) => o.kind === "updated" && corrected.has(o.caseKey)).length,
    adopted: ops.adopted.length,
    lagging,
    errors: outcomes.flatMap((o) => (o.kind === "failed" ? [{ caseId: caseIdOf.get(o.caseKey) ?? o.caseKey.slice(workbookKey.length + 1), message: o.message }] : [])),
    batches,
    workbookWritten,
    wallMs: now().getTime() - started,
  };
  return stoppedForSignIn ? signInStop(summary) : ok(summary);
}
