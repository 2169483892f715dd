// The application services: what the task pane, the CLI and the ribbon command call to act on a tracking
// workbook. They call the core and the store contract; nothing calls below them from a host.
export { updateAndKeep, type Applied, type Plan } from "./applied";
export { FALLBACK_TIME_ZONE, resolveAsOf, type AsOf } from "./asOf";
export { moveDeadline, recordProgress, ruleCase, saveDivisions, saveSettings, type ActionContext, type RulingDecision, type SettingsPatch } from "./cases";
export { importMinutes, type ImportContext, type ImportSummary } from "./importMinutes";
export { byMeetingOrder, overdueSummary, readOverdue, type OverdueSummary } from "./overdue";
