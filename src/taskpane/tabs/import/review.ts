// The import review, without React: the parsed items as editable rows (include, lead, supporting, due
// date beside the original wording), and the MeetingRecord rebuilt from the user's edits for applyMeeting.
import { isIsoDate, type IsoDate } from "../../../domain";
import type { MeetingRecord, TrackedItem } from "../../../minutes/types";
import { joinNames, splitNames } from "../../view/splitNames";

export interface ReviewItem {
  readonly caseId: string;
  readonly include: boolean;
  /** lead divisions as typed, 、-separated */
  readonly lead: string;
  /** supporting divisions as typed, 、-separated */
  readonly supporting: string;
  /** yyyy-mm-dd as an <input type=date> gives it; "" for no deadline */
  readonly due: string;
}

export type ReviewProblem = { readonly kind: "bad-due"; readonly caseId: string; readonly text: string } | { readonly kind: "no-meeting-number" };

export type ReviewOutcome = { readonly ok: true; readonly record: MeetingRecord } | { readonly ok: false; readonly problem: ReviewProblem };

/** Each parsed item as a review row: included, its lead and supporting divisions split apart. */
export function reviewItems(record: MeetingRecord): ReviewItem[] {
  return record.items.map((item) => ({
    caseId: item.caseId,
    include: true,
    lead: joinNames(item.divisions.filter((d) => !item.supporting.includes(d))),
    supporting: joinNames(item.supporting),
    due: item.dueDate ?? "",
  }));
}

export function updateItem(items: readonly ReviewItem[], caseId: string, patch: Partial<Omit<ReviewItem, "caseId">>): ReviewItem[] {
  return items.map((item) => (item.caseId === caseId ? { ...item, ...patch } : item));
}

function edited(item: TrackedItem, edit: ReviewItem, due: IsoDate | null): TrackedItem {
  const lead = splitNames(edit.lead);
  // a unit typed in both columns leads; it is not also listed as supporting
  const supporting = splitNames(edit.supporting).filter((d) => !lead.includes(d));
  return { ...item, divisions: [...new Set([...lead, ...supporting])], supporting, dueDate: due };
}

/**
 * The record to apply: only the included items, with the divisions and due dates as edited. The
 * original wording (dueText) stays as the minutes wrote it; item ids stay as numbered, so leaving one
 * out never renumbers the others. Rulings, header and warnings are the parser's.
 */
export function recordFromReview(record: MeetingRecord, review: readonly ReviewItem[]): ReviewOutcome {
  if (record.meeting.number === null) return { ok: false, problem: { kind: "no-meeting-number" } };
  const edits = new Map(review.map((item) => [item.caseId, item]));
  const items: TrackedItem[] = [];
  for (const item of record.items) {
    const edit = edits.get(item.caseId);
    if (!edit) {
      items.push(item);
      continue;
    }
    if (!edit.include) continue;
    const text = edit.due.trim();
    if (text !== "" && !isIsoDate(text)) return { ok: false, problem: { kind: "bad-due", caseId: item.caseId, text } };
    items.push(edited(item, edit, text === "" ? null : text));
  }
  return { ok: true, record: { ...record, items } };
}
