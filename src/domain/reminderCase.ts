// The parts of a tracked case (列管案件) that a deadline reminder is made from: a domain shape, so the
// calendar core and the workbook both depend on it instead of on each other.
import { type TrackingStatus } from "./status";
import { type IsoDate } from "./isoDate";

/**
 * What the reminder plan reads of a case row. The workbook's CaseRow extends it; the calendar core
 * takes it (or a Pick of it), so neither layer imports the other.
 */
export interface ReminderCase {
  readonly caseId: string;
  readonly meeting: number | null;
  /** lead divisions joined with 、 */
  readonly lead: string;
  /** supporting divisions joined with 、 */
  readonly supporting: string;
  readonly text: string;
  readonly dueDate: IsoDate | null;
  readonly dueText: string;
  readonly tracking: TrackingStatus;
}
