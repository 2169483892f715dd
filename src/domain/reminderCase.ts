// The parts of a tracked case (列管案件) the cores read: what a deadline reminder is made from, and what
// the report adds (its rulings). Domain shapes, so the calendar core, the report core and the workbook all
// depend on them instead of on each other.
import { type CaseOwners } from "./caseMembership";
import { type TrackingStatus } from "./status";
import { type IsoDate } from "./isoDate";

/**
 * What the reminder plan reads of a case row. The workbook's CaseRow extends it; the calendar core
 * takes it (or a Pick of it), so neither layer imports the other. The owners are lists
 * ({@link CaseOwners}); only the sheet codec and the reminder's text join them (joinOwnerNames).
 */
export interface ReminderCase extends CaseOwners {
  readonly caseId: string;
  readonly meeting: number | null;
  readonly text: string;
  readonly dueDate: IsoDate | null;
  readonly dueText: string;
  readonly tracking: TrackingStatus;
}

/** A case with its rulings: what the report reads of a case row (the workbook's CaseRow extends it). */
export interface RuledCase extends ReminderCase {
  /** the meeting that released it (解除列管), or null */
  readonly closedBy: number | null;
  readonly closedOn: IsoDate | null;
  /** the meeting of the latest ruling applied, so an older meeting never overrides a later one */
  readonly lastRuling: number | null;
}
