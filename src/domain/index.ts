// Public API of the domain core: pure rules for dates, case ids, divisions and status, with no I/O.

export { fail, failureMessage, ok, type Failure, type Result } from "./result";
export { parseChineseNumber, parseNumberToken, toHalfWidth } from "./numerals";
export {
  addDaysIso,
  compareIso,
  daysBetween,
  daysInMonth,
  endOfMonthIso,
  fromUtcDate,
  isIsoDate,
  isoDateInZone,
  isoDate,
  isoParts,
  parseIsoDate,
  toUtcDate,
  type IsoDate,
  type IsoParts,
} from "./isoDate";
export {
  ROC_YEAR_OFFSET,
  formatRocDate,
  gregorianToRocYear,
  parseRocDate,
  rocToGregorianYear,
  type RocDateStyle,
} from "./rocDate";
export { ROLLOVER_DAYS, parseDueDate, type DueDateResult } from "./deadline";
export { compareCaseIds, formatCaseId, makeCaseId, parseCaseId, sortCaseIds, type CaseId } from "./caseId";
export { parseDateInput, parseMeetingNumber, readSheetDate } from "./typedInput";
export {
  COLLECTIVE_ASSIGNEES,
  DEFAULT_DIVISIONS,
  DEFAULT_ORGANIZATION_NAMES,
  createDivisionRegistry,
  isCollectiveAssignee,
  type Division,
  type DivisionRegistry,
  type DivisionRegistryOptions,
} from "./divisions";
export { OWNER_JOINER, OWNER_SEPARATORS, joinOwnerNames, sameNameList, sameOwnerNames, splitOwnerNames } from "./ownerNames";
export {
  belongsTo,
  caseDivisions,
  divisionLookup,
  exactNameLookup,
  membershipUnits,
  unregisteredUnits,
  ownersFrom,
  type CaseOwners,
  type DivisionLookup,
} from "./caseMembership";
export {
  COMPUTED_STATUSES,
  DEFAULT_STATUS_SETTINGS,
  TRACKING_STATUSES,
  computeStatus,
  isClosedTracking,
  statusSettings,
  type ComputedStatus,
  type StatusInput,
  type StatusResult,
  type StatusSettings,
  type TrackingStatus,
} from "./status";
export {
  COMPUTED_LABELS,
  COMPUTED_LABELS_EN,
  TRACKING_LABELS,
  TRACKING_LABELS_EN,
  parseTrackingLabel,
} from "./vocabulary";
export type { ReminderCase, RuledCase } from "./reminderCase";
