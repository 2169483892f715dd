// Public API of the report core: which cases meeting N hears about, the divisions' 填報, the report
// model and the 管考 statistics. Pure: no I/O, no Office, no store.
export { buildReport, reportDate, UNREPORTED_LABEL, type ReportEntry, type ReportModel, type ReportRow } from "./buildReport";
export { canonicalDivision, concernsDivision, knownDivision, sameDivision } from "./divisionNames";
export {
  PROPOSAL_KINDS,
  PROPOSAL_LABELS,
  PROPOSAL_LABELS_EN,
  describeProposal,
  entryKey,
  latestEntries,
  parseProposalDetail,
  parseProposalLabel,
  proposalDetail,
  proposalTakesDue,
  type ProgressEntry,
  type ProposalInput,
  type ProposalKind,
} from "./proposals";
export { casesToReport, compareCaseIdText, defaultReportMeeting, type ReportReason } from "./selectCases";
export { TOTAL_LABEL, computeStatistics, daysOpen, formatRate, median, type DivisionStatistics, type LongRunningCase, type Statistics } from "./statistics";
export type { ReportCaseInput, ReportInput, ReportMeetingInput, ReportOptions } from "./types";
