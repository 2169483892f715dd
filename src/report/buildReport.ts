// The 上次會議結論事項辦理情形 report as data: the title, one row per case to report with each division's
// latest entry and proposal, the 未填報 flags, and the statistics. The writers (.odt, .docx, sheet) and
// the task pane's preview all render this one model.
import {
  COMPUTED_LABELS,
  TRACKING_LABELS,
  caseDivisions,
  computeStatus,
  divisionLookup,
  fail,
  formatRocDate,
  isCollectiveAssignee,
  ok,
  type ComputedStatus,
  type DivisionLookup,
  type IsoDate,
  type Result,
  type TrackingStatus,
} from "../domain";
import { problem } from "../problems";
import { concernsDivision, knownDivision, sameDivision } from "./divisionNames";
import { describeProposal, latestEntries, type ProgressEntry } from "./proposals";
import { casesToReport, defaultReportMeeting, type ReportReason } from "./selectCases";
import { computeStatistics, type Statistics } from "./statistics";
import type { ReportInput, ReportMeetingInput, ReportOptions } from "./types";

export const UNREPORTED_LABEL = "未填報";

export interface ReportEntry {
  readonly division: string;
  readonly progress: string;
  /** the 擬辦 text (建議賡續列管（新期限 民國…）), "" when the division proposes nothing */
  readonly proposal: string;
  readonly entry: ProgressEntry;
}

export interface ReportRow {
  readonly caseId: string;
  readonly text: string;
  readonly lead: readonly string[];
  readonly supporting: readonly string[];
  readonly dueDate: IsoDate | null;
  /** 期限 as the report prints it: 民國 date and the original wording (民國111年5月31日（5月底前）) */
  readonly dueLabel: string;
  readonly tracking: TrackingStatus;
  readonly status: ComputedStatus;
  readonly daysOverdue: number;
  /** 列管情形: 賡續列管・逾期 12 天, or 第 110 次會議解除列管 */
  readonly statusLabel: string;
  readonly reason: ReportReason;
  /** each division's latest entry for this meeting, lead divisions first */
  readonly entries: readonly ReportEntry[];
  /** the case's named divisions that have not reported (only for cases still tracked) */
  readonly awaiting: readonly string[];
  /** still tracked and no lead division has reported: flagged 未填報 */
  readonly unreported: boolean;
}

export interface ReportModel {
  readonly meeting: number;
  readonly organization: string;
  readonly meetingName: string;
  /** 第 N 次處務會議 上次會議結論事項辦理情形 */
  readonly title: string;
  /** 權責單位執行一覽表：總務組, or "" for the whole report */
  readonly subtitle: string;
  readonly division: string | null;
  readonly asOf: IsoDate;
  readonly rows: readonly ReportRow[];
  readonly unreportedCount: number;
  readonly statistics: Statistics;
}

/** A date as the report prints it: 民國111年5月31日. */
export const reportDate = (d: IsoDate): string => formatRocDate(d, "long");

function dueLabel(dueDate: IsoDate | null, dueText: string): string {
  const wording = dueText.trim();
  if (dueDate === null) return wording === "" ? "無期限" : wording;
  const date = reportDate(dueDate);
  return wording === "" ? date : `${date}（${wording}）`;
}

function statusLabel(tracking: TrackingStatus, status: ComputedStatus, daysOverdue: number, closedBy: number | null): string {
  if (tracking === "closed" || tracking === "self-tracked") {
    return closedBy === null ? TRACKING_LABELS[tracking] : `第 ${closedBy} 次會議${TRACKING_LABELS[tracking]}`;
  }
  const state = status === "overdue" ? `${COMPUTED_LABELS.overdue} ${daysOverdue} 天` : COMPUTED_LABELS[status];
  return `${TRACKING_LABELS[tracking]}・${state}`;
}

/** The workbook's name for the meeting series and organization: from meeting N−1, else the latest meeting with one. */
function meetingNaming(meetings: readonly ReportMeetingInput[], meeting: number): { organization: string; name: string } {
  const sorted = [...meetings].sort((a, b) => b.number - a.number);
  const previous = sorted.find((m) => m.number === meeting - 1);
  const organization = previous?.organization || sorted.find((m) => m.organization !== "")?.organization || "";
  const name = previous?.name || sorted.find((m) => m.name !== "")?.name || "會議";
  return { organization, name };
}

