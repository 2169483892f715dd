// The chair's rulings on earlier cases: every 列管案號 in a paragraph with 解除列管, 賡續列管 or 自行列管.

import { formatCaseId, parseCaseId, parseNumberToken } from "../domain";
import { problem } from "../problems";
import { halfWidthOnce } from "./halfWidthOnce";
import type { Paragraph } from "./paragraph";
import type { ParseWarning, Ruling, RulingDecision } from "./types";
import { failureWarning, warning } from "./warning";

/** What a paragraph says about earlier cases. */
export interface RulingReading {
  readonly rulings: Ruling[];
  readonly warnings: ParseWarning[];
  /** the paragraph names a case id, so it is about an earlier case and is not a new item */
  readonly mentionsCase: boolean;
}

const ID = "\\d{3,6}(?!\\d)";
// 列管案號 9903、10902 及 10903: a keyword, then ids joined by 、 , 及 與 和 暨 /, each perhaps written
// 第 10902 號, or a range 10902 至 10905 / 10902~10905.
const CASE_LIST = new RegExp(`(?:列管)?案號|列管編號`, "gu");
const ONE_IN_LIST = `(?:第\\s*)?${ID}(?:\\s*號)?`;
const ID_LIST = new RegExp(
  `^\\s*[:]?\\s*${ONE_IN_LIST}(?:\\s*(?:、|,|及|與|和|暨|以及|/|至|到|~|-)\\s*${ONE_IN_LIST})*`,
  "u",
);
const RANGE = /^\s*(?:號)?\s*(?:至|到|~|-)\s*(?:第)?\s*$/u;
// A range is expanded only within one meeting and for at most this many cases.
const MAX_RANGE = 30;
const ONE_ID = new RegExp(ID, "gu");

// 不同意解除列管 and 暫不解除列管 keep the case open; 結案 closes only when granted (同意結案).
const RULING =
  /(?<negation>不同意|暫不|暫緩|不予|尚未|尚不)?(?:同意|准予|予以|准)?(?<word>解除列管|解列|撤銷列管|撤管|銷案|自行列管|(?:賡續|繼續|持續|續予|仍予|續行)(?:予以)?列管)|(?<granted>同意|准予|予以)結案/gu;
// 故兩案均同意解除列管: a count, 各案, 上開案件 or 全數 reaches back to the cases named earlier in the
// paragraph. 上述/以上 alone are not enough (依上述規定, 80% 以上): they must be about 案.
const PLURAL =
  /(?<!第)(?<count>[兩二三四五六七八九十\d]{1,2})案|各案|(?:上開|上述|前述|前開|以上|該等)(?:各|諸)?案|全數/u;
const SEGMENT_END = /[;。\n]/gu;
const MENTION_OR_RULING = /案號|列管|結案|解列|銷案|撤管/u;
const CLOSING_WORDS = new Set(["解除列管", "解列", "撤銷列管", "撤管", "銷案"]);

function decisionOf(groups: Readonly<Record<string, string | undefined>>): RulingDecision {
  if (groups.granted !== undefined) return "closed";
  const word = groups.word ?? "";
  if (word === "自行列管") return "self-tracked";
  if (CLOSING_WORDS.has(word)) return groups.negation === undefined ? "closed" : "continued";
  return "continued";
}

interface Mention {
  readonly offset: number;
  readonly caseId: string;
}

interface Token {
  readonly offset: number;
  readonly mention?: Mention;
  readonly decision?: RulingDecision;
}

interface Segment {
  readonly start: number;
  readonly end: number;
}

function segmentsOf(text: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  for (const end of text.matchAll(SEGMENT_END)) {
    if (end.index > start) segments.push({ start, end: end.index });
    start = end.index + 1;
  }
  if (text.length > start) segments.push({ start, end: text.length });
  return segments;
}

/** The valid case ids in a sentence; a malformed one (09903) is a warning, and still counts as named. */
function mentionsIn(
  half: string,
  segment: Segment,
  line: (offset: number) => number,
  warnings: ParseWarning[],
): { mentions: Mention[]; named: boolean } {
  const text = half.slice(segment.start, segment.end);
  const mentions: Mention[] = [];
  let named = false;
  for (const keyword of text.matchAll(CASE_LIST)) {
    const listStart = keyword.index + keyword[0].length;
    const list = ID_LIST.exec(text.slice(listStart));
    if (list === null) continue;
    let previous: { end: number; caseId: string | null } | null = null;
    for (const id of list[0].matchAll(ONE_ID)) {
      named = true;
      const offset = segment.start + listStart + id.index;
      const parsed = parseCaseId(id[0]);
      const between = previous === null ? "" : list[0].slice(previous.end, id.index);
      if (parsed.ok) {
        const caseId = formatCaseId(parsed.value);
        if (previous?.caseId != null && RANGE.test(between)) {
          mentions.push(...rangeBetween(previous.caseId, caseId, offset, line, warnings));
        }
        mentions.push({ offset, caseId });
        previous = { end: id.index + id[0].length, caseId };
      } else {
        warnings.push(failureWarning(line(offset), parsed));
        previous = { end: id.index + id[0].length, caseId: null };
      }
    }
  }
  return { mentions, named };
}

