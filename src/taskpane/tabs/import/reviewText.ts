// Text helpers of the import review, without React: where to split an item's text, the passage a user
// selected in the minutes (its text and source line).

/** The minutes with one line break per source line, as the parser numbers lines (LF, CRLF, lone CR). */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n|\r/gu, "\n");
}

/** Number of source lines of normalized text (an empty text has one, empty, line). */
export function lineCount(source: string): number {
  return source.split("\n").length;
}

/** 1-based source line of a character offset in normalized text. */
export function lineAt(source: string, offset: number): number {
  let line = 1;
  const end = Math.max(0, Math.min(offset, source.length));
  for (let i = 0; i < end; i++) if (source.charCodeAt(i) === 0x0a) line++;
  return line;
}

const SENTENCE_END = /[。！？；;!?\n]/gu;

/**
 * Where to split an item's text in two: at the caret when both sides keep some text, else after the
 * first sentence end (。！？； or a line break) that does. Null when the text cannot be split.
 *
 * @example
 * splitPoint("請總務組辦理。另請文書組配合。", 7) //=> 7
 * splitPoint("請總務組辦理。另請文書組配合。", 0) //=> 7 (the caret at the start: the first sentence)
 * splitPoint("請總務組辦理。", 7) //=> null
 */
export function splitPoint(text: string, caret: number | null): number | null {
  const splits = (at: number): boolean => text.slice(0, at).trim() !== "" && text.slice(at).trim() !== "";
  if (caret !== null && caret > 0 && caret < text.length && splits(caret)) return caret;
  for (const match of text.matchAll(SENTENCE_END)) {
    const at = match.index + match[0].length;
    if (splits(at)) return at;
  }
  return null;
}

// What conversion to text leaves at a line's start (Markdown quotes, headings, list dashes, emphasis)
// and an item's own number: （一）, (1), 一、, 壹、, 1. — the parser drops these from an item's text too.
const LINE_LEFTOVERS = /^(?:>\s*)*(?:#{1,6}\s+)?(?:[-*+]\s+)?/u;
const ITEM_MARKER =
  /^(?:[（(]\s*(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})\s*[）)]|(?:[一二三四五六七八九十]{1,3}|[壹貳參叁肆伍陸柒捌玖拾]{1,3})\s*、|[0-9０-９]{1,2}\s*[.．、](?![0-9０-９]))\s*/u;
const ENDS_SENTENCE = /[。！？；：:;!?]$/u;

function cleanLine(line: string): string {
  return line.trim().replace(LINE_LEFTOVERS, "").replace(/\*\*|__/gu, "").trim();
}

/**
 * A selected passage as an item's text: each line cleaned of Markdown leftovers, the first of its item
 * number, blank lines dropped; a line that does not end a sentence runs on into the next (a wrapped
 * line), the others are kept on lines of their own.
 *
 * @example
 * passageText("- (二) 市民服務組研提話務人力評估，\n  於 8 月 15 日前陳核。") //=> "市民服務組研提話務人力評估，於 8 月 15 日前陳核。"
 */
export function passageText(selected: string): string {
  const lines = normalizeLineBreaks(selected)
    .split("\n")
    .map(cleanLine)
    .filter((line) => line !== "");
  const [first, ...rest] = lines;
  if (first === undefined) return "";
  let text = first.replace(ITEM_MARKER, "").trim();
  for (const line of rest) text += (text === "" || ENDS_SENTENCE.test(text) ? "\n" : "") + line;
  return text.trim();
}

/** A passage selected in the minutes: its text as an item, and the source line it starts on. */
export interface Passage {
  readonly text: string;
  readonly line: number;
}

/**
 * The passage between two offsets of the (normalized) minutes, starting on the line of its first
 * non-blank character; null when nothing but blanks or markers is selected.
 */
export function selectedPassage(source: string, start: number, end: number): Passage | null {
  const from = Math.max(0, Math.min(start, end));
  const to = Math.min(source.length, Math.max(start, end));
  const selected = source.slice(from, to);
  const text = passageText(selected);
  if (text === "") return null;
  const blanks = /^\s*/u.exec(selected)?.[0].length ?? 0;
  return { text, line: lineAt(source, from + blanks) };
}
