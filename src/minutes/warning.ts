// A parser warning made from a catalogue problem: the line, the problem (worded later in the reader's
// language), and its zh-TW words in `message`, which older callers and the CLI's JSON still read.
import type { Failure } from "../domain";
import { problem, renderMessage, type Problem, type Quoted } from "../problems";
import type { ParseWarning } from "./types";

/**
 * A warning on a line of the minutes.
 *
 * @example
 * warning(12, problem("parser.markerUnclosed", { label: "（三" }))
 * //=> { line: 12, message: "項次「（三」缺少右括號", problem: { code: "parser.markerUnclosed", params: { label: "（三" } } }
 */
export function warning(line: number, found: Problem): ParseWarning {
  return { line, message: renderMessage(found, "zh-TW"), problem: found };
}

/**
 * A failure from below (a date that does not exist) in both languages, to quote inside a warning. A
 * failure not yet made from the catalogue is quoted as written in both.
 */
export function quoted(failure: Pick<Failure, "error" | "problem">): Quoted {
  if (failure.problem === undefined) return { "zh-TW": failure.error, en: failure.error };
  return { "zh-TW": renderMessage(failure.problem, "zh-TW"), en: renderMessage(failure.problem, "en") };
}

/** A failure from below (a malformed 列管案號) as the warning on its line: its own problem when it has one. */
export function failureWarning(line: number, failure: Pick<Failure, "error" | "problem">): ParseWarning {
  return warning(line, failure.problem ?? problem("parser.failure", { cause: quoted(failure) }));
}
