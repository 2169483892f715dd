// One new tracked case from a conclusion that assigns work: its case id, divisions and deadline, and what to check.

import { formatCaseId, makeCaseId, parseDueDate, type DueDateResult } from "../domain";
import { problem, type Problem } from "../problems";
import type { Assignees } from "./assignees";
import { halfWidthOnce } from "./halfWidthOnce";
import type { MeetingHeader, ParseWarning, TrackedItem } from "./types";
import { causeOf, warning } from "./warning";

/** Where the item came from. */
export interface ItemSource {
  readonly text: string;
  readonly line: number;
  readonly section: string;
  /** 1-based order among this meeting's items */
  readonly order: number;
}

// Excel reads text starting with these as a formula; the sheet layer writes it as text.
const FORMULA_START = /^[=+\-@]/u;

function bracketBalance(text: string): { open: number; close: number } {
  const half = halfWidthOnce(text);
  let open = 0;
  let close = 0;
  for (let i = 0; i < half.length; i++) {
    const ch = half.charCodeAt(i);
    if (ch === 0x28) open++;
    else if (ch === 0x29) close++;
  }
  return { open, close };
}

/**
 * The case id of a meeting's `order`-th item (meeting × 100 + order), or "" and why it has none: no
 * meeting number gives "" silently (the header warns once), past the 99th item a warning says why.
 *
 * @example
 * itemCaseId(110, 3) //=> { caseId: "11003", warning: null }
 */
export function itemCaseId(number: number | null, order: number): { caseId: string; warning: Problem | null } {
  const id = number === null ? null : makeCaseId(number, order);
  if (id === null) return { caseId: "", warning: null };
  return id.ok ? { caseId: formatCaseId(id.value), warning: null } : { caseId: "", warning: problem("parser.itemNoCaseId", { order, cause: causeOf(id) }) };
}

/** Why a deadline that was written gives no date, as a problem (quoted as written when it has no code). */
export function dueDateWarning(due: DueDateResult): Problem | null {
  if (due.warning === null) return null;
  return causeOf({ error: due.warning, problem: due.problem });
}

/**
 * Builds the tracked item and the warnings a secretary should see about it.
 *
 * The case id is meeting number × 100 + order (`11001`); without a meeting number, or past the 99th
 * item, it is empty and a warning says why. The text is kept verbatim, even when it starts with `=`.
 *
 * @example
 * trackedItem({ text: "請公管中心進行市政大樓 1 樓北區…", line: 31, section: "…會議結論", order: 1 }, assignees, meeting)
 * //=> { item: { caseId: "11001", divisions: ["市政大樓公共事務管理中心"], dueDate: null, … }, warnings: [] }
 */
export function trackedItem(
  source: ItemSource,
  assignees: Assignees,
  meeting: MeetingHeader,
): { item: TrackedItem; warnings: ParseWarning[] } {
  const { text, line, order } = source;
  const warnings: ParseWarning[] = [];
  const warn = (found: Problem): void => {
    warnings.push(warning(line, found));
  };
  const numbered = itemCaseId(meeting.number, order);
  const caseId = numbered.caseId;
  const named = { caseId, order };
  if (numbered.warning !== null) warn(numbered.warning);
  if (assignees.divisions.length === 0) warn(problem("parser.itemNoDivision", named));
  for (const unit of assignees.unknown) warn(problem("parser.divisionUnknown", { unit }));
  if (FORMULA_START.test(text)) warn(problem("parser.itemFormulaStart", { ...named, character: text.charAt(0) }));
  const brackets = bracketBalance(text);
  if (brackets.open !== brackets.close) {
    warn(problem("parser.itemBrackets", { ...named, open: brackets.open, close: brackets.close }));
  }
  const due = parseDueDate(text, meeting.date);
  const dueWarning = dueDateWarning(due);
  if (dueWarning !== null) warn(dueWarning);
  const item: TrackedItem = {
    caseId,
    section: source.section,
    text,
    divisions: assignees.divisions,
    supporting: assignees.supporting,
    people: assignees.people,
    dueDate: due.dueDate,
    dueText: due.dueText,
    line,
  };
  return { item, warnings };
}