function orderEntries(entries: readonly ProgressEntry[], lead: readonly string[], lookup: DivisionLookup): ProgressEntry[] {
  const rank = (e: ProgressEntry) => {
    const i = lead.findIndex((n) => sameDivision(n, e.division, lookup));
    return i === -1 ? lead.length : i;
  };
  return [...entries].sort((a, b) => rank(a) - rank(b) || (a.division < b.division ? -1 : a.division > b.division ? 1 : 0));
}

/**
 * Builds meeting N's report. Refuses a meeting number that is not a positive integer, a dueSoonDays
 * out of range, and a division filter naming no case (so a typo does not yield an empty report).
 */
export function buildReport(input: ReportInput, options: ReportOptions): Result<ReportModel> {
  const meeting = options.meeting ?? null;
  if (meeting !== null && (!Number.isSafeInteger(meeting) || meeting <= 1)) return fail(problem("report.meetingInvalid", { text: String(meeting) }));
  if (!Number.isSafeInteger(options.dueSoonDays) || options.dueSoonDays < 0) return fail(problem("report.dueSoonDaysInvalid", { text: String(options.dueSoonDays) }));
  const resolved = meeting === null ? defaultReportMeeting(input.meetings, input.cases) : ok(meeting);
  if (!resolved.ok) return resolved;
  const n = resolved.value;
  const lookup = divisionLookup(input.divisions);
  let division: string | null = null;
  if (options.division !== undefined && options.division.trim() !== "") {
    const known = knownDivision(options.division, input.cases, lookup);
    if (known === undefined) return fail(problem("report.divisionUnknown", { name: options.division.trim() }));
    division = known;
  }
  const mine = (d: string) => division !== null && sameDivision(d, division, lookup);
  const cases = division === null ? input.cases : input.cases.filter((c) => concernsDivision(c, division, lookup));

  const entriesByCase = latestEntries(input.entries, n);
  const rows: ReportRow[] = casesToReport(cases, n).map(({ row, reason }) => {
    const lead = row.lead;
    const named = [...new Set(caseDivisions(row, lookup))];
    const leadNamed = lead.filter((l) => !isCollectiveAssignee(l));
    const all = orderEntries(entriesByCase.get(row.caseId) ?? [], lead, lookup);
    const isLead = (d: string) => leadNamed.some((l) => sameDivision(l, d, lookup));
    const shown = division === null ? all : all.filter((e) => mine(e.division) || isLead(e.division));
    const { status, daysOverdue } = computeStatus(row, options.asOf, { dueSoonDays: options.dueSoonDays });
    const tracked = reason === "tracked";
    // A case led by 各組室 (or by no one) is reported once any division has entered; otherwise by a lead division.
    const leadReported = leadNamed.length === 0 ? all.length > 0 : all.some((e) => isLead(e.division));
    const awaitingAll = named.filter((d) => !all.some((e) => sameDivision(e.division, d, lookup)));
    return {
      caseId: row.caseId,
      text: row.text,
      lead: row.lead,
      supporting: row.supporting,
      dueDate: row.dueDate,
      dueLabel: dueLabel(row.dueDate, row.dueText),
      tracking: row.tracking,
      status,
      daysOverdue,
      statusLabel: statusLabel(row.tracking, status, daysOverdue, row.closedBy),
      reason,
      entries: shown.map((entry) => ({ division: entry.division, progress: entry.progress, proposal: describeProposal(entry, reportDate), entry })),
      // 各組室 cases would list every division: only the divisions the case names itself are awaited
      awaiting: tracked && !lead.some(isCollectiveAssignee) ? awaitingAll.filter((d) => division === null || mine(d)) : [],
      unreported: tracked && !leadReported,
    };
  });

  const naming = meetingNaming(input.meetings, n);
  const statistics = computeStatistics(cases, input.meetings, lookup, {
    asOf: options.asOf,
    dueSoonDays: options.dueSoonDays,
    longestCount: options.longestCount,
  });
  return ok({
    meeting: n,
    organization: naming.organization,
    meetingName: naming.name,
    title: `第 ${n} 次${naming.name} 上次會議結論事項辦理情形`,
    subtitle: division === null ? "" : `權責單位執行一覽表：${division}`,
    division,
    asOf: options.asOf,
    rows,
    unreportedCount: rows.filter((r) => r.unreported).length,
    // a division's own list counts only that division's row and the total of its cases
    statistics: division === null ? statistics : { ...statistics, byDivision: statistics.byDivision.filter((s) => s.division === division) },
  });
}
