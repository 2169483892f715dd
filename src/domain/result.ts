// Result type for domain parsing: a value, or a problem for the user, never a throw.
import { renderProblem, type Problem, type ProblemLanguage } from "../problems";

/**
 * A failure: `error` is the message in Traditional Chinese (what every caller has read so far), and
 * `problem`, when the failure was made from the shared catalogue, the same thing as data, so the pane and
 * the CLI can word it in the reader's language. Failures still made from a bare string have no problem
 * and are shown as they are; they are converted module by module.
 */
export interface Failure {
  readonly ok: false;
  readonly error: string;
  readonly problem?: Problem;
}

/** Either a parsed value or a failure that quotes the offending input. */
export type Result<T> = { ok: true; value: T } | Failure;

/**
 * Wraps a successfully parsed value.
 *
 * @example
 * ok(10902) //=> { ok: true, value: 10902 }
 */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * Wraps a failure; a problem from the catalogue (preferred) or a message that says what was wrong and
 * what was expected.
 *
 * `never` as the value type lets a failure be returned from any `Result<T>` function.
 *
 * @example
 * fail(problem("case.notFound", { caseId: "10902" })) //=> { ok: false, error: "找不到列管案號 10902：…", problem: {…} }
 */
export function fail(error: string | Problem): Failure {
  return typeof error === "string" ? { ok: false, error } : { ok: false, error: renderProblem(error, "zh-TW"), problem: error };
}

/**
 * A failure in the reader's language: its problem rendered from the catalogue, else (a failure not yet
 * converted) its message as written.
 */
export function failureMessage(failure: Pick<Failure, "error" | "problem">, language: ProblemLanguage): string {
  return failure.problem === undefined ? failure.error : renderProblem(failure.problem, language);
}
