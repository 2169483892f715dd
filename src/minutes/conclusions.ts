// Conclusions into records: rulings on earlier cases, new tracked items, and why other entries were left out.

import { problem } from "../problems";
import type { DivisionRegistry } from "../domain";
import { asksNoWork, isAcknowledgement } from "./acknowledgement";
import { asksForWork } from "./asksForWork";
import { findAssignees, selfNamesOf, type Assignees } from "./assignees";
import { isReportLabel } from "./reportLabel";
import type { BlockKind, ConclusionBlock, Outline } from "./outline";
import type { Paragraph } from "./paragraph";
import { readRulings } from "./rulings";
import { trackedItem } from "./trackedItem";
import type { MeetingHeader, ParseWarning, Ruling, TrackedItem } from "./types";
import { warning } from "./warning";

/** What the conclusions of one meeting decide. */
export interface ConclusionReading {
  readonly decisions: Ruling[];
  readonly items: TrackedItem[];
  readonly warnings: ParseWarning[];
}

interface Candidate {
  readonly paragraph: Paragraph;
  readonly label: string | null;
}

/** The entries that may be items: the numbered entries, or the lead text when there are none. */
function candidatesOf(block: ConclusionBlock): { candidates: Candidate[]; introduction: Paragraph | null } {
  if (block.entries.length === 0) {
    return {
      candidates: block.lead === null ? [] : [{ paragraph: block.lead, label: null }],
      introduction: null,
    };
  }
  const candidates = block.entries.map((e) => ({ paragraph: e.paragraph, label: e.marker.label }));
  return { candidates, introduction: block.lead };
}

/** How a candidate is judged: by its block's kind, or as a loose point ("named": beside labelled blocks). */
type ReadingKind = BlockKind | "named";

function firstLine(source: { readonly candidates: readonly Candidate[]; readonly introduction: Paragraph | null }): number {
  return source.introduction?.line ?? source.candidates[0]?.paragraph.line ?? 0;
}

/** The heading a loose point sits under: the last one above it (binary search: headings are in line order). */
function sectionOfLoose(outline: Outline, line: number): string {
  const headings = outline.headingLines;
  let low = 0;
  let high = headings.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((headings[mid]?.line ?? 0) < line) low = mid + 1;
    else high = mid;
  }
  return headings[low - 1]?.text ?? "";
}

// Beside labelled blocks, a loose point is an item only when it asks someone outright: a report
// (綜合規劃科：…, 年度預算執行情形報告（會計室）) names its unit without asking it.
const ASKS_OUTRIGHT = /請|交由|責成|指派/u;

function asksByName(text: string, assignees: Assignees): boolean {
  const named = assignees.divisions.length > 0 || assignees.people.length > 0;
  return assignees.directed && named && ASKS_OUTRIGHT.test(text) && !isReportLabel(text);
}

function mentionsCase(paragraph: Paragraph): boolean {
  return readRulings(paragraph).mentionsCase;
}

/**
 * Reads rulings from every paragraph and items from the conclusion blocks.
 *
 * An entry becomes a new tracked item when it asks someone to act (see {@link findAssignees}). Not
 * items: acknowledgements (洽悉, 紀錄確定), entries that name an earlier case (they are rulings), an
 * introduction followed by numbered entries, and general remarks that ask no one in particular
 * (`同仁應保持經管業務檔案備份習慣`), which get a warning so the secretary can check. Items are
 * numbered in document order: item n of meeting 110 is case 110 × 100 + n.
 *
 * @example
 * // 四、各組室業務工作報告 會議結論 (五)：本處逾 45 小時加班之同仁，請林副秘書長適時關懷。
 * readConclusions(outline, { registry, meeting }).items
 * //=> [{ caseId: "11001", divisions: [], dueDate: null, … }] and a warning that no division was recognized
 */
export function readConclusions(
  outline: Outline,
  options: { readonly registry: DivisionRegistry; readonly meeting: MeetingHeader },
): ConclusionReading {
  const { meeting } = options;
  const decisions: Ruling[] = [];
  const items: TrackedItem[] = [];
  const warnings: ParseWarning[] = [];
  const assigneeOptions = { registry: options.registry, selfNames: selfNamesOf(meeting.organization) };
  const instructionOptions = { ...assigneeOptions, instruction: true };

  const rulingsOf = (paragraph: Paragraph): boolean => {
    const reading = readRulings(paragraph);
    decisions.push(...reading.rulings);
    warnings.push(...reading.warnings);
    return reading.mentionsCase;
  };

  for (const paragraph of outline.paragraphs) rulingsOf(paragraph);

  // Minutes with no conclusion label at all (a bare list of instructions) are read from their numbered
  // points; beside labelled blocks, a numbered point outside them counts only when it asks a unit or a
  // person by name (二、上次會議指示事項執行情形：• 請五科提出草案).
  const looseKind: ReadingKind = outline.blocks.length === 0 ? "loose" : "named";
  const sources = [
    ...outline.blocks.map((block): { block: { section: string }; kind: ReadingKind } & ReturnType<typeof candidatesOf> => ({
      block,
      kind: block.kind,
      ...candidatesOf(block),
    })),
    ...outline.looseEntries.map((entry) => ({
      block: { section: sectionOfLoose(outline, entry.paragraph.line) },
      kind: looseKind,
      candidates: [{ paragraph: entry.paragraph, label: entry.marker.label }],
      introduction: null,
    })),
  ].sort((a, b) => firstLine(a) - firstLine(b));
  for (const { block, kind, candidates, introduction } of sources) {
    if (introduction !== null) rulingsOf(introduction);
    for (const { paragraph, label } of candidates) {
      const { text, line } = paragraph;
      if (kind === "named") {
        if (mentionsCase(paragraph) || isAcknowledgement(text) || asksNoWork(text)) continue;
      } else if (rulingsOf(paragraph) || isAcknowledgement(text) || asksNoWork(text)) continue;
      if (text.trim() === "") {
        if (kind !== "named") warnings.push(warning(line, problem("parser.itemEmpty", { label: label ?? "" })));
        continue;
      }
      const assignees = findAssignees(text, kind === "instruction" ? instructionOptions : assigneeOptions);
      if (kind === "named") {
        if (!asksByName(text, assignees)) continue;
      } else if (!assignees.directed && !asksForWork(text, kind)) {
        warnings.push(warning(line, problem("parser.noAssignee", {})));
        continue;
      }
      const built = trackedItem({ text, line, section: block.section, order: items.length + 1 }, assignees, meeting);
      items.push(built.item);
      warnings.push(...built.warnings);
    }
  }
  return { decisions, items, warnings };
}
