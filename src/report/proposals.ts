// A division's 填報 for a coming meeting: its 辦理情形 and what it proposes (擬辦), the one text a 填報 is
// kept as (辦理歷程's 內容), and which entry counts when a division reports twice. Pure data and rules,
// shared by the report, the pane and the workbook's plan (src/workbook/proposals.ts).
import { isIsoDate, type IsoDate } from "../domain";

/** What a division proposes the chair rule: 建議解除列管, 建議賡續列管 (maybe with a new deadline), 建議自行列管. */
export type ProposalKind = "close" | "continue" | "self-track";

export const PROPOSAL_KINDS: readonly ProposalKind[] = Object.freeze(["close", "continue", "self-track"]);

export const PROPOSAL_LABELS: Readonly<Record<ProposalKind, string>> = Object.freeze({
  close: "建議解除列管",
  continue: "建議賡續列管",
  "self-track": "建議自行列管",
});

export const PROPOSAL_LABELS_EN: Readonly<Record<ProposalKind, string>> = Object.freeze({
  close: "Propose closing",
  continue: "Propose continuing",
  "self-track": "Propose self-tracking",
});

/** Reads a proposal from a sheet cell: the zh-TW label, or the code's key; undefined for anything else. */
export function parseProposalLabel(text: string): ProposalKind | undefined {
  const t = text.replace(/\s+/g, "");
  return PROPOSAL_KINDS.find((k) => PROPOSAL_LABELS[k] === t || k === t);
}

/** One 填報: a division's progress on one case for one meeting (the meeting the report is for). */
export interface ProgressEntry {
  readonly caseId: string;
  /** the meeting this entry reports to */
  readonly meeting: number;
  readonly division: string;
  readonly progress: string;
  /** null: the division reports progress without proposing a ruling */
  readonly proposal: ProposalKind | null;
  /** with 建議賡續列管: the new deadline proposed, if any */
  readonly proposedDue: IsoDate | null;
  readonly by: string;
  /** when it was entered (ISO timestamp); the later entry of the same case, division and meeting counts */
  readonly at: string;
}

/** What a division enters for one case: an entry before the workbook adds who and when. */
export type ProposalInput = Pick<ProgressEntry, "caseId" | "meeting" | "division" | "progress" | "proposal" | "proposedDue">;

/** The key one entry is kept by: a later entry with the same key replaces the earlier one. */
export function entryKey(entry: Pick<ProgressEntry, "caseId" | "meeting" | "division">): string {
  return `${entry.caseId}/${entry.meeting}/${entry.division}`;
}

/**
 * The entries that count for `meeting`: per case and division the latest by `at` (a tie keeps the one
 * listed last, as it was written last), grouped by case id.
 */
export function latestEntries(entries: readonly ProgressEntry[], meeting: number): Map<string, ProgressEntry[]> {
  const byKey = new Map<string, ProgressEntry>();
  for (const entry of entries) {
    if (entry.meeting !== meeting) continue;
    const key = entryKey(entry);
    const before = byKey.get(key);
    if (before === undefined || before.at <= entry.at) byKey.set(key, entry);
  }
  const byCase = new Map<string, ProgressEntry[]>();
  for (const entry of byKey.values()) {
    const list = byCase.get(entry.caseId) ?? [];
    list.push(entry);
    byCase.set(entry.caseId, list);
  }
  return byCase;
}

/** True when `due` is a date the proposal may carry: only 建議賡續列管 moves a deadline. */
export function proposalTakesDue(kind: ProposalKind | null): boolean {
  return kind === "continue";
}

/** A proposal's words with the new deadline it carries: 建議賡續列管（新期限 …）, the date as `formatDate` writes it. */
function proposalWords(kind: ProposalKind, proposedDue: IsoDate | null, formatDate: (d: IsoDate) => string): string {
  const label = PROPOSAL_LABELS[kind];
  return proposalTakesDue(kind) && proposedDue !== null ? `${label}（新期限 ${formatDate(proposedDue)}）` : label;
}

/** Describes a proposal for the report's 擬辦 column: 建議賡續列管（新期限 民國…）; "" for none. */
export function describeProposal(entry: Pick<ProgressEntry, "proposal" | "proposedDue">, formatDate: (d: IsoDate) => string): string {
  return entry.proposal === null ? "" : proposalWords(entry.proposal, entry.proposedDue, formatDate);
}

// ---- the 填報 row's 內容 -------------------------------------------------------------------------
// 【組室】擬辦：建議賡續列管（新期限 2022-06-30）；辦理情形：… — a person reads it as a sentence, and the
// report reads it back. The deadline is ISO here, so it reads back whatever 日期顯示 says.

const NO_PROPOSAL = "無";
const DETAIL = new RegExp(
  `^【([^【】]+)】擬辦：(${[...PROPOSAL_KINDS.map((k) => PROPOSAL_LABELS[k]), NO_PROPOSAL].join("|")})(?:（新期限 (\\d{4}-\\d{2}-\\d{2})）)?；辦理情形：([\\s\\S]*)$`,
  "u",
);

type EntryText = Pick<ProgressEntry, "division" | "progress" | "proposal" | "proposedDue">;

/**
 * 內容 of a 填報 row.
 *
 * @example
 * proposalDetail({ division: "文書組", progress: "已完成", proposal: "close", proposedDue: null })
 * //=> "【文書組】擬辦：建議解除列管；辦理情形：已完成"
 */
export function proposalDetail(entry: EntryText): string {
  const proposal = entry.proposal === null ? NO_PROPOSAL : proposalWords(entry.proposal, entry.proposedDue, (d) => d);
  return `【${entry.division}】擬辦：${proposal}；辦理情形：${entry.progress}`;
}

/** Reads a 填報 row's 內容 back; null when a person has rewritten it beyond recognition. */
export function parseProposalDetail(detail: string): EntryText | null {
  const m = DETAIL.exec(detail);
  if (!m) return null;
  const [, division = "", label = "", due, progress = ""] = m;
  if (due !== undefined && !isIsoDate(due)) return null;
  return { division, progress, proposal: parseProposalLabel(label) ?? null, proposedDue: due === undefined ? null : due };
}

