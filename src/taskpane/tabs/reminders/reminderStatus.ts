// What the 提醒 tab shows about the workbook's reminders without asking Graph: read from the sheet's
// 提醒 columns, so the last sync's time and errors survive a reload and show for every co-author.
import { isClosedTracking } from "../../../domain";
import type { WorkbookData } from "../../../workbook/model";

export interface ReminderStatus {
  /** open or continued cases with a deadline: the ones that should have a reminder */
  readonly due: number;
  /** of those, the ones with a recorded event */
  readonly withEvent: number;
  /** the latest 提醒同步時間, or null when never synced */
  readonly lastSync: string | null;
  readonly errors: readonly { readonly caseId: string; readonly message: string }[];
}

export function reminderStatus(data: WorkbookData): ReminderStatus {
  let due = 0;
  let withEvent = 0;
  let lastSync: string | null = null;
  const errors: { caseId: string; message: string }[] = [];
  for (const c of data.cases) {
    const wanted = !isClosedTracking(c.tracking) && c.dueDate !== null;
    if (wanted) due++;
    if (wanted && c.reminderEventId !== "") withEvent++;
    if (c.reminderSyncedAt !== "" && (lastSync === null || c.reminderSyncedAt > lastSync)) lastSync = c.reminderSyncedAt;
    if (c.reminderError !== "") errors.push({ caseId: c.caseId, message: c.reminderError });
  }
  return { due, withEvent, lastSync, errors };
}

/** An ISO timestamp as the user's clock shows it (yyyy-mm-dd hh:mm), or the text unchanged if it is not one. */
export function localTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The .ics file name: the workbook's name when there is one, so exports of two workbooks do not collide. */
export function icsFileName(workbookName: string | null): string {
  const base = (workbookName ?? "").replace(/\.xlsx$/iu, "").trim();
  return `${base || "會議列管"}-提醒.ics`;
}
