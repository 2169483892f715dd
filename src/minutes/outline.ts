// The minutes' structure: title, header lines, headings, conclusion blocks with their numbered entries, other paragraphs.

import { problem } from "../problems";
import { readAdjournment } from "./adjournment";
import type { ClockReading } from "./clockTime";
import { blockKindOf, readConclusionLabel, readSectionOpener } from "./conclusionLabel";
import { readHeaderFields, type HeaderField } from "./headerFields";
import { BULLET_VALUE, bulletMarker, readMarker, type Marker, type MarkerLevel } from "./markers";
import { readMeetingTitle, type MeetingTitle } from "./meetingTitle";
import { ParagraphBuilder, type Paragraph } from "./paragraph";
import { isReportLabel, readProposalHeading } from "./reportLabel";
import type { SourceLine } from "./sourceLines";
import type { ParseWarning } from "./types";
import { warning } from "./warning";

/** A numbered entry of a conclusion block; its text starts after the marker. */
export interface Entry {
  readonly marker: Marker;
  readonly paragraph: Paragraph;
}

/**
 * What a block's label says its entries are: the chair's instructions (裁示, 指示, 交辦: every point
 * asks for work), conclusions or decisions (結論, 決議, 決定: a point asks for work when it says so),
 * or divisions' reports that carry instructions (各科重大事項提報); `loose` for numbered points outside
 * any labelled block, read only when the minutes have no label at all.
 */
export type BlockKind = "instruction" | "conclusion" | "decision" | "report" | "loose";

/** The conclusions under one label (會議結論, 決議, 主席裁示…). */
export interface ConclusionBlock {
  readonly line: number;
  readonly kind: BlockKind;
  /** the heading it sits under and the label, e.g. `四、各組室業務工作報告 會議結論` */
  readonly section: string;
  /** text that is not a numbered entry: `洽悉。` in `會議結論：洽悉。`, or an introduction to the entries */
  readonly lead: Paragraph | null;
  readonly entries: readonly Entry[];
}

export interface HeaderLine {
  readonly line: number;
  readonly field: HeaderField;
  readonly value: string;
}

/** The minutes cut into the parts the header, rulings and items are read from. */
export interface Outline {
  readonly title: { readonly line: number; readonly title: MeetingTitle } | null;
  /** the line right above the title when it stands alone: it may name the organization */
  readonly aboveTitle: SourceLine | null;
  readonly fields: readonly HeaderLine[];
  readonly adjournment: { readonly line: number; readonly time: ClockReading | null } | null;
  readonly blocks: readonly ConclusionBlock[];
  /** paragraphs outside conclusion blocks (reports, headings' text), read only for rulings */
  readonly paragraphs: readonly Paragraph[];
  /** the headings (壹、 一、 and bullet headings) in reading order with their lines: for naming the section
   * of a loose point, and for saying what was seen when nothing was found */
  readonly headingLines: readonly { readonly line: number; readonly text: string }[];
  /**
   * numbered or bulleted paragraphs outside any conclusion block: where the minutes have no conclusion
   * label at all (a bare list of instructions), these are the candidates for items
   */
  readonly looseEntries: readonly Entry[];
  readonly warnings: readonly ParseWarning[];
}

interface OpenBlock {
  readonly line: number;
  readonly kind: BlockKind;
  readonly section: string;
  /** level of the heading the block sits under: markers at or above it are headings, not entries */
  readonly sectionLevel: number;
  itemLevel: MarkerLevel | null;
  lead: ParagraphBuilder | null;
  readonly entries: { marker: Marker; builder: ParagraphBuilder }[];
  readonly seen: Map<number, { line: number; label: string }>;
}

interface FieldLine {
  readonly line: number;
  readonly field: HeaderField;
  value: string;
}

const HEADING_WORDS = /^[^。，,；;]{2,30}(?:報告|事項|提報|討論|動議)[:：]?$/u;
// A part of the meeting named alone on its line, without a number (市政會議: 報告事項, then 一、…).
const BARE_HEADING =
  /^(?:報告事項|討論事項|提案討論|臨時動議|臨時提案|臨時報告事項|業務報告|工作報告|確認事項|選舉事項|其他事項|專題報告|專案報告)[:：]?$/u;

function withoutEnd(text: string): string {
  return text.replace(/[。.:：\s]+$/u, "");
}

