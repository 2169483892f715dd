// The .ics export for calendars Graph cannot reach (Google, Apple, another Outlook): the same reminders
// the sync would make, with UIDs from the workbook key so a re-import updates instead of duplicating.
import { ok, type Result } from "../../domain";
import { type WorkbookData, type WorkbookStore } from "../../workbook/model";
import { toIcs } from "../ics";
import { desiredReminders } from "./desiredReminders";
import { workbookKeyFor } from "./workbookKey";

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
  /** X-WR-CALNAME; default 設定 提醒行事曆 (會議列管 unless changed) */
  readonly calendarName?: string;
}

/** The .ics text for `data` under `workbookKey` (which must not be empty). */
export function remindersIcs(data: WorkbookData, workbookKey: string, options: IcsExportOptions): Result<{ ics: string; events: number }> {
  const desired = desiredReminders(data, workbookKey);
  if (!desired.ok) return desired;
  const calendarName = options.calendarName ?? data.settings.reminderCalendar;
  return ok({ ics: toIcs(desired.value, { calendarName, now: options.now.toISOString() }), events: desired.value.length });
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
  const key = await workbookKeyFor(store, read.value, options.newWorkbookKey);
  if (!key.ok) return key;
  const made = remindersIcs(read.value, key.value.key, options);
  return made.ok ? ok({ ...made.value, workbookKey: key.value.key, keyCreated: key.value.created }) : made;
}
