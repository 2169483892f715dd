// A reader's refusal as a problem (src/problems/readerCatalogue.ts): the reason alone, which readMinutes
// places after the file's name. Its zh-TW text is what the readers have always said.
import { fail, type Failure } from "../../domain";
import { problem, type ReaderReason } from "../../problems";

export function refuse(reason: ReaderReason): Failure {
  return fail(problem("minutes.readerReason", { reason }));
}

/** The reason a failure carries: its problem's, or (a reader not yet converted) its text as written. */
export function reasonOf(failure: Failure): ReaderReason {
  const found = failure.problem;
  if (found?.code === "minutes.readerReason") return found.params.reason;
  return { kind: "written", text: failure.error };
}
