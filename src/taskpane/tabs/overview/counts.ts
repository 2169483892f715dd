// The 總覽 tab's figures: per division, how many of its cases are open, overdue, due soon and closed on the
// as-of date, with the sheet's 狀態 rules (computeStatus) and the domain's membership rule (caseDivisions),
// as the sheet's 組室總覽 formulas and the CLI count them.
import { caseDivisions, computeStatus, membershipUnits, type DivisionLookup, type IsoDate } from "../../../domain";
import type { WorkbookData } from "../../../workbook/model";

export interface DivisionCount {
  readonly division: string;
  /** not closed: overdue, due soon, on track or without deadline */
  readonly open: number;
  readonly overdue: number;
  readonly dueSoon: number;
  readonly closed: number;
}

/**
 * One row per registry division (even with no cases, as the 組室總覽 sheet has), then any unit outside
 * the registry the cases name. A case counts once for each division it belongs to: its lead and
 * supporting divisions, and every registry division when it is assigned to 各組室 (caseDivisions).
 */
export function divisionCounts(data: Pick<WorkbookData, "cases" | "settings">, lookup: DivisionLookup, asOf: IsoDate): DivisionCount[] {
  const rows = new Map<string, { open: number; overdue: number; dueSoon: number; closed: number }>();
  const row = (name: string) => {
    let found = rows.get(name);
    if (!found) {
      found = { open: 0, overdue: 0, dueSoon: 0, closed: 0 };
      rows.set(name, found);
    }
    return found;
  };
  for (const name of membershipUnits(data.cases, lookup)) row(name);
  const settings = { dueSoonDays: data.settings.dueSoonDays };
  for (const c of data.cases) {
    const { status } = computeStatus({ tracking: c.tracking, dueDate: c.dueDate }, asOf, settings);
    for (const name of caseDivisions(c, lookup)) {
      const counts = row(name);
      if (status === "closed") counts.closed++;
      else counts.open++;
      if (status === "overdue") counts.overdue++;
      if (status === "due-soon") counts.dueSoon++;
    }
  }
  return [...rows].map(([division, counts]) => ({ division, ...counts }));
}

export function totals(counts: readonly DivisionCount[]): Omit<DivisionCount, "division"> {
  return counts.reduce(
    (sum, c) => ({ open: sum.open + c.open, overdue: sum.overdue + c.overdue, dueSoon: sum.dueSoon + c.dueSoon, closed: sum.closed + c.closed }),
    { open: 0, overdue: 0, dueSoon: 0, closed: 0 },
  );
}

/** The chart's bars: divisions with open cases, most open first (ties in table order), at most `limit`. */
export function chartBars(counts: readonly DivisionCount[], limit = 12): DivisionCount[] {
  return counts
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => c.open > 0)
    .sort((a, b) => b.c.open - a.c.open || a.index - b.index)
    .slice(0, limit)
    .map(({ c }) => c);
}
