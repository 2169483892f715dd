// What a sync writes back to the workbook: per case the event id, synced hash, time and error; a 提醒重建
// history row per recreated reminder; the calendar in 設定. Pure: computed on the data the store hands
// the update, so edits made during the sync are kept.
import { isoDateInZone, type IsoDate } from "../../domain";
import { caseKeyOf } from "../plan";
import { type ReminderOps } from "../types";
import { type ReminderOutcome } from "../gateway";
import { type CaseRow, type HistoryRow, type SettingsRow, type WorkbookChanges, type WorkbookData } from "../../workbook/model";
import { canonicalInstant } from "../../workbook/excelDate";

/** What the sheet should remember about one case's reminder after this sync. */
export interface CaseRecord {
  readonly eventId: string;
  readonly hash: string;
  readonly error: string;
}

const CLEARED: CaseRecord = { eventId: "", hash: "", error: "" };

export interface SyncOutcome {
  readonly workbookKey: string;
  readonly calendar: { readonly id: string; readonly name: string };
  /** false when the sheet's records were for another calendar (or key) and so were not used */
  readonly recordsTrusted: boolean;
  /** the records the reconcile started from (empty when not trusted) */
  readonly recorded: ReadonlyMap<string, { readonly eventId: string; readonly hash: string }>;
  readonly desiredHash: ReadonlyMap<string, string>;
  readonly ops: ReminderOps;
  readonly outcomes: readonly ReminderOutcome[];
}

/**
 * Per case key, the record after the sync; a key not in the map keeps what the sheet has. Failures keep
 * what is still true (an update that failed leaves the old event; a delete that failed leaves it too)
 * and say why in the error, so the next sync tries again.
 */
export function caseRecords(outcome: SyncOutcome): Map<string, CaseRecord> {
  const records = new Map<string, CaseRecord>();
  const { ops, recorded, desiredHash } = outcome;
  const adopted = new Map(ops.adopted.map((a) => [a.caseKey, a.eventId]));
  for (const caseKey of ops.unchanged) {
    const eventId = adopted.get(caseKey) ?? recorded.get(caseKey)?.eventId;
    if (eventId !== undefined) records.set(caseKey, { eventId, hash: desiredHash.get(caseKey) ?? "", error: "" });
  }
  for (const caseKey of ops.forgotten) records.set(caseKey, CLEARED);
  for (const o of outcome.outcomes) {
    switch (o.kind) {
      case "created":
      case "updated":
        records.set(o.caseKey, { eventId: o.eventId, hash: o.hash, error: "" });
        break;
      case "deleted":
        // A duplicate's case keeps its reminder (the event kept); other deletions end the case's reminder.
        if (o.reason !== "duplicate") records.set(o.caseKey, CLEARED);
        break;
      case "failed": {
        const before = recorded.get(o.caseKey);
        const kept =
          o.op === "create"
            ? { eventId: "", hash: "" }
            : { eventId: records.get(o.caseKey)?.eventId ?? o.eventId ?? "", hash: before !== undefined && before.eventId === o.eventId ? before.hash : "" };
        const what = o.op === "create" ? "建立" : o.op === "update" ? "更新" : "刪除";
        records.set(o.caseKey, { ...kept, error: `提醒${what}失敗：${o.message}` });
        break;
      }
    }
  }
  return records;
}

export interface WriteBackOptions {
  /** the sync's time, ISO; also the 提醒同步時間 of every row written */
  readonly at: string;
  /** 記錄者 of the 提醒重建 rows */
  readonly by: string;
}

function syncDay(at: string, settings: SettingsRow): IsoDate | null {
  for (const zone of [settings.timeZone, "Asia/Taipei"]) {
    try {
      return isoDateInZone(new Date(at), zone);
    } catch {
      // an unknown zone in 設定: fall back to Taipei, where the reminders are
    }
  }
  return null;
}

/**
 * The changes to write on `data` (fresh from the store): only rows whose record differs, so a sync that
 * changed nothing writes nothing. When the records were not trusted, a row still holding an id from
 * the old calendar and given nothing new is cleared, since its id means nothing in the new calendar.
 */
export function writeBackChanges(data: WorkbookData, outcome: SyncOutcome, options: WriteBackOptions): WorkbookChanges {
  const records = caseRecords(outcome);
  const cases: CaseRow[] = [];
  for (const row of data.cases) {
    const caseKey = caseKeyOf(outcome.workbookKey, row.caseId);
    const next = records.get(caseKey) ?? (!outcome.recordsTrusted && row.reminderEventId !== "" ? CLEARED : undefined);
    if (next === undefined) continue;
    if (next.eventId === row.reminderEventId && next.hash === row.reminderHash && next.error === row.reminderError) continue;
    cases.push({ ...row, reminderEventId: next.eventId, reminderHash: next.hash, reminderError: next.error, reminderSyncedAt: canonicalInstant(options.at) });
  }

  const history: HistoryRow[] = [];
  if (outcome.recordsTrusted) {
    const rows = new Map(data.cases.map((c) => [caseKeyOf(outcome.workbookKey, c.caseId), c]));
    for (const o of outcome.outcomes) {
      const row = o.kind === "created" && o.recreated ? rows.get(o.caseKey) : undefined;
      if (row === undefined) continue;
      history.push({
        caseId: row.caseId,
        meeting: row.meeting,
        date: syncDay(options.at, data.settings),
        event: "reminder-recreated",
        detail: "Outlook 行事曆中的提醒已被刪除，同步時重新建立",
        by: options.by,
        at: canonicalInstant(options.at),
      });
    }
  }

  const s = data.settings;
  const settings: { -readonly [K in keyof SettingsRow]?: SettingsRow[K] } = {};
  if (s.workbookKey !== outcome.workbookKey) settings.workbookKey = outcome.workbookKey;
  if (s.reminderCalendar !== outcome.calendar.name) settings.reminderCalendar = outcome.calendar.name;
  if (s.reminderCalendarId !== outcome.calendar.id) settings.reminderCalendarId = outcome.calendar.id;

  return { meetings: [], cases, history, ...(Object.keys(settings).length > 0 ? { settings } : {}) };
}
