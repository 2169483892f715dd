// Public API of the reminder core: plan, reconcile and .ics export, pure and free of Graph, MSAL and Office.

export { fnv1a64 } from "./hash";
export { toIcs, icsSequence, ICS_PRODID, type IcsOptions } from "./ics";
export { caseKeyOf, icsUidOf, planReminders, releaseReason, releasedCases, type PlanOptions } from "./plan";
export { hasWrites, reconcile, type ReconcileOptions } from "./reconcile";
export { reminderMinutesBeforeStart, type ReminderTime } from "./reminderMinutes";
export { reminderBody } from "./body";
export { reminderSubject, shortTitle } from "./subject";
export {
  GRAPH_TIME_ZONE,
  REMINDER_CATEGORY,
  type DeleteReason,
  type DesiredEvent,
  type ExistingEvent,
  type GraphDateTime,
  type RecordedEvent,
  type ReminderAttendee,
  type ReleaseReason,
  type ReminderCase,
  type ReminderOps,
} from "./types";
