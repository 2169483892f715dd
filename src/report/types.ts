// What the report reads: the parts of the tracking workbook it needs, declared here so the report core
// depends on no store (the workbook's rows satisfy these shapes as they are).
import type { Division, IsoDate, RuledCase } from "../domain";
import type { ProgressEntry } from "./proposals";

/** A case as the report reads it: the domain's case with its rulings (the workbook's CaseRow extends it). */
export type ReportCaseInput = RuledCase;

export interface ReportMeetingInput {
  readonly number: number;
  readonly organization: string;
  readonly name: string;
  readonly date: IsoDate | null;
}

export interface ReportInput {
  readonly meetings: readonly ReportMeetingInput[];
  readonly cases: readonly ReportCaseInput[];
  readonly entries: readonly ProgressEntry[];
  /** the 組室 registry: division names, aliases and their order */
  readonly divisions: readonly Division[];
}

export interface ReportOptions {
  /** the meeting the report is for; default the next after the latest imported */
  readonly meeting?: number;
  /** only the cases of this division (lead or supporting): 權責單位執行一覽表 */
  readonly division?: string;
  /** the day statuses and days are counted on */
  readonly asOf: IsoDate;
  readonly dueSoonDays: number;
  /** how many of the longest-running continued cases the statistics list */
  readonly longestCount?: number;
}
