// Report test data: a small workbook of meetings 109–111 and cases in every state, and entry builders.
import { DEFAULT_DIVISIONS, type IsoDate } from "../../src/domain";
import type { ProgressEntry, ReportCaseInput, ReportInput, ReportMeetingInput } from "../../src/report";

export const d = (s: string): IsoDate => s as IsoDate;

export const meetings: ReportMeetingInput[] = [
  { number: 109, organization: "臺北市政府秘書處", name: "處務會議", date: d("2022-02-17") },
  { number: 110, organization: "臺北市政府秘書處", name: "處務會議", date: d("2022-03-17") },
  { number: 111, organization: "臺北市政府秘書處", name: "處務會議", date: d("2022-04-21") },
];

export function caseRow(caseId: string, extra: Partial<ReportCaseInput> = {}): ReportCaseInput {
  return {
    caseId,
    meeting: Number(caseId.slice(0, -2)),
    lead: ["總務組"],
    supporting: [],
    text: `案件 ${caseId}`,
    dueDate: null,
    dueText: "",
    tracking: "open",
    closedBy: null,
    closedOn: null,
    lastRuling: null,
    ...extra,
  };
}

export const cases: ReportCaseInput[] = [
  caseRow("11002", { tracking: "continued", lastRuling: 111, dueDate: d("2022-05-06"), dueText: "5月6日前" }),
  caseRow("10904", { tracking: "closed", closedBy: 111, closedOn: d("2022-04-21"), lastRuling: 111, lead: ["文書組"] }),
  caseRow("11101", { lead: ["文書組"], supporting: ["資訊室"], dueDate: d("2022-04-30"), dueText: "4月底前" }),
  caseRow("11005", { tracking: "self-tracked", closedBy: 111, closedOn: d("2022-04-21"), lastRuling: 111 }),
  caseRow("11001", { tracking: "closed", closedBy: 110, closedOn: d("2022-03-17"), lastRuling: 110, lead: ["人事室"] }),
  caseRow("9904", { meeting: 99, tracking: "continued", lastRuling: 110, lead: ["各組室"] }),
  caseRow("11104", { lead: ["人事室"], dueDate: d("2022-06-30"), dueText: "6月底前" }),
  // made at meeting 112 itself: not yet a 上次會議結論 for meeting 112's report
  caseRow("11201", { meeting: 112 }),
];

export function entry(caseId: string, division: string, extra: Partial<ProgressEntry> = {}): ProgressEntry {
  return { caseId, meeting: 112, division, progress: `${division} 辦理 ${caseId}`, proposal: null, proposedDue: null, by: "承辦人", at: "2022-05-01T09:00:00+08:00", ...extra };
}

export function input(entries: ProgressEntry[] = []): ReportInput {
  return { meetings, cases, entries, divisions: DEFAULT_DIVISIONS };
}
