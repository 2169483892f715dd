// The reminders a workbook wants, as the sync and the .ics export both plan them: its open cases with a
// deadline, the lead time from 設定, and each case's meeting date for the body.
import { fail, ok, type IsoDate, type Result } from "../../domain";
import { problem } from "../../problems";
import type { WorkbookData } from "../../workbook/model";
import { planReminders, type PlanOptions } from "../plan";
import type { DesiredEvent } from "../types";

export function desiredReminders(data: WorkbookData, workbookKey: string, attendeesOf?: PlanOptions["attendeesOf"]): Result<DesiredEvent[]> {
  const meetingDates = new Map<number, IsoDate>();
  for (const m of data.meetings) if (m.date !== null) meetingDates.set(m.number, m.date);
  try {
    return ok(planReminders(data.cases, { workbookKey, leadDays: data.settings.reminderLeadDays, meetingDates, ...(attendeesOf ? { attendeesOf } : {}) }));
  } catch (error) {
    // planReminders refuses a lead time it cannot turn into minutes; 設定 is where the user fixes it.
    if (error instanceof RangeError) return fail(problem("reminders.leadDaysInvalid", { value: String(data.settings.reminderLeadDays) }));
    throw error;
  }
}
