// The reminder sync: one run against a workbook store and a calendar gateway, and the .ics export.
export { needsSignIn, syncReminders, type SignInRequiredFailure, type SyncError, type SyncOptions, type SyncResult, type SyncSummary } from "./syncReminders";
export { exportIcs, remindersIcs, type IcsExport, type IcsExportOptions } from "./exportIcs";
export { ensureWorkbookKey, randomWorkbookKey, workbookKeyFor, type WorkbookKey } from "./workbookKey";
export { desiredReminders } from "./desiredReminders";
export { leadContactOf } from "./attendees";
export { caseRecords, writeBackChanges, type CaseRecord, type SyncOutcome } from "./writeBack";
