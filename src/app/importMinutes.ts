// Importing a meeting's minutes (already parsed and reviewed) into the tracking workbook, for the pane's
// 寫入活頁簿 and the CLI's import: one read, one decision (planMeeting), one write, and the workbook after it.
import type { Result } from "../domain";
import type { MeetingRecord } from "../minutes";
import { planMeeting, type ImportContext, type ImportSummary } from "../workbook/applyMeeting";
import type { WorkbookStore } from "../workbook/model";
import { updateAndKeep, type Applied } from "./applied";

export type { ImportContext, ImportSummary };

export function importMinutes(store: WorkbookStore, record: MeetingRecord, ctx: ImportContext): Promise<Result<Applied<ImportSummary>>> {
  return updateAndKeep(store, (data) => planMeeting(data, record, ctx));
}