/** The cases strictly between two ids of one range (10902 至 10905 → 10903, 10904). */
function rangeBetween(
  from: string,
  to: string,
  offset: number,
  line: (offset: number) => number,
  warnings: ParseWarning[],
): Mention[] {
  const first = Number(from);
  const last = Number(to);
  const sameMeeting = Math.floor(first / 100) === Math.floor(last / 100);
  if (!sameMeeting || last <= first || last - first > MAX_RANGE) {
    warnings.push(warning(line(offset), problem("parser.rangeUnexpandable", { from, to, max: MAX_RANGE })));
    return [];
  }
  const between: Mention[] = [];
  for (let id = first + 1; id < last; id++) {
    const parsed = parseCaseId(String(id));
    if (parsed.ok) between.push({ offset, caseId: formatCaseId(parsed.value) });
  }
  return between;
}

function decisionsIn(half: string, segment: Segment): Token[] {
  const text = half.slice(segment.start, segment.end);
  return [...text.matchAll(RULING)].map((m) => ({
    offset: segment.start + m.index,
    decision: decisionOf(m.groups ?? {}),
  }));
}

/**
 * Reads the rulings in one paragraph (a conclusion entry or a line of the minutes).
 *
 * The paragraph is cut into sentences at `；` and `。`. In a sentence, a ruling applies to the case ids
 * before it (`列管案號 9904、10502 及 10803 賡續列管`), or to the ids after it when it comes first
 * (`同意解除列管：案號 9903、9904`). A ruling in a sentence with `兩案`, `各案`, `上開案件` or `全數` also
 * applies to ids named in earlier sentences that have no ruling yet. Each ruling keeps the line and
 * text of the sentences it was read from. A case id left without a ruling is a warning.
 *
 * @example
 * readRulings(paragraph("列管案號 9903、10902 及 10903 均同意解除列管；列管案號 9904、10502 及 10803 賡續列管。"))
 * //=> rulings 9903, 10902, 10903 closed and 9904, 10502, 10803 continued
 */
export function readRulings(paragraph: Paragraph): RulingReading {
  const { text } = paragraph;
  const half = halfWidthOnce(text);
  // Most paragraphs name no case and no ruling; one substring scan settles that.
  if (!MENTION_OR_RULING.test(half)) return { rulings: [], warnings: [], mentionsCase: false };
  const rulings: Ruling[] = [];
  const warnings: ParseWarning[] = [];
  const line = (offset: number): number => paragraph.lineAt(offset);
  // ids named in earlier sentences and still waiting for a ruling, with where their sentence began
  let waiting: { mention: Mention; from: number }[] = [];
  let mentionsCase = false;
  let rulingWithoutCase: number | undefined;

  const rule = (claimed: { mention: Mention; from: number }[], decision: RulingDecision, segment: Segment): void => {
    const from = Math.min(...claimed.map((c) => c.from));
    const source = text.slice(from, segment.end).trim();
    for (const { mention } of claimed) {
      rulings.push({ caseId: mention.caseId, decision, line: line(mention.offset), text: source });
    }
  };

  for (const segment of segmentsOf(half)) {
    const { mentions, named } = mentionsIn(half, segment, line, warnings);
    if (named) mentionsCase = true;
    const tokens: Token[] = [
      ...mentions.map((mention) => ({ offset: mention.offset, mention })),
      ...decisionsIn(half, segment),
    ];
    tokens.sort((a, b) => a.offset - b.offset);
    const plural = PLURAL.exec(half.slice(segment.start, segment.end));
    let pending: { mention: Mention; from: number }[] = [];
    let leading: RulingDecision | undefined;
    for (const token of tokens) {
      if (token.mention !== undefined) {
        pending.push({ mention: token.mention, from: segment.start });
        continue;
      }
      const decision = token.decision ?? "continued";
      const claimed = plural !== null ? [...waiting, ...pending] : pending;
      if (plural !== null) waiting = [];
      if (claimed.length === 0) {
        leading ??= decision;
        continue;
      }
      rule(claimed, decision, segment);
      const count = plural?.groups?.count;
      const expected = count === undefined ? undefined : parseNumberToken(count);
      if (expected !== undefined && expected !== claimed.length) {
        warnings.push(warning(line(segment.start), problem("parser.countMismatch", { phrase: plural?.[0] ?? "", count: claimed.length })));
      }
      pending = [];
    }
    if (pending.length > 0 && leading !== undefined) {
      rule(pending, leading, segment);
    } else if (pending.length > 0) {
      waiting = [...waiting, ...pending];
    } else if (leading !== undefined && mentions.length === 0 && !mentionsCase) {
      rulingWithoutCase ??= segment.start;
    }
  }
  for (const { mention } of waiting) {
    warnings.push(warning(line(mention.offset), problem("parser.caseWithoutRuling", { caseId: mention.caseId })));
  }
  if (rulingWithoutCase !== undefined && !mentionsCase) {
    warnings.push(warning(line(rulingWithoutCase), problem("parser.rulingWithoutCase", {})));
  }
  return { rulings, warnings, mentionsCase };
}
