// The CLI's failure for bad input: a one-line reason on stderr and exit code 2 (the contract scripts rely on).
// The reason is a problem from the shared catalogue (worded in the user's language when printed) or, for
// messages not yet converted, a text shown as written.
import { failureMessage, type Failure } from "../domain";
import { renderProblem, type Problem, type ProblemLanguage } from "../problems";

export class CliInputError extends Error {
  override readonly name = "CliInputError";
  readonly problem: Problem | undefined;

  constructor(reason: string | Problem) {
    super(typeof reason === "string" ? reason : renderProblem(reason, "zh-TW"));
    this.problem = typeof reason === "string" ? undefined : reason;
  }

  /** A failed Result as a CLI error, keeping its problem when it has one. */
  static from(failure: Failure): CliInputError {
    return new CliInputError(failure.problem ?? failure.error);
  }

  /** The reason in the user's language. */
  render(language: ProblemLanguage): string {
    return failureMessage({ error: this.message, problem: this.problem }, language);
  }
}

export const EXIT_BAD_INPUT = 2;
