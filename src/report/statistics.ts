// 管考 statistics (執行情形統計): per division (by the domain's membership rule, as 總覽 and the sheet's
// 組室總覽 count: lead or supporting, 各組室 for every registry division) and in total (each case once):
// counts by ruling and by computed status (computeStatus, so they equal the sheet's 狀態 column), closure
// rate, median days open and the longest-running continued cases.
import { caseDivisions, computeStatus, daysBetween, membershipUnits, type DivisionLookup, type IsoDate } from "../domain";
import { compareCaseIdText } from "./selectCases";
import type { ReportCaseInput, ReportMeetingInput } from "./types";

export interface LongRunningCase {
  readonly caseId: string;
  readonly lead: readonly string[];
  readonly text: string;
  readonly daysOpen: number;
}

export interface DivisionStatistics {
  /** the division, or 合計 for the total */
  readonly division: string;
  readonly tracked: number;
  readonly open: number;
  readonly continued: number;
  readonly closed: number;
  readonly selfTracked: number;
  readonly overdue: number;
  readonly dueSoon: number;
  /** (解除列管 + 自行列管) ÷ tracked; null with no case */
  readonly closureRate: number | null;
  /** median of days from the case's meeting to its release (or to the as-of date while still tracked); null when no case has a known start */
  readonly medianDaysOpen: number | null;
  /** continued cases, longest-running first */
  readonly longestContinued: readonly LongRunningCase[];
}

export interface Statistics {
  readonly asOf: IsoDate;
  readonly byDivision: readonly DivisionStatistics[];
  readonly total: DivisionStatistics;
}

export const TOTAL_LABEL = "合計";

/** The median of whole days, rounded to one decimal (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const m = sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(m * 10) / 10;
}

/** Days a case has been (or was) on the list: from its meeting's date to its release, or to `asOf`. */
export function daysOpen(c: ReportCaseInput, meetingDates: ReadonlyMap<number, IsoDate>, asOf: IsoDate): number | null {
  const start = c.meeting === null ? undefined : meetingDates.get(c.meeting);
  if (start === undefined) return null;
  const released = c.tracking === "closed" || c.tracking === "self-tracked";
  const end = released ? c.closedOn : asOf;
  if (end === null) return null;
  return Math.max(0, daysBetween(start, end));
}

interface Counted {
  readonly c: ReportCaseInput;
  readonly overdue: boolean;
  readonly dueSoon: boolean;
  readonly days: number | null;
}

function summarize(division: string, cases: readonly Counted[], longestCount: number): DivisionStatistics {
  const count = (test: (x: Counted) => boolean) => cases.filter(test).length;
  const tracked = cases.length;
  const closed = count((x) => x.c.tracking === "closed");
  const selfTracked = count((x) => x.c.tracking === "self-tracked");
  const running: LongRunningCase[] = cases
    .filter((x) => x.c.tracking === "continued" && x.days !== null)
    .map((x) => ({ caseId: x.c.caseId, lead: x.c.lead, text: x.c.text, daysOpen: x.days ?? 0 }))
    .sort((a, b) => b.daysOpen - a.daysOpen || compareCaseIdText(a.caseId, b.caseId));
  return {
    division,
    tracked,
    open: count((x) => x.c.tracking === "open"),
    continued: count((x) => x.c.tracking === "continued"),
    closed,
    selfTracked,
    overdue: count((x) => x.overdue),
    dueSoon: count((x) => x.dueSoon),
    closureRate: tracked === 0 ? null : (closed + selfTracked) / tracked,
    medianDaysOpen: median(cases.flatMap((x) => (x.days === null ? [] : [x.days]))),
    longestContinued: running.slice(0, longestCount),
  };
}

/**
 * Statistics over `cases`: one row per registry division (even without cases, as 組室總覽 lists them) and
 * per unit outside the registry the cases name, then the total.
 */
export function computeStatistics(
  cases: readonly ReportCaseInput[],
  meetings: readonly ReportMeetingInput[],
  lookup: DivisionLookup,
  options: { readonly asOf: IsoDate; readonly dueSoonDays: number; readonly longestCount?: number },
): Statistics {
  const meetingDates = new Map<number, IsoDate>();
  for (const m of meetings) if (m.date !== null) meetingDates.set(m.number, m.date);
  const longest = options.longestCount ?? 3;
  const units = membershipUnits(cases, lookup);
  const byUnit = new Map<string, Counted[]>(units.map((u) => [u, []]));
  const all: Counted[] = [];
  for (const c of cases) {
    const { status } = computeStatus(c, options.asOf, { dueSoonDays: options.dueSoonDays });
    const counted: Counted = { c, overdue: status === "overdue", dueSoon: status === "due-soon", days: daysOpen(c, meetingDates, options.asOf) };
    all.push(counted);
    for (const unit of caseDivisions(c, lookup)) byUnit.get(unit)?.push(counted);
  }
  return {
    asOf: options.asOf,
    byDivision: units.map((unit) => summarize(unit, byUnit.get(unit) ?? [], longest)),
    total: summarize(TOTAL_LABEL, all, longest),
  };
}

/** A closure rate as the report prints it: 66.7%, or — with no case. */
export function formatRate(rate: number | null): string {
  return rate === null ? "—" : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
