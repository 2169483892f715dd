// A parser warning made from a catalogue problem: the line and the problem, worded where it is shown (the
// review, the CLI) in the reader's language.
import type { Failure } from "../domain";
import { problem, type Problem } from "../problems";
import type { ParseWarning } from "./types";

/**
 * A warning on a line of the minutes.
 *
 * @example
 * warning(12, problem("parser.markerUnclosed", { label: "（三" }))
 * //=> { line: 12, problem: { code: "parser.markerUnclosed", params: { label: "（三" } } }
 */
export function warning(line: number, found: Problem): ParseWarning {
  return { line, problem: found };
}

/**
 * A failure from below (a date that does not exist) as a problem, to nest in a warning or to be one: its
 * own, or (a failure not yet made from the catalogue) its text as written, in either language.
 */
export function causeOf(failure: Pick<Failure, "error" | "problem">): Problem {
  return failure.problem ?? problem("parser.failure", { text: failure.error });
}

/** A failure from below (a malformed 列管案號) as the warning on its line: its own problem when it has one. */
export function failureWarning(line: number, failure: Pick<Failure, "error" | "problem">): ParseWarning {
  return warning(line, causeOf(failure));
}
