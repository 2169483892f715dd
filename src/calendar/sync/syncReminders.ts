// One reminder sync: read the workbook, plan, list the calendar, reconcile, write, and record the results
// in the workbook in one store update.
import { fail, ok, type Result } from "../../domain";
import { type WorkbookData, type WorkbookStore } from "../../workbook/model";
import { type CalendarChoice, type CalendarGateway } from "../graph/gateway";
import { type BatchStats } from "../graph/batch";
import { type MeterTotals } from "../graph/meter";
import { GraphRequestError } from "../graph/retry";
import { caseKeyOf, releasedCases } from "../plan";
import { hasWrites, reconcile } from "../reconcile";
import { type RecordedEvent, type ReminderOps } from "../types";
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
  /** events found by their tags that the sheet had not recorded */
  readonly adopted: number;
  readonly errors: readonly SyncError[];
  /** Graph requests of this sync (calendar lookup, listing, batches) */
  readonly requests: MeterTotals;
  readonly batches: BatchStats | null;
  /** whether the workbook was written (the key on a first sync, and the results) */
  readonly workbookWritten: boolean;
  readonly wallMs: number;
}

const NO_OPS: ReminderOps = { create: [], update: [], delete: [], unchanged: [], recreated: [], adopted: [], forgotten: [] };

function graphFailure(error: unknown, doing: string): Result<never> {
  if (error instanceof GraphRequestError) return fail(`${doing}失敗（Microsoft Graph：${error.message}）`);
  throw error;
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
      if (!(error instanceof GraphRequestError && error.status === 404)) throw error;
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
 * to reach the calendar, or to write the results back is the Result's error.
 */
export async function syncReminders(store: WorkbookStore, gateway: CalendarGateway, options: SyncOptions = {}): Promise<Result<SyncSummary>> {
  const now = options.now ?? (() => new Date());
  const started = now().getTime();
  const mark = gateway.mark();
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

  let calendar;
  let existing;
  try {
    calendar = await resolveCalendar(gateway, data, options.calendar);
    existing = await gateway.listEvents(calendar.id, workbookKey);
  } catch (error) {
    return graphFailure(error, "讀取行事曆");
  }

  const recordsTrusted = !keyCreated && data.settings.reminderCalendarId === calendar.id;
  const recorded = recordsTrusted ? recordedOf(data, workbookKey) : new Map<string, RecordedEvent>();
  const ops = reconcile(desired, recorded, existing, { workbookKey, released: releasedCases(data.cases, workbookKey) });

  let outcomes: SyncOutcome["outcomes"] = [];
  let batches: BatchStats | null = null;
  if (hasWrites(ops)) {
    try {
      const result = await gateway.execute(ops, { calendarId: calendar.id, workbookKey, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
      outcomes = result.outcomes;
      batches = result.stats;
    } catch (error) {
      return graphFailure(error, "寫入行事曆");
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
    if (!written.ok) return fail(`提醒已寫入行事曆，但結果無法寫回活頁簿：${written.error}（下次同步會依行事曆中的標記補回）`);
    workbookWritten = true;
  }

  const caseIdOf = new Map(desired.map((d) => [d.caseKey, d.caseId]));
  const count = (kind: (typeof outcomes)[number]["kind"]) => outcomes.filter((o) => o.kind === kind).length;
  return ok({
    workbookKey,
    keyCreated,
    calendar,
    created: count("created"),
    updated: count("updated"),
    deleted: count("deleted"),
    unchanged: ops.unchanged.length,
    recreated: outcomes.filter((o) => o.kind === "created" && o.recreated).length,
    adopted: ops.adopted.length,
    errors: outcomes.flatMap((o) => (o.kind === "failed" ? [{ caseId: caseIdOf.get(o.caseKey) ?? o.caseKey.slice(workbookKey.length + 1), message: o.message }] : [])),
    requests: gateway.usage(mark),
    batches,
    workbookWritten,
    wallMs: now().getTime() - started,
  });
}
