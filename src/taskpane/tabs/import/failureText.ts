// A failure as the pane shows it: its problem worded by the shared catalogue in the pane's language (a
// failure not yet converted to a problem is shown as written).
import { failureMessage, type Failure } from "../../../domain";
import type { ProblemLanguage } from "../../../problems";
import type { Messages } from "../../i18n/zhTW";

export function paneLanguage(t: Pick<Messages, "lang">): ProblemLanguage {
  return t.lang === "en" ? "en" : "zh-TW";
}

export function failureText(t: Pick<Messages, "lang">, failure: Pick<Failure, "error" | "problem">): string {
  return failureMessage(failure, paneLanguage(t));
}
