// What 更新狀態 reports: the overdue cases on the workbook's as-of date (the application service
// overdueSummary, the same rule as the sheet's 狀態 column), as lines in the user's language, with the
// time-zone warning when the workbook's zone could not be used. Pure, so it is tested without Excel.
import { overdueSummary, type OverdueSummary } from "../app";
import { renderProblem, type ProblemLanguage } from "../problems";
import type { WorkbookData } from "../workbook/model";

/** Shown ids are capped so the dialog stays small; the count is always exact. */
export const MAX_LISTED = 20;

/** The words the report needs (the command's own, words.ts). */
export interface OverdueWords {
  readonly lang: string;
  readonly commandOverdue: (n: number, asOf: string) => string;
  readonly commandOverdueList: (ids: string) => string;
}

const languageOfWords = (t: Pick<OverdueWords, "lang">): ProblemLanguage => (t.lang === "en" ? "en" : "zh-TW");

/** The overdue ids on the as-of date, in meeting order. */
export function overdueCases(data: Pick<WorkbookData, "cases" | "settings">, now: Date): { asOf: string; ids: string[] } {
  const { asOf, ids } = overdueSummary(data, now);
  return { asOf, ids: [...ids] };
}

export function overdueReport(data: Pick<WorkbookData, "cases" | "settings">, now: Date, t: OverdueWords): string[] {
  return overdueLines(overdueSummary(data, now), t);
}

/** The summary as the dialog's lines: the count, the ids (capped), the time-zone warning. */
export function overdueLines({ asOf, ids, warning }: OverdueSummary, t: OverdueWords): string[] {
  const lines = [t.commandOverdue(ids.length, asOf)];
  if (ids.length > 0) {
    const listed = ids.length > MAX_LISTED ? `${ids.slice(0, MAX_LISTED).join("、")}…` : ids.join("、");
    lines.push(t.commandOverdueList(listed));
  }
  if (warning !== null) lines.push(renderProblem(warning, languageOfWords(t)));
  return lines;
}
