// A paragraph of minutes joined from several lines, which remembers the source line of every part.

/** Joined text and a map from text offsets back to 1-based source lines. */
export interface Paragraph {
  /** line of the paragraph's first character */
  readonly line: number;
  readonly text: string;
  /** source line of the character at `offset` */
  lineAt(offset: number): number;
}

/** How a new line joins the text before it. */
export type JoinMode = "sentence" | "paragraph";

const ASCII_WORD_END = /[A-Za-z0-9]$/u;
const ASCII_WORD_START = /^[A-Za-z0-9]/u;

/** Builds a {@link Paragraph} line by line in linear time. */
export class ParagraphBuilder {
  private readonly parts: string[] = [];
  private readonly starts: { offset: number; line: number }[] = [];
  private length = 0;

  constructor(
    readonly line: number,
    text: string,
  ) {
    this.push(line, text);
  }

  /**
   * Adds a line. A sentence broken across lines (`…並配合辦理疫` / `情之相關因應措施。`) joins with
   * nothing between, or one space between ASCII words; a new paragraph joins with a line break.
   */
  append(line: number, text: string, mode: JoinMode): void {
    const last = this.parts[this.parts.length - 1] ?? "";
    const separator = mode === "paragraph" ? "\n" : ASCII_WORD_END.test(last) && ASCII_WORD_START.test(text) ? " " : "";
    if (separator !== "") {
      this.parts.push(separator);
      this.length += separator.length;
    }
    this.push(line, text);
  }

  /** The text so far ends a sentence, so a following line starts a new one. */
  endsSentence(): boolean {
    const last = this.parts[this.parts.length - 1] ?? "";
    return /[。！？；：.!?;:」』]$/u.test(last);
  }

  /** The text so far ends in a list separator, so a following line continues the list. */
  endsInList(): boolean {
    const last = this.parts[this.parts.length - 1] ?? "";
    return /[、，,]$/u.test(last);
  }

  build(): Paragraph {
    const text = this.parts.join("");
    const starts = [...this.starts];
    return {
      line: this.line,
      text,
      lineAt(offset: number): number {
        let found = starts[0]?.line ?? 0;
        for (const start of starts) {
          if (start.offset > offset) break;
          found = start.line;
        }
        return found;
      },
    };
  }

  private push(line: number, text: string): void {
    this.starts.push({ offset: this.length, line });
    this.parts.push(text);
    this.length += text.length;
  }
}
