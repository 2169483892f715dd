// Which cases a meeting's 辦理情形 report lists, and which meeting a report is for by default.
import { fail, ok, parseCaseId, type Result } from "../domain";
import { problem } from "../problems";
import type { ReportCaseInput, ReportMeetingInput } from "./types";

/**
 * The meeting a report is for when none is given: the next after the latest imported meeting (or, in a
 * workbook without meetings, after the latest case's meeting).
 */
export function defaultReportMeeting(meetings: readonly ReportMeetingInput[], cases: readonly ReportCaseInput[]): Result<number> {
  const numbers = meetings.length > 0 ? meetings.map((m) => m.number) : cases.map((c) => c.meeting ?? 0);
  const latest = numbers.reduce((a, b) => Math.max(a, b), 0);
  return latest > 0 ? ok(latest + 1) : fail(problem("report.nothingYet", {}));
}

/** Orders case ids by meeting then item (9903 before 10001); ids that are not case ids go last, by text. */
export function compareCaseIdText(a: string, b: string): number {
  const pa = parseCaseId(a);
  const pb = parseCaseId(b);
  if (pa.ok && pb.ok) return pa.value.meeting - pb.value.meeting || pa.value.item - pb.value.item;
  if (pa.ok !== pb.ok) return pa.ok ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Why a case is on meeting N's report. */
export type ReportReason = "tracked" | "ruled-last-meeting";

/**
 * The cases meeting `meeting` hears about: every case still tracked (列管中, 賡續列管) that an earlier
 * meeting made, and the cases meeting N−1 released (解除列管, 自行列管), so the report says what became
 * of them. Ordered by case id.
 */
export function casesToReport<C extends ReportCaseInput>(cases: readonly C[], meeting: number): { readonly row: C; readonly reason: ReportReason }[] {
  const picked: { row: C; reason: ReportReason }[] = [];
  for (const row of cases) {
    const closed = row.tracking === "closed" || row.tracking === "self-tracked";
    if (!closed && (row.meeting === null || row.meeting < meeting)) picked.push({ row, reason: "tracked" });
    else if (closed && (row.closedBy ?? row.lastRuling) === meeting - 1) picked.push({ row, reason: "ruled-last-meeting" });
  }
  // parse each id once, not at every comparison (a 10,000-case workbook sorts ~5,000 rows)
  const keyed = picked.map((p) => ({ p, id: parseCaseId(p.row.caseId) }));
  keyed.sort((a, b) => {
    if (a.id.ok && b.id.ok) return a.id.value.meeting - b.id.value.meeting || a.id.value.item - b.id.value.item;
    return compareCaseIdText(a.p.row.caseId, b.p.row.caseId);
  });
  return keyed.map((k) => k.p);
}
