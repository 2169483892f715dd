// A division's 填報 for the coming meeting, kept in the 辦理歷程 history table: one 填報 row per entry, with
// the meeting it reports to in 會議次別 and 內容 written as 【組室】擬辦：建議賡續列管（新期限 2022-06-30）；辦理情形：…
// so a person reads it as a sentence and the report reads it back. Appending never collides with a
// co-author editing another case; a later entry of the same case, division and meeting replaces the
// earlier one in the report (latestEntries) while the history keeps both. The chair's ruling is still
// recorded by importing the next minutes.
import { divisionLookup, fail, isClosedTracking, joinOwnerNames, isIsoDate, ok, type DivisionLookup, type Result } from "../domain";
import {
  canonicalDivision,
  concernsDivision,
  latestEntries,
  parseProposalDetail,
  PROPOSAL_KINDS,
  PROPOSAL_LABELS,
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
  if (!Number.isSafeInteger(input.meeting) || input.meeting <= 0) return fail(`填報的會議次別應為正整數，卻是「${input.meeting}」`);
  if (division === "") return fail(`列管案號 ${id} 的填報沒有組室：請選擇填報的組室`);
  if (/[【】]/u.test(division)) return fail(`組室名稱「${division}」不可含有【】`);
  if (isClosedTracking(row.tracking)) return fail(`列管案號 ${id} 已${row.tracking === "closed" ? "解除列管" : "自行列管"}，不需要再填報`);
  if (row.meeting !== null && row.meeting >= input.meeting) return fail(`列管案號 ${id} 是第 ${row.meeting} 次會議的案件，只能向之後的會議填報（不是第 ${input.meeting} 次）`);
  if (!concernsDivision(row, division, lookup)) return fail(`列管案號 ${id} 由「${joinOwnerNames(row.lead) || "（未指定）"}」主辦${row.supporting.length > 0 ? `、「${joinOwnerNames(row.supporting)}」協辦` : ""}，不是「${division}」的案件`);
  if (progress === "") return fail(`列管案號 ${id} 的辦理情形是空白：請寫下辦理的情形`);
  if (progress.length > MAX_CELL_TEXT - 100) return fail(`辦理情形有 ${progress.length} 字，超過儲存格可容納的 ${MAX_CELL_TEXT - 100} 字`);
  if (input.proposal !== null && !PROPOSAL_KINDS.includes(input.proposal)) return fail(`擬辦「${String(input.proposal)}」不是 ${PROPOSAL_KINDS.map((k) => PROPOSAL_LABELS[k]).join("、")} 之一`);
  if (input.proposedDue !== null && !proposalTakesDue(input.proposal)) return fail(`只有${PROPOSAL_LABELS.continue}可以附新期限`);
  if (input.proposedDue !== null && !isIsoDate(input.proposedDue)) return fail(`新期限「${String(input.proposedDue)}」不是有效的日期`);
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
    if (!row) return fail(`找不到列管案號 ${id}：請先重新整理案件清單`);
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
