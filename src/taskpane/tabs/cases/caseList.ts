// The 案件 tab's list, decided without React: each case with its computed status, filtered by division,
// status and text, sorted by due date; and a case's history, oldest first.
import {
  belongsTo,
  compareCaseIds,
  computeStatus,
  membershipUnits,
  parseCaseId,
  toHalfWidth,
  type ComputedStatus,
  type DivisionLookup,
  type IsoDate,
} from "../../../domain";
import type { CaseRow, HistoryRow, WorkbookData } from "../../../workbook/model";
import { ownersLabel } from "../../view/owners";

export interface CaseView {
  readonly row: CaseRow;
  readonly status: ComputedStatus;
  readonly daysOverdue: number;
}

export interface CaseFilter {
  /** a division name; "" for all */
  readonly division: string;
  /** a computed status; "" for all */
  readonly status: ComputedStatus | "";
  /** free text matched against the id, subject, divisions, wording and progress */
  readonly text: string;
  /** closed cases (解除列管, 自行列管) are hidden unless asked for, here or by choosing the status 已結案 */
  readonly showClosed: boolean;
}

export const NO_FILTER: CaseFilter = { division: "", status: "", text: "", showClosed: true };

export function caseViews(data: Pick<WorkbookData, "cases" | "settings">, asOf: IsoDate): CaseView[] {
  const settings = { dueSoonDays: data.settings.dueSoonDays };
  return data.cases.map((row) => ({ row, ...computeStatus({ tracking: row.tracking, dueDate: row.dueDate }, asOf, settings) }));
}

const normalize = (text: string): string => toHalfWidth(text).toLowerCase().replace(/\s+/g, "");

/** A case belongs to a division by the domain's one rule (lead, supporting, 各組室 …): see caseMembership. */
export function involves(row: CaseRow, division: string, lookup: DivisionLookup): boolean {
  return belongsTo(row, division, lookup);
}

function matchesText(row: CaseRow, text: string): boolean {
  const needle = normalize(text);
  if (needle === "") return true;
  return [row.caseId, row.text, ownersLabel(row), row.dueText, row.progress, row.note].some((field) => normalize(field).includes(needle));
}

export function filterCases(views: readonly CaseView[], filter: CaseFilter, lookup: DivisionLookup): CaseView[] {
  return views.filter(
    (view) =>
      (filter.division === "" || involves(view.row, filter.division, lookup)) &&
      (filter.status === "" || view.status === filter.status) &&
      (filter.showClosed || filter.status === "closed" || view.status !== "closed") &&
      matchesText(view.row, filter.text),
  );
}

/** Case ids in meeting-then-item order (9903 before 10902); text order for ids that do not parse. */
export function compareIds(a: string, b: string): number {
  const pa = parseCaseId(a);
  const pb = parseCaseId(b);
  if (pa.ok && pb.ok) return compareCaseIds(pa.value, pb.value);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A case created only to hold a ruling on it (補建案件): its subject is still 內容待補. */
export function isPlaceholder(row: CaseRow): boolean {
  return row.text.trim() === "";
}

/**
 * Real cases before 內容待補 placeholders; then earliest due date first, cases without one after those
 * with one; ties in case-id order (meeting, item).
 */
export function sortByDue(views: readonly CaseView[]): CaseView[] {
  return [...views].sort((a, b) => {
    const pa = isPlaceholder(a.row);
    if (pa !== isPlaceholder(b.row)) return pa ? 1 : -1;
    const da = a.row.dueDate;
    const db = b.row.dueDate;
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? -1 : 1;
    }
    return compareIds(a.row.caseId, b.row.caseId);
  });
}

/**
 * The division choices: the registry's names, then any other unit the cases name, in first-seen order
 * (never the collective words 各組室 …, whose cases show under every registry division).
 */
export function divisionOptions(data: Pick<WorkbookData, "cases">, lookup: DivisionLookup): string[] {
  return membershipUnits(data.cases, lookup);
}

export function historyOf(history: readonly HistoryRow[], caseId: string): HistoryRow[] {
  return history
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => row.caseId === caseId)
    .sort((a, b) => (a.row.at === b.row.at ? a.index - b.index : a.row.at < b.row.at ? -1 : 1))
    .map(({ row }) => row);
}