// A line that records what one person said: a name or title, a colon, the words.
const SPEAKER_LINE =
  /^(?<speaker>[\u4e00-\u9fff]{1,6}?(?:老師|主任|組長|校長|理事長|理事|監事|委員|代表|議員|局長|處長|科長|主委|總幹事|秘書|主秘))\s*[:：]\s*(?<rest>\S.*)$/u;

/** One pass over the lines; each `read…` method takes the line if it is that kind of line. */
class OutlineReader {
  readonly warnings: ParseWarning[] = [];
  readonly fields: FieldLine[] = [];
  readonly blocks: ConclusionBlock[] = [];
  readonly paragraphs: Paragraph[] = [];
  readonly headingLines: { line: number; text: string }[] = [];
  private readonly loose: { marker: Marker; builder: ParagraphBuilder }[] = [];
  title: Outline["title"] = null;
  aboveTitle: SourceLine | null = null;
  adjournment: Outline["adjournment"] = null;

  private heading: string | null = null;
  private sectionLevel = 0;
  // 第一案 under 參、討論事項: named in the section of the decision that follows
  private proposal: string | null = null;
  private previous: SourceLine | null = null;
  // the last line when it was plain text outside any structure: above a title, it names the organization
  private plain: SourceLine | null = null;
  private block: OpenBlock | null = null;
  private body: ParagraphBuilder | null = null;
  // the paragraph a continuation line joins: a body paragraph, a block's lead or its latest entry
  private open: ParagraphBuilder | null = null;
  private listField: FieldLine | null = null;
  // a speaker's report is open: its numbered points are not loose entries
  private inReport = false;
  // the loose entry a continuation line may still belong to
  private looseOpen: { marker: Marker; builder: ParagraphBuilder } | null = null;

  read(source: SourceLine): void {
    const marker = readMarker(source.text) ?? (source.bullet ? bulletMarker(source.text) : null);
    if (marker !== null && !marker.closed) {
      this.warnings.push(warning(source.line, problem("parser.markerUnclosed", { label: marker.label })));
    }
    // Order matters: 散會 and labels may follow a heading marker (柒、散會, 陸、主席裁示), and a
    // title or a report is only looked for in lines that are nothing else.
    const looseBefore = this.loose.length;
    const taken =
      this.readAdjournment(source, marker) ||
      this.readLabel(source, marker) ||
      this.readFields(source, marker) ||
      (marker === null && this.readBareHeading(source)) ||
      (marker !== null && this.readNumbered(source, marker)) ||
      this.readTitle(source) ||
      this.readReport(source);
    if (!taken) this.readPlain(source);
    else if (this.loose.length === looseBefore) this.looseOpen = null;
    this.previous = source;
  }

  finish(): Outline {
    this.close();
    const { title, aboveTitle, fields, adjournment, blocks, paragraphs, warnings, headingLines } = this;
    const looseEntries = this.loose.map((e) => ({ marker: e.marker, paragraph: e.builder.build() }));
    return { title, aboveTitle, fields, adjournment, blocks, paragraphs, warnings, headingLines, looseEntries };
  }

  private close(): void {
    if (this.body !== null) this.paragraphs.push(this.body.build());
    const block = this.block;
    if (block !== null) {
      this.blocks.push({
        line: block.line,
        kind: block.kind,
        section: block.section,
        lead: block.lead?.build() ?? null,
        entries: block.entries.map((e) => ({ marker: e.marker, paragraph: e.builder.build() })),
      });
    }
    this.body = null;
    this.block = null;
    this.open = null;
    this.listField = null;
  }

  private startBody(source: SourceLine): void {
    this.close();
    this.body = new ParagraphBuilder(source.line, source.text);
    this.open = this.body;
  }

  /** The text after a heading marker (柒、散會 → 散會; • 各科重大事項提報), or the line; null for deeper markers. */
  private headingContent(source: SourceLine, marker: Marker | null): string | null {
    if (marker === null) return source.text;
    return marker.level <= 2 || marker.level === 6 ? marker.rest : null;
  }

  private readAdjournment(source: SourceLine, marker: Marker | null): boolean {
    const content = this.headingContent(source, marker);
    const adjourn = content === null ? null : readAdjournment(content);
    if (adjourn === null) return false;
    this.close();
    this.adjournment ??= { line: source.line, time: adjourn.time };
    return true;
  }

