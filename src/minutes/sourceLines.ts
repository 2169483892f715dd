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
  text = text.replace(EMPHASIS, "").trim();
  const bullet = BULLET.exec(text);
  if (bullet !== null) {
    text = text.slice(bullet[0].length);
    markdownBlock = true;
    listItem = true;
  }
  if (RULE.test(text)) text = "";
  return { text: text.trim(), markdownBlock, bullet: listItem };
}

/**
 * Splits minutes into cleaned, non-blank lines, each keeping its original line number.
 *
 * Accepts LF, CRLF and lone CR endings and a BOM. Removes what conversion to text leaves behind:
 * `**emphasis**`, `### ` headings, `> ` quotes, list dashes and leading or trailing spaces (full-width
 * U+3000 included). Characters inside a line are left as written: full-width digits stay full-width.
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
    const cleaned = clean(raw[i] ?? "");
    if (cleaned.text !== "") lines.push({ line: i + 1, ...cleaned });
  }
  return lines;
}
