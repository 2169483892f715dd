// A failure as the pane shows it: its problem worded by the shared catalogue in the pane's language (a
// failure not yet converted to a problem is shown as written); and a parser warning, likewise.
import { failureMessage, type Failure } from "../../../domain";
import type { ParseWarning } from "../../../minutes";
import { renderMessage, type ProblemLanguage } from "../../../problems";
import type { Messages } from "../../i18n/zhTW";

export function paneLanguage(t: Pick<Messages, "lang">): ProblemLanguage {
  return t.lang === "en" ? "en" : "zh-TW";
}

export function failureText(t: Pick<Messages, "lang">, failure: Pick<Failure, "error" | "problem">): string {
  return failureMessage(failure, paneLanguage(t));
}

/** A parser warning's words (without its line) in the pane's language. */
export function warningText(t: Pick<Messages, "lang">, warning: Pick<ParseWarning, "problem">): string {
  return renderMessage(warning.problem, paneLanguage(t));
}
