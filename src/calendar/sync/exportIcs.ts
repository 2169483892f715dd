// The .ics export for calendars Graph cannot reach (Google, Apple, another Outlook): the same reminders
// the sync would make, with UIDs from the workbook key so a re-import updates instead of duplicating.
import { fail, ok, type IsoDate, type Result } from "../../domain";
import { type WorkbookData, type WorkbookStore } from "../../workbook/model";
import { toIcs } from "../ics";
import { planReminders } from "../plan";
import { DEFAULT_CALENDAR_NAME } from "./defaults";
import { ensureWorkbookKey, randomWorkbookKey } from "./workbookKey";

export interface IcsExport {
  readonly ics: string;
  readonly events: number;
  readonly workbookKey: string;
  /** true when this export made the workbook's key (and saved it) */
  readonly keyCreated: boolean;
}

export interface IcsExportOptions {
  /** the export time: DTSTAMP and SEQUENCE */
  readonly now: Date;
  /** X-WR-CALNAME; default 設定 提醒行事曆, else 會議列管 */
  readonly calendarName?: string;
}

/** The .ics text for `data` under `workbookKey` (which must not be empty). */
export function remindersIcs(data: WorkbookData, workbookKey: string, options: IcsExportOptions): Result<{ ics: string; events: number }> {
  const meetingDates = new Map<number, IsoDate>();
  for (const m of data.meetings) if (m.date !== null) meetingDates.set(m.number, m.date);
  let desired;
  try {
    desired = planReminders(data.cases, { workbookKey, leadDays: data.settings.reminderLeadDays, meetingDates });
  } catch (error) {
    if (error instanceof RangeError) return fail(`「設定」的提醒提前天數應為 0 以上的整數，目前是 ${data.settings.reminderLeadDays}`);
    throw error;
  }
  const calendarName = options.calendarName ?? (data.settings.reminderCalendar.trim() || DEFAULT_CALENDAR_NAME);
  return ok({ ics: toIcs(desired, { calendarName, now: options.now.toISOString() }), events: desired.length });
}

/**
 * Exports the workbook's reminders. A UID is `{workbook key}/{case id}@minutes-tracker`, the same key
 * the Outlook sync tags events with; a workbook without a key gets one now and it is saved, because a
 * UID made from anything less stable (the file name, a fresh random key per export) would make every
 * re-import add the reminders again instead of updating them.
 */
export async function exportIcs(store: WorkbookStore, options: IcsExportOptions & { readonly newWorkbookKey?: () => string }): Promise<Result<IcsExport>> {
  const read = await store.read();
  if (!read.ok) return read;
  let workbookKey = read.value.settings.workbookKey.trim();
  let keyCreated = false;
  if (workbookKey === "") {
    const key = await ensureWorkbookKey(store, options.newWorkbookKey ?? randomWorkbookKey);
    if (!key.ok) return fail(`無法在「設定」記下活頁簿識別碼：${key.error}`);
    workbookKey = key.value.key;
    keyCreated = key.value.created;
  }
  const made = remindersIcs(read.value, workbookKey, options);
  return made.ok ? ok({ ...made.value, workbookKey, keyCreated }) : made;
}
