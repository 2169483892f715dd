// Public API of the reminder core: plan, reconcile, .ics export and the calendar gateway interface the
// sync depends on; pure and free of Graph, MSAL and Office.

export { fnv1a64 } from "./hash";
export { toIcs, icsSequence, ICS_PRODID, type IcsOptions } from "./ics";
export { caseKeyOf, icsUidOf, planReminders, releaseReason, releasedCases, type PlanOptions } from "./plan";
export { hasWrites, reconcile, type ReconcileOptions } from "./reconcile";
export { reminderMinutesBeforeStart, type ReminderTime } from "./reminderMinutes";
export { reminderBody } from "./body";
export { reminderSubject, shortTitle } from "./subject";
export { driftOf, type DriftField } from "./drift";
export { CalendarServiceError, MalformedListingError, SignInRequiredError } from "./errors";
export {
  type CalendarChoice,
  type CalendarGateway,
  type CalendarInfo,
  type EventLookup,
  type ExecuteOptions,
  type ExecuteResult,
  type ReminderOutcome,
  type WriteStats,
} from "./gateway";
export {
  GRAPH_TIME_ZONE,
  REMINDER_CATEGORY,
  type DeleteReason,
  type DesiredEvent,
  type ExistingEvent,
  type GraphDateTime,
  type ObservedEvent,
  type RecordedEvent,
  type ReminderAttendee,
  type ReleaseReason,
  type ReminderCase,
  type ReminderOps,
} from "./types";
