// A division's 填報 for the coming meeting, kept in the 辦理歷程 history table: one 填報 row per entry, with
// the meeting it reports to in 會議次別 and 內容 written as 【組室】擬辦：建議賡續列管（新期限 2022-06-30）；辦理情形：…
// so a person reads it as a sentence and the report reads it back. Appending never collides with a
// co-author editing another case; a later entry of the same case, division and meeting replaces the
// earlier one in the report (latestEntries) while the history keeps both. The chair's ruling is still
// recorded by importing the next minutes.
import { divisionLookup, fail, isClosedTracking, isIsoDate, ok, type DivisionLookup, type Result } from "../domain";
import { problem } from "../problems";
import {
  canonicalDivision,
  concernsDivision,
  latestEntries,
  parseProposalDetail,
  PROPOSAL_KINDS,
  proposalDetail,
  proposalTakesDue,
  sameDivision,
  type ProgressEntry,
  type ProposalInput,
} from "../report";
import { actionDay, MAX_CELL_TEXT, type ActionContext } from "./caseActions";
import { canonicalInstant } from "./excelDate";
import type { CaseRow, HistoryRow, Planned, WorkbookData } from "./model";
import { NO_CHANGES } from "./model";

export interface EntriesRead {
  readonly entries: readonly ProgressEntry[];
  /** 填報 rows whose 內容 or 會議次別 could not be read, so the caller can say so */
  readonly unreadable: readonly HistoryRow[];
}

/** Every 填報 in the history, in the order written. */
export function entriesFromHistory(history: readonly HistoryRow[]): EntriesRead {
  const entries: ProgressEntry[] = [];
  const unreadable: HistoryRow[] = [];
  for (const row of history) {
    if (row.event !== "proposal") continue;
    const parsed = parseProposalDetail(row.detail);
    if (parsed === null || row.meeting === null) {
      unreadable.push(row);
      continue;
    }
    entries.push({ ...parsed, caseId: row.caseId, meeting: row.meeting, by: row.by, at: row.at });
  }
  return { entries, unreadable };
}

function check(input: ProposalInput, row: CaseRow, lookup: DivisionLookup): Result<ProposalInput> {
  const division = input.division.trim();
  const progress = input.progress.trim();
  const id = row.caseId;
  if (!Number.isSafeInteger(input.meeting) || input.meeting <= 0) return fail(problem("proposal.meetingInvalid", { text: String(input.meeting) }));
  if (division === "") return fail(problem("proposal.noDivision", { caseId: id }));
  if (/[【】]/u.test(division)) return fail(problem("proposal.divisionBrackets", { division }));
  if (isClosedTracking(row.tracking)) return fail(problem("proposal.caseClosed", { caseId: id, tracking: row.tracking === "closed" ? "closed" : "self-tracked" }));
  if (row.meeting !== null && row.meeting >= input.meeting) return fail(problem("proposal.tooEarly", { caseId: id, caseMeeting: row.meeting, meeting: input.meeting }));
  if (!concernsDivision(row, division, lookup)) return fail(problem("proposal.notDivisionsCase", { caseId: id, lead: row.lead, supporting: row.supporting, division }));
  if (progress === "") return fail(problem("case.progressEmpty", { caseId: id }));
  if (progress.length > MAX_CELL_TEXT - 100) return fail(problem("case.textTooLong", { length: progress.length, max: MAX_CELL_TEXT - 100 }));
  if (input.proposal !== null && !PROPOSAL_KINDS.includes(input.proposal)) return fail(problem("proposal.kindInvalid", { kind: String(input.proposal) }));
  if (input.proposedDue !== null && !proposalTakesDue(input.proposal)) return fail(problem("proposal.dueNeedsContinue", {}));
  if (input.proposedDue !== null && !isIsoDate(input.proposedDue)) return fail(problem("proposal.dueInvalid", { text: String(input.proposedDue) }));
  return ok({ ...input, division, progress });
}

/**
 * 填報: records a division's 辦理情形 and proposal for meeting `input.meeting`, as a 填報 history row, and
 * makes it the case's 最新辦理情形. The same entry again writes nothing.
 */
export function planProposal(input: ProposalInput, ctx: ActionContext): (data: WorkbookData) => Result<Planned<ProgressEntry>> {
  return (data) => {
    const id = input.caseId.trim();
    const row = data.cases.find((c) => c.caseId === id);
    if (!row) return fail(problem("case.notFound", { caseId: id }));
    const lookup = divisionLookup(data.divisions);
    const checked = check(input, row, lookup);
    if (!checked.ok) return checked;
    // the registry's name for the division, so an alias (國務組) and the name (國際事務組) are one division's entries
    const entry: ProgressEntry = { ...checked.value, division: canonicalDivision(checked.value.division, lookup), caseId: id, by: ctx.by, at: ctx.now };
    const before = latestEntries(entriesFromHistory(data.history).entries, entry.meeting).get(id)?.find((e) => sameDivision(e.division, entry.division, lookup));
    if (before && before.progress === entry.progress && before.proposal === entry.proposal && before.proposedDue === entry.proposedDue) {
      return ok({ changes: NO_CHANGES, result: before });
    }
    const day = actionDay(data, ctx);
    if (!day.ok) return day;
    const history: HistoryRow = { caseId: id, meeting: entry.meeting, date: day.value, event: "proposal", detail: proposalDetail(entry), by: ctx.by, at: canonicalInstant(ctx.now) };
    const updated: CaseRow = { ...row, progress: entry.progress };
    return ok({ changes: { meetings: [], cases: row.progress === entry.progress ? [] : [updated], history: [history] }, result: entry });
  };
}

/** The cases of `division` still awaiting its entry for `meeting` (the 本次填報 view's list). */
export function casesAwaitingEntry(data: WorkbookData, division: string, meeting: number): CaseRow[] {
  const lookup = divisionLookup(data.divisions);
  const latest = latestEntries(entriesFromHistory(data.history).entries, meeting);
  return data.cases.filter(
    (c) =>
      !isClosedTracking(c.tracking) &&
      (c.meeting === null || c.meeting < meeting) &&
      concernsDivision(c, division, lookup) &&
      !(latest.get(c.caseId) ?? []).some((e) => sameDivision(e.division, division, lookup)),
  );
}
