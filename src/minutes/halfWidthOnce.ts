// The line recognizers each half-width the text they are given, usually the same line several times in a
// row; remembering the last answer converts each line once (about a tenth of the parse time on 1 MB).
import { toHalfWidth } from "../domain";

let last = { text: "", half: "" };

/** {@link toHalfWidth}, remembered for the last text asked about. */
export function halfWidthOnce(text: string): string {
  if (text !== last.text) last = { text, half: toHalfWidth(text) };
  return last.half;
}
