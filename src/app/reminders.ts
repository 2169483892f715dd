// The reminder services: syncNow (the workbook's deadlines to an Outlook calendar through a calendar
// gateway, event ids written back) and exportIcs (the same reminders as an .ics file). The 提醒 tab and
// the CLI's sync/ics call these; the host wires the gateway (Graph, or a test double) in. Loaded on
// demand by the pane (import("../app/reminders")), so it is not re-exported from src/app's index and the
// pane's first bundle does not carry the sync.
import { exportIcs as icsOfStore, needsSignIn, syncReminders, type IcsExport, type SyncOptions, type SyncResult } from "../calendar/sync";
import type { CalendarGateway } from "../calendar/gateway";
import { fail, type Result } from "../domain";
import { problem } from "../problems";
import type { WorkbookStore } from "../workbook/model";

export { needsSignIn };
export type { IcsExport, SyncResult };

/** Which calendar: one the user picked (its id), one named (created when missing), or 設定's. */
export interface CalendarRequest {
  readonly calendarId?: string;
  readonly calendarName?: string;
}

export type SyncNowOptions = Omit<SyncOptions, "calendar"> & CalendarRequest;

/**
 * One sync now. An id and a name at once, or a blank name, is refused before anything is read or sent:
 * the two would name different calendars, and a blank name would create a calendar without one.
 */
export async function syncNow(store: WorkbookStore, gateway: CalendarGateway, options: SyncNowOptions = {}): Promise<SyncResult> {
  const { calendarId, calendarName, ...rest } = options;
  if (calendarId !== undefined && calendarName !== undefined) return fail(problem("reminders.calendarTwice", {}));
  if (calendarName !== undefined && calendarName.trim() === "") return fail(problem("reminders.calendarBlank", {}));
  const calendar = calendarId !== undefined ? { id: calendarId } : calendarName !== undefined ? { name: calendarName.trim() } : undefined;
  return syncReminders(store, gateway, calendar === undefined ? rest : { ...rest, calendar });
}

/** The workbook's reminders as .ics text; a workbook without a key gets one (saved), so re-imports update. */
export function exportIcs(store: WorkbookStore, now: Date, calendarName?: string): Promise<Result<IcsExport>> {
  return icsOfStore(store, calendarName === undefined ? { now } : { now, calendarName });
}
