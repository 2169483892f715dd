// A parsed record with its meeting number or date supplied by the person importing it (the CLI's
// --number/--date), and what depends on them redone as the parser does: case ids and deadlines.

import { parseDueDate, type IsoDate } from "../domain";
import type { Problem, ProblemCode } from "../problems";
import { dueDateWarning, itemCaseId } from "./trackedItem";
import type { MeetingRecord, ParseWarning, TrackedItem } from "./types";
import { warning } from "./warning";

/** The number and date given in place of the minutes' own. */
export interface HeaderOverride {
  readonly number?: number;
  readonly date?: IsoDate;
}

/** Takes out one warning of `found` on `line`, if there is one (the same code and parameters). */
function takeWarning(warnings: ParseWarning[], line: number, found: Problem): void {
  const at = warnings.findIndex((w) => w.line === line && JSON.stringify(w.problem) === JSON.stringify(found));
  if (at >= 0) warnings.splice(at, 1);
}

/**
 * The record with `header` in place of the minutes' number and date: each item's case id (number × 100
 * + its order) and deadline (resolved against the meeting date, its warning replaced) follow. The
 * header warnings the override answers are dropped; the others, an impossible date in the minutes
 * included, stay.
 *
 * @example
 * withHeader(parsedWithoutNumber, { number: 112 }).items[0].caseId //=> "11201"
 */
export function withHeader(record: MeetingRecord, header: HeaderOverride): MeetingRecord {
  const before = record.meeting;
  const number = header.number ?? before.number;
  const date = header.date ?? before.date;
  const answered = new Set<ProblemCode>([
    ...(header.number !== undefined ? (["parser.noNumber"] as const) : []),
    ...(header.date !== undefined ? (["parser.noDate"] as const) : []),
    ...(header.number !== undefined && header.date !== undefined ? (["parser.noHeader"] as const) : []),
  ]);
  const warnings = record.warnings.filter((w) => !answered.has(w.problem.code));
  if (number === before.number && date === before.date) return { ...record, warnings };

  const items = record.items.map((item, index): TrackedItem => {
    let next = item;
    if (number !== before.number) {
      const numbered = itemCaseId(number, index + 1);
      if (numbered.warning !== null) warnings.push(warning(item.line, numbered.warning));
      next = { ...next, caseId: numbered.caseId };
    }
    if (date !== before.date) {
      const old = parseDueDate(item.text, before.date);
      const due = parseDueDate(item.text, date);
      const oldWarning = dueDateWarning(old);
      const dueWarning = dueDateWarning(due);
      if (oldWarning !== null) takeWarning(warnings, item.line, oldWarning);
      if (dueWarning !== null) warnings.push(warning(item.line, dueWarning));
      next = { ...next, dueDate: due.dueDate, dueText: due.dueText };
    }
    return next;
  });
  // Stable, so warnings on one line keep their order, as the parser leaves them.
  const byLine = [...warnings].sort((a, b) => a.line - b.line);
  return { ...record, meeting: { ...before, number, date }, items, warnings: byLine };
}
