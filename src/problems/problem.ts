// A problem the user can fix (bad input, a workbook that does not match, a setting out of range), as data:
// a code from the one catalogue, its parameters, and where it is. Words come later, from render.ts, in the
// reader's language; bugs are not problems, they stay Error subclasses.
import type { CATALOGUE } from "./catalogue";

/** The languages every problem is worded in; zh-TW first. */
export type ProblemLanguage = "zh-TW" | "en";

export type ProblemCode = keyof typeof CATALOGUE;

/** The parameters a code's wording takes, read from the catalogue so a missing or mistyped one is a compile error. */
export type ProblemParams<C extends ProblemCode> = Parameters<(typeof CATALOGUE)[C]["en"]>[0];

/** Where the problem is: a line of the minutes, a cell of the workbook, a case, a file, a command-line option. */
export interface ProblemWhere {
  readonly file?: string;
  readonly line?: number;
  /** an A1 reference, with its sheet when known (列管案件!C7) */
  readonly cell?: string;
  readonly caseId?: string;
  /** a command-line option (--as-of) or a form field's name */
  readonly field?: string;
}

/** One problem; narrowing on `code` types `params`. */
export type Problem = {
  readonly [C in ProblemCode]: { readonly code: C; readonly params: ProblemParams<C>; readonly where?: ProblemWhere };
}[ProblemCode];

/**
 * Makes a problem.
 *
 * @example
 * problem("case.notFound", { caseId: "10902" }) //=> { code: "case.notFound", params: { caseId: "10902" } }
 */
export function problem<C extends ProblemCode>(code: C, params: ProblemParams<C>, where?: ProblemWhere): Problem {
  // The mapped union cannot be built from a generic C without this assertion; the signature keeps it sound.
  return (where === undefined ? { code, params } : { code, params, where }) as Problem;
}

/** The same problem placed somewhere (what the caller knows and the callee did not: the file, the option). */
export function locate(found: Problem, where: ProblemWhere): Problem {
  return { ...found, where: { ...found.where, ...where } };
}
