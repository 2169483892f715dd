// Problems into words: one wording per language, from the catalogue. The pane, the CLI and the ribbon
// command all render through here, so the same problem reads the same everywhere.
import { CATALOGUE } from "./catalogue";
import type { Problem, ProblemLanguage, ProblemWhere } from "./problem";
import type { Say } from "./wording";

type AnyWording = Readonly<Record<ProblemLanguage, (params: unknown, say: Say) => string>>;

/** The problem's message without its place; a problem nested in its parameters is worded in the same language. */
export function renderMessage(found: Problem, language: ProblemLanguage): string {
  const wording = CATALOGUE[found.code] as AnyWording;
  const say: Say = (nested) => (nested.code in CATALOGUE ? renderProblem(nested as Problem, language) : nested.code);
  return wording[language](found.params, say);
}

/** A place as a short prefix: `第 12 行` / `line 12`, `列管案件!C7`, `列管案號 10902` / `case 10902`. */
export function renderWhere(where: ProblemWhere | undefined, language: ProblemLanguage): string {
  if (where === undefined) return "";
  const zh = language === "zh-TW";
  const parts: string[] = [];
  if (where.file !== undefined) parts.push(where.file);
  if (where.line !== undefined) parts.push(zh ? `第 ${where.line} 行` : `line ${where.line}`);
  if (where.cell !== undefined) parts.push(where.cell);
  if (where.caseId !== undefined) parts.push(zh ? `列管案號 ${where.caseId}` : `case ${where.caseId}`);
  if (where.field !== undefined) parts.push(where.field);
  return parts.join(zh ? "，" : ", ");
}

/**
 * The problem as one line: its place, then its message.
 *
 * @example
 * renderProblem(problem("date.monthOutOfRange", { text: "2022-13-45", month: 13 }, { field: "--as-of" }), "en")
 * //=> "--as-of: the date “2022-13-45” does not exist: the month must be 1–12, not 13"
 */
export function renderProblem(found: Problem, language: ProblemLanguage): string {
  const place = renderWhere(found.where, language);
  const message = renderMessage(found, language);
  if (place === "") return message;
  return language === "zh-TW" ? `${place}：${message}` : `${place}: ${message}`;
}