  private readLabel(source: SourceLine, marker: Marker | null): boolean {
    // 陸、主席裁示 is a heading that opens a block, unless 一、 is an entry of the block already open.
    if (marker !== null && this.block !== null && marker.level > this.block.sectionLevel) return false;
    const content = this.headingContent(source, marker);
    if (content === null) return false;
    const label = readConclusionLabel(content);
    const opener = label === null ? readSectionOpener(content) : null;
    if (label === null && opener === null) return false;
    this.close();
    this.inReport = false;
    const kind = label === null ? "report" : blockKindOf(label.label);
    const rest = label?.rest ?? "";
    const words = label?.label ?? withoutEnd(content);
    let section: string;
    if (marker !== null) {
      section = withoutEnd(`${marker.level === 6 ? "" : marker.label}${words}`);
      this.heading = section;
      this.headingLines.push({ line: source.line, text: section });
      this.proposal = null;
      // a bullet heading (• 各科重大事項提報) has bullets for entries too
      this.sectionLevel = marker.level === 6 ? 5 : marker.level;
    } else {
      section = [this.heading, this.proposal, words].filter((part) => part !== null).join(" ");
    }
    this.block = {
      line: source.line,
      kind,
      section,
      sectionLevel: this.sectionLevel,
      itemLevel: null,
      lead: null,
      entries: [],
      seen: new Map(),
    };
    this.open = null;
    if (rest !== "") this.readLabelRest(this.block, source.line, rest);
    return true;
  }

  /** 主席裁示：（一）請…: an entry may start on the label's own line; otherwise the text leads the block. */
  private readLabelRest(block: OpenBlock, line: number, rest: string): void {
    const marker = readMarker(rest);
    if (marker !== null && marker.level > block.sectionLevel) {
      block.itemLevel = marker.level;
      this.addEntry(block, marker, { line, text: rest, markdownBlock: false, bullet: false });
      return;
    }
    block.lead = new ParagraphBuilder(line, rest);
    this.open = block.lead;
  }

  private readFields(source: SourceLine, marker: Marker | null): boolean {
    // 1 、 開會時間: numbers the header's lines; once conclusions have begun, a numbered line is content.
    if (marker !== null && (this.block !== null || this.blocks.length > 0)) return false;
    const found = readHeaderFields(marker === null ? source.text : marker.rest);
    if (found === null) return false;
    this.close();
    for (const f of found) this.fields.push({ line: source.line, field: f.field, value: f.value });
    this.listField = this.fields[this.fields.length - 1] ?? null;
    return true;
  }

  private readNumbered(source: SourceLine, marker: Marker): boolean {
    const block = this.block;
    if (block !== null && marker.level > block.sectionLevel) {
      if (block.itemLevel === null || marker.level === block.itemLevel) {
        block.itemLevel = marker.level;
        this.addEntry(block, marker, source);
        return true;
      }
      const current = block.entries[block.entries.length - 1];
      if (marker.level > block.itemLevel && current !== undefined) {
        current.builder.append(source.line, source.text, "paragraph");
        this.open = current.builder;
        return true;
      }
    }
    if (marker.level > 2) {
      this.startBody(source);
      // points of a speaker's report are what the speaker did, not what the meeting asks
      if (!this.inReport) this.addLoose(marker, source);
      // • 上次會議決議執行情形報告: a bullet that names a part of the meeting heads what follows
      if (HEADING_WORDS.test(marker.rest)) this.headingLines.push({ line: source.line, text: withoutEnd(marker.rest) });
      return true;
    }
    this.close();
    this.inReport = false;
    this.heading = withoutEnd(source.text);
    this.headingLines.push({ line: source.line, text: this.heading });
    this.proposal = null;
    this.sectionLevel = marker.level;
    // A heading can carry a ruling: 一、列管案號4401：…同意結案。
    this.paragraphs.push(new ParagraphBuilder(source.line, source.text).build());
    this.addLoose(marker, source);
    return true;
  }

  private readBareHeading(source: SourceLine): boolean {
    if (!BARE_HEADING.test(source.text)) return false;
    this.close();
    this.inReport = false;
    this.heading = withoutEnd(source.text);
    this.headingLines.push({ line: source.line, text: this.heading });
    this.proposal = null;
    this.sectionLevel = 0;
    return true;
  }

