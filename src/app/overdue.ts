// The overdue cases on the workbook's as-of date, by the same rule as the sheet's 狀態 column
// (computeStatus): what 更新狀態 reports and what the CLI's status counts. Pure, but for readOverdue,
// which reads the workbook through the store contract first.
import { compareCaseIds, computeStatus, ok, parseCaseId, type IsoDate, type Result } from "../domain";
import type { Problem } from "../problems";
import type { WorkbookData, WorkbookStore } from "../workbook/model";
import { resolveAsOf } from "./asOf";

export interface OverdueSummary {
  readonly asOf: IsoDate;
  /** overdue case ids in meeting order (unreadable ids last, as written) */
  readonly ids: readonly string[];
  /** the workbook's time zone could not be used (see resolveAsOf) */
  readonly warning: Problem | null;
}

/** Case ids in meeting order (9903 before 10902); ids that are not case ids go last, in text order. */
export function byMeetingOrder(a: string, b: string): number {
  const x = parseCaseId(a);
  const y = parseCaseId(b);
  if (x.ok && y.ok) return compareCaseIds(x.value, y.value);
  if (x.ok !== y.ok) return x.ok ? -1 : 1;
  return a.localeCompare(b);
}

export function overdueSummary(data: Pick<WorkbookData, "cases" | "settings">, now: Date): OverdueSummary {
  const { asOf, warning } = resolveAsOf(data.settings, now);
  const settings = { dueSoonDays: data.settings.dueSoonDays };
  const ids = data.cases
    .filter((c) => computeStatus({ tracking: c.tracking, dueDate: c.dueDate }, asOf, settings).status === "overdue")
    .map((c) => c.caseId)
    .sort(byMeetingOrder);
  return { asOf, ids, warning };
}

/**
 * Reads the workbook and returns its overdue cases: the whole of 更新狀態's work, so the ribbon command
 * calls one service and no store. A workbook that cannot be read is the store's failure, as data.
 */
export async function readOverdue(store: Pick<WorkbookStore, "read">, now: Date): Promise<Result<OverdueSummary>> {
  const read = await store.read();
  return read.ok ? ok(overdueSummary(read.value, now)) : read;
}
