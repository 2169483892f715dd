// 管考 statistics (執行情形統計): per lead division and in total, counts by ruling and by computed status
// (computeStatus, so they equal the sheet's 狀態 column), closure rate, median days open and the
// longest-running continued cases.
import { computeStatus, daysBetween, type IsoDate } from "../domain";
import { splitDivisions } from "./divisionNames";
import { compareCaseIdText } from "./selectCases";
import type { ReportCaseInput, ReportMeetingInput } from "./types";

export interface LongRunningCase {
  readonly caseId: string;
  readonly lead: string;
  readonly text: string;
  readonly daysOpen: number;
}

export interface DivisionStatistics {
  /** the lead division, or 合計 for the total */
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
  const end = released ? (c.closedOn ?? null) : asOf;
  if (end === null) return null;
  return Math.max(0, daysBetween(start, end));
}

function summarize(
  division: string,
  cases: readonly ReportCaseInput[],
  meetingDates: ReadonlyMap<number, IsoDate>,
  asOf: IsoDate,
  dueSoonDays: number,
  longestCount: number,
): DivisionStatistics {
  let open = 0;
  let continued = 0;
  let closed = 0;
  let selfTracked = 0;
  let overdue = 0;
  let dueSoon = 0;
  const days: number[] = [];
  const running: LongRunningCase[] = [];
  for (const c of cases) {
    if (c.tracking === "open") open++;
    else if (c.tracking === "continued") continued++;
    else if (c.tracking === "closed") closed++;
    else selfTracked++;
    const { status } = computeStatus(c, asOf, { dueSoonDays });
    if (status === "overdue") overdue++;
    else if (status === "due-soon") dueSoon++;
    const d = daysOpen(c, meetingDates, asOf);
    if (d !== null) days.push(d);
    if (c.tracking === "continued" && d !== null) running.push({ caseId: c.caseId, lead: c.lead, text: c.text, daysOpen: d });
  }
  running.sort((a, b) => b.daysOpen - a.daysOpen || compareCaseIdText(a.caseId, b.caseId));
  const tracked = cases.length;
  return {
    division,
    tracked,
    open,
    continued,
    closed,
    selfTracked,
    overdue,
    dueSoon,
    closureRate: tracked === 0 ? null : (closed + selfTracked) / tracked,
    medianDaysOpen: median(days),
    longestContinued: running.slice(0, longestCount),
  };
}

/**
 * Statistics over `cases`, per lead division (a case led by two divisions counts for each; 各組室 is a
 * row of its own) in the order divisions first appear in `divisionOrder` then by name, and in total
 * (each case once).
 */
export function computeStatistics(
  cases: readonly ReportCaseInput[],
  meetings: readonly ReportMeetingInput[],
  options: { readonly asOf: IsoDate; readonly dueSoonDays: number; readonly longestCount?: number; readonly divisionOrder?: readonly string[] },
): Statistics {
  const meetingDates = new Map<number, IsoDate>();
  for (const m of meetings) if (m.date !== null) meetingDates.set(m.number, m.date);
  const longest = options.longestCount ?? 3;
  const byLead = new Map<string, ReportCaseInput[]>();
  for (const c of cases) {
    const leads = splitDivisions(c.lead);
    for (const name of leads.length > 0 ? leads : ["（未指定）"]) {
      const list = byLead.get(name) ?? [];
      list.push(c);
      byLead.set(name, list);
    }
  }
  const order = options.divisionOrder ?? [];
  const rank = (name: string) => {
    const i = order.indexOf(name);
    return i === -1 ? order.length : i;
  };
  const names = [...byLead.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return {
    asOf: options.asOf,
    byDivision: names.map((name) => summarize(name, byLead.get(name) ?? [], meetingDates, options.asOf, options.dueSoonDays, longest)),
    total: summarize(TOTAL_LABEL, cases, meetingDates, options.asOf, options.dueSoonDays, longest),
  };
}

/** A closure rate as the report prints it: 66.7%, or — with no case. */
export function formatRate(rate: number | null): string {
  return rate === null ? "—" : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