  private addLoose(marker: Marker, source: SourceLine): void {
    const entry = { marker, builder: new ParagraphBuilder(source.line, marker.rest) };
    this.loose.push(entry);
    this.looseOpen = entry;
  }

  private addEntry(block: OpenBlock, marker: Marker, source: SourceLine): void {
    const earlier = block.seen.get(marker.value);
    if (marker.value === BULLET_VALUE) {
      // bullets carry no number to check
    } else if (earlier !== undefined) {
      this.warnings.push(warning(source.line, problem("parser.markerRepeated", { label: marker.label, earlierLine: earlier.line, earlierLabel: earlier.label })));
    } else {
      const last = block.entries[block.entries.length - 1];
      if (last !== undefined && last.marker.value !== BULLET_VALUE && marker.value !== last.marker.value + 1) {
        this.warnings.push(warning(source.line, problem("parser.markerSkipped", { label: marker.label, previous: last.marker.label })));
      }
      block.seen.set(marker.value, { line: source.line, label: marker.label });
    }
    const builder = new ParagraphBuilder(source.line, marker.rest);
    block.entries.push({ marker, builder });
    this.open = builder;
  }

  private readTitle(source: SourceLine): boolean {
    if (this.title !== null || this.heading !== null) return false;
    const found = readMeetingTitle(source.text);
    // an unnumbered title only opens the minutes, before any header field
    if (found === null || (found.number === null && this.fields.length > 0)) return false;
    this.close();
    this.title = { line: source.line, title: found };
    this.aboveTitle = this.plain !== null && this.plain === this.previous ? this.plain : null;
    return true;
  }

  private readReport(source: SourceLine): boolean {
    const proposal = readProposalHeading(source.text);
    if (proposal !== null) this.proposal = proposal;
    if (!isReportLabel(source.text)) return false;
    this.startBody(source);
    this.inReport = true;
    return true;
  }

  /** The rest of a header list, the rest of a sentence, more of an entry, or a paragraph of its own. */
  private readPlain(source: SourceLine): void {
    const { line, text } = source;
    const loose = this.looseOpen;
    if (loose !== null && this.block === null && !loose.builder.endsSentence()) loose.builder.append(line, text, "sentence");
    else this.looseOpen = null;
    const field = this.listField;
    const open = this.open;
    const block = this.block;
    if (field !== null && field.value === "") {
      field.value = text;
    } else if (field !== null && /[、，,]$/u.test(field.value)) {
      field.value += text;
    } else if (open !== null && !open.endsSentence() && !source.markdownBlock) {
      open.append(line, text, "sentence");
    } else if (block !== null) {
      const current = block.entries[block.entries.length - 1]?.builder ?? block.lead;
      if (current === null) {
        block.lead = new ParagraphBuilder(line, text);
        this.open = block.lead;
      } else {
        current.append(line, text, "paragraph");
        this.open = current;
      }
    } else {
      this.startBody(source);
      this.plain = source;
      // 仁隆老師: 繳費收據請各科理監事幹部發給科內同仁。 a speaker's point in a discussion record
      const speaker = SPEAKER_LINE.exec(text);
      if (speaker !== null && !this.inReport) {
        const rest = speaker.groups?.rest ?? "";
        this.addLoose({ level: 6, value: BULLET_VALUE, label: speaker.groups?.speaker ?? "", rest, closed: true }, source);
      }
    }
  }
}

/**
 * Walks the lines once and sorts them into the parts of the minutes.
 *
 * Outline levels follow official numbering: 壹、 then 一、 then （一） then 1. then （1）. A conclusion
 * block's entries are the first numbered level below its heading (`（一）` under `四、`, `一、` under
 * `參、`); deeper markers are sub-points of the current entry, and a marker at the heading's level or
 * above ends the block, as do the next label, a speaker's report, a header line and 散會. A line that
 * continues an unfinished sentence (no `。；：` at the end) is joined to it, even across a blank line.
 *
 * @example
 * outlineMinutes(toSourceLines("四、各組室業務工作報告。\n會議結論：\n(一) 請總務組…。")).blocks[0].section
 * //=> "四、各組室業務工作報告 會議結論"
 */
export function outlineMinutes(lines: readonly SourceLine[]): Outline {
  const reader = new OutlineReader();
  for (const source of lines) reader.read(source);
  return reader.finish();
}
