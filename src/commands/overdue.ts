// What 更新狀態 reports: the overdue cases on the workbook's as-of date, by the same rules as the sheet's
// 狀態 column (computeStatus), as lines in the user's language. Pure, so it is tested without Excel.
import { computeStatus } from "../domain";
import type { WorkbookData } from "../workbook/model";
import type { Messages } from "../taskpane/i18n/zhTW";
import { compareIds } from "../taskpane/tabs/cases/caseList";
import { asOfDate } from "../taskpane/view/asOf";

/** Shown ids are capped so the dialog stays small; the count is always exact. */
export const MAX_LISTED = 20;

export function overdueCases(data: Pick<WorkbookData, "cases" | "settings">, now: Date): { asOf: string; ids: string[] } {
  const asOf = asOfDate(data.settings, now);
  const settings = { dueSoonDays: data.settings.dueSoonDays };
  const ids = data.cases
    .filter((c) => computeStatus({ tracking: c.tracking, dueDate: c.dueDate }, asOf, settings).status === "overdue")
    .map((c) => c.caseId)
    .sort(compareIds);
  return { asOf, ids };
}

export function overdueReport(data: Pick<WorkbookData, "cases" | "settings">, now: Date, t: Pick<Messages, "commandOverdue" | "commandOverdueList">): string[] {
  const { asOf, ids } = overdueCases(data, now);
  const lines = [t.commandOverdue(ids.length, asOf)];
  if (ids.length > 0) lines.push(t.commandOverdueList(ids.length > MAX_LISTED ? `${ids.slice(0, MAX_LISTED).join("、")}…` : ids.join("、")));
  return lines;
}
