// Minutes text as numbered lines: BOM, line endings and Markdown leftovers removed, original line numbers kept.

/** One non-blank line of the minutes, cleaned of conversion leftovers but otherwise as written. */
export interface SourceLine {
  /** 1-based line number in the original text */
  readonly line: number;
  /** the line without Markdown emphasis, heading hashes, list dashes or surrounding spaces */
  readonly text: string;
  /** the line was a Markdown heading or list item, so it starts a paragraph of its own */
  readonly markdownBlock: boolean;
  /** the line was a Markdown list item (`- `, `* `, `+ `): a bullet when no number follows */
  readonly bullet: boolean;
}

// Characters that carry nothing: byte order marks anywhere (concatenated files) and zero-width spaces.
const INVISIBLE = /\uFEFF|\u200B|\u200C|\u200D|\u2060/gu;
const QUOTE = /^(?:>\s*)+/u;
const HEADING = /^#{1,6}(?:\s+|$)/u;
// A list dash needs a space after it: "-5%" and "=SUM(…)" are content, not Markdown.
const BULLET = /^[-*+](?:\s+|$)/u;
const EMPHASIS = /\*\*|__/gu;
// Markdown pages written by hand end lines with <br>.
const LINE_BREAK_TAG = /<br\s*\/?>/giu;
// Horizontal rules and table separators (---, ***, |---|---|) hold no text.
const RULE = /^(?:[-*_=]\s*){3,}$|^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/u;

function clean(raw: string): { text: string; markdownBlock: boolean; bullet: boolean } {
  let text = raw.replace(INVISIBLE, "").trim();
  let markdownBlock = false;
  let listItem = false;
  const quote = QUOTE.exec(text);
  if (quote !== null) text = text.slice(quote[0].length);
  const heading = HEADING.exec(text);
  if (heading !== null) {
    text = text.slice(heading[0].length);
    markdownBlock = true;
  }
  text = text.replace(EMPHASIS, "").replace(LINE_BREAK_TAG, " ").trim();
  const bullet = BULLET.exec(text);
  if (bullet !== null) {
    text = text.slice(bullet[0].length);
    markdownBlock = true;
    listItem = true;
  }
  if (RULE.test(text)) text = "";
  return { text: text.trim(), markdownBlock, bullet: listItem };
}

// Text taken from a PDF may space out every character (義 孚 大 學 行 政 會 議): a line where most Han
// characters are followed by one space loses those spaces between non-ASCII characters.
const SPACED_HAN = /[\u4e00-\u9fff] (?=[^\u0020-\u007e])/gu;
const SPACE_BETWEEN_WIDE = /(?<=[^\u0020-\u007e]) (?=[^\u0020-\u007e(])|(?<=[^\u0020-\u007e]) (?=\()|(?<=\() (?=[^\u0020-\u007e])|(?<=[^\u0020-\u007e]) (?=\))/gu;

function spacedOut(text: string): boolean {
  if (text.length < 16 || !text.includes(" ")) return false;
  const spaced = text.match(SPACED_HAN)?.length ?? 0;
  if (spaced < 8) return false;
  const han = text.match(/[\u4e00-\u9fff]/gu)?.length ?? 0;
  return spaced >= 8 && spaced >= han * 0.5;
}

// Spaced-out text drops the 、 after heading numerals (壹 報 告 事 項, 一 主 席 報 告): closing it up would
// glue the numeral to its heading, so the 、 is put back.
const SPACED_HEADING_NUMBER = /^([壹貳參叁肆伍陸柒捌玖拾]{1,2}|[一二三四五六七八九十]{1,3}) (?=[^\u0020-\u007e、.．])/u;

function closeUp(text: string): string {
  return text.replace(SPACED_HEADING_NUMBER, "$1、").replace(SPACE_BETWEEN_WIDE, "");
}

// A page whose line breaks were lost runs headings, header fields and numbered points together on one
// line: it is cut before each of them when they follow a space (壹、 一、 （一） 1. 時間: 主席:).
const RUN_TOGETHER =
  /\s(?=(?:[壹貳參叁肆伍陸柒捌玖拾]{1,2}\s*、|(?:[壹貳參叁肆伍陸柒捌玖拾]{1,2}|[一二三四五六七八九十]{1,3})\s(?=(?:報\s告|討\s論|提\s案|臨\s時|主\s席|決\s議|散\s會|業\s務|確\s認|宣\s讀|上\s次|前\s次|選\s舉|頒\s獎|專\s題)\s)|[一二三四五六七八九十]{1,3}\s*[、.]|[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]|\d{1,2}\s*[.、．](?!\d)|(?:時\s*間|地\s*點|主\s*席|紀\s*錄|記\s*錄|出\s*席|列\s*席|決\s*議|決\s*定|議\s*決|案\s*由|說\s*明|辦\s*法|審\s*查\s*意\s*見|主席裁示|主席指示)\s*[:：]))/gu;

function cutRunTogether(text: string): string[] {
  if (text.length < 100) return [text];
  const cuts = [...text.matchAll(RUN_TOGETHER)].map((m) => m.index);
  if (cuts.length < 3) return [text];
  const pieces: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    pieces.push(text.slice(start, cut));
    start = cut + 1;
  }
  pieces.push(text.slice(start));
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== "");
}

/**
 * Splits minutes into cleaned, non-blank lines, each keeping its original line number.
 *
 * Accepts LF, CRLF and lone CR endings and a BOM. Removes what conversion to text leaves behind:
 * `**emphasis**`, `### ` headings, `> ` quotes, list dashes and leading or trailing spaces (full-width
 * U+3000 included). Characters inside a line are left as written: full-width digits stay full-width.
 * Two leftovers of PDF extraction are undone: characters spaced out one by one are closed up, and a
 * page run together on one line is cut before its headings, header fields and numbered points (the
 * pieces keep that line's number).
 *
 * @example
 * toSourceLines("\uFEFF### **文書組高組長補充報告：**\r\n\r\n- (一) 本府於 3 月 1 日函頒")
 * //=> [{ line: 1, text: "文書組高組長補充報告：", markdownBlock: true },
 * //    { line: 3, text: "(一) 本府於 3 月 1 日函頒", markdownBlock: true }]
 */
export function toSourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const raw = text.split(/\r\n|\r|\n/u);
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] ?? "";
    const cleaned = clean(line);
    if (cleaned.text === "") continue;
    // cut while the spaces still mark where a run-together page's pieces begin, then close up
    const cut = cutRunTogether(cleaned.text);
    const pieces = spacedOut(line) ? cut.map(closeUp) : cut;
    pieces.forEach((text, k) => {
      lines.push({ line: i + 1, text, markdownBlock: cleaned.markdownBlock || k > 0, bullet: k === 0 && cleaned.bullet });
    });
  }
  return lines;
}
