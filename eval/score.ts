// Scores a MeetingRecord against a careful reader's labels: header fields, rulings, items aligned by text,
// lead owners and due dates. Pure, so the corpus test and `npm run eval` share one definition of "right".
import { toHalfWidth } from "../src/domain";
import type { MeetingRecord, TrackedItem } from "../src/minutes/types";

/** The header fields a label states; null where the document does not state it. */
export interface HeaderLabels {
  readonly organization: string | null;
  readonly name: string | null;
  readonly number: number | null;
  readonly date: string | null;
  readonly startTime: string | null;
  readonly location: string | null;
  readonly chair: string | null;
}

export interface ItemLabel {
  /** the item's opening words, verbatim */
  readonly text: string;
  /** the first lead owner as written (a unit or a person's title), or null when none is named */
  readonly lead: string | null;
  readonly dueDate: string | null;
}

export interface Labels {
  readonly source: string;
  readonly agency: string;
  readonly kind: string;
  readonly header: HeaderLabels;
  readonly rulings: readonly { readonly caseId: string; readonly decision: string }[];
  readonly items: readonly ItemLabel[];
}

export const HEADER_FIELDS = ["organization", "name", "number", "date", "startTime", "location", "chair"] as const;
export type HeaderFieldName = (typeof HEADER_FIELDS)[number];

/** What one document scored; every figure is a count, so totals are sums. */
export interface DocumentScore {
  readonly rejected: string | null;
  readonly headerRight: number;
  readonly headerTotal: number;
  readonly headerWrong: readonly { field: HeaderFieldName; expected: unknown; got: unknown }[];
  readonly rulingsRight: number;
  readonly rulingsLabelled: number;
  readonly rulingsFound: number;
  readonly itemsLabelled: number;
  readonly itemsFound: number;
  readonly itemsMatched: number;
  /** matched items whose label names a lead, and those the parser got right */
  readonly leadsLabelled: number;
  readonly leadsRight: number;
  /** matched items with a labelled date, and those the parser got right */
  readonly datesLabelled: number;
  readonly datesRight: number;
  /** a non-null date that differs from the label: invented or wrong */
  readonly datesWrong: number;
  readonly missed: readonly ItemLabel[];
  readonly extra: readonly TrackedItem[];
  readonly leadMistakes: readonly { expected: string; got: string | null; text: string }[];
  readonly dateMistakes: readonly { expected: string | null; got: string; text: string }[];
}

/** Text as compared: half-width, no whitespace, no trailing full stop. */
export function normalize(text: string): string {
  return toHalfWidth(text).replace(/\s+/gu, "").replace(/[。.]+$/u, "");
}

function sameField(expected: string | number | null, got: string | number | null): boolean {
  if (typeof expected === "string" && typeof got === "string") return normalize(expected) === normalize(got);
  return expected === got;
}

/** The parser's lead owner: the first lead division, else the first person asked. */
export function leadOf(item: TrackedItem): string | null {
  const lead = item.divisions.find((d) => !item.supporting.includes(d));
  return lead ?? item.people[0] ?? null;
}

/** 臺北市政府財政局 names 財政局: an owner is right when one name ends with the other. */
function sameOwner(expected: string, got: string | null): boolean {
  if (got === null) return false;
  const a = normalize(expected);
  const b = normalize(got);
  return a === b || (a.length >= 2 && b.length >= 2 && (a.endsWith(b) || b.endsWith(a)));
}

/**
 * Pairs labelled items with parsed ones, one to one, in two passes: first a parsed text that starts with
 * the label's words (within a few characters, for a leftover marker or quote), then one that contains
 * them. A parsed item that swallowed the next one can match only one of the two labels.
 */
export function alignItems(labels: readonly ItemLabel[], items: readonly TrackedItem[]): Map<number, number> {
  const parsed = items.map((item) => normalize(item.text));
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  const pass = (accept: (at: number) => boolean): void => {
    labels.forEach((label, li) => {
      if (pairs.has(li)) return;
      const words = normalize(label.text).slice(0, 40);
      const pi = parsed.findIndex((text, i) => !taken.has(i) && accept(text.indexOf(words)));
      if (pi >= 0) {
        pairs.set(li, pi);
        taken.add(pi);
      }
    });
  };
  pass((at) => at >= 0 && at <= 6);
  pass((at) => at >= 0);
  return pairs;
}

export function scoreDocument(labels: Labels, record: MeetingRecord | { readonly rejected: string }): DocumentScore {
  if ("rejected" in record) {
    return {
      rejected: record.rejected,
      headerRight: 0,
      headerTotal: HEADER_FIELDS.length,
      headerWrong: [],
      rulingsRight: 0,
      rulingsLabelled: labels.rulings.length,
      rulingsFound: 0,
      itemsLabelled: labels.items.length,
      itemsFound: 0,
      itemsMatched: 0,
      leadsLabelled: labels.items.filter((i) => i.lead !== null).length,
      leadsRight: 0,
      datesLabelled: labels.items.filter((i) => i.dueDate !== null).length,
      datesRight: 0,
      datesWrong: 0,
      missed: labels.items,
      extra: [],
      leadMistakes: [],
      dateMistakes: [],
    };
  }
  const headerWrong = HEADER_FIELDS.flatMap((field) => {
    const expected = labels.header[field];
    const got = record.meeting[field];
    return sameField(expected, got) ? [] : [{ field, expected, got }];
  });
  const ruled = new Set(record.decisions.map((d) => `${d.caseId}:${d.decision}`));
  const rulingsRight = labels.rulings.filter((r) => ruled.has(`${r.caseId}:${r.decision}`)).length;

  const pairs = alignItems(labels.items, record.items);
  const matchedParsed = new Set(pairs.values());
  let leadsLabelled = 0;
  let leadsRight = 0;
  let datesLabelled = 0;
  let datesRight = 0;
  let datesWrong = 0;
  const leadMistakes: DocumentScore["leadMistakes"][number][] = [];
  const dateMistakes: DocumentScore["dateMistakes"][number][] = [];
  for (const [li, pi] of pairs) {
    const label = labels.items[li];
    const item = record.items[pi];
    if (label === undefined || item === undefined) continue;
    if (label.lead !== null) {
      leadsLabelled++;
      if (sameOwner(label.lead, leadOf(item))) leadsRight++;
      else leadMistakes.push({ expected: label.lead, got: leadOf(item), text: label.text });
    }
    if (label.dueDate !== null) datesLabelled++;
    if (item.dueDate !== null && item.dueDate === label.dueDate) datesRight++;
    if (item.dueDate !== null && item.dueDate !== label.dueDate) {
      datesWrong++;
      dateMistakes.push({ expected: label.dueDate, got: item.dueDate, text: label.text });
    }
  }
  return {
    rejected: null,
    headerRight: HEADER_FIELDS.length - headerWrong.length,
    headerTotal: HEADER_FIELDS.length,
    headerWrong,
    rulingsRight,
    rulingsLabelled: labels.rulings.length,
    rulingsFound: record.decisions.length,
    itemsLabelled: labels.items.length,
    itemsFound: record.items.length,
    itemsMatched: pairs.size,
    leadsLabelled,
    leadsRight,
    datesLabelled,
    datesRight,
    datesWrong,
    missed: labels.items.filter((_, li) => !pairs.has(li)),
    extra: record.items.filter((_, pi) => !matchedParsed.has(pi)),
    leadMistakes,
    dateMistakes,
  };
}

export type Totals = Omit<DocumentScore, "headerWrong" | "missed" | "extra" | "leadMistakes" | "dateMistakes" | "rejected"> & {
  readonly documents: number;
  readonly rejected: number;
};

const COUNTS = [
  "headerRight",
  "headerTotal",
  "rulingsRight",
  "rulingsLabelled",
  "rulingsFound",
  "itemsLabelled",
  "itemsFound",
  "itemsMatched",
  "leadsLabelled",
  "leadsRight",
  "datesLabelled",
  "datesRight",
  "datesWrong",
] as const;

/** The figures a row of the eval prints, for one document or the total. */
export type Counts = Pick<DocumentScore, (typeof COUNTS)[number]>;

export function totalOf(scores: readonly DocumentScore[]): Totals {
  const sum = (key: (typeof COUNTS)[number]): number => scores.reduce((n, s) => n + s[key], 0);
  const counts = Object.fromEntries(COUNTS.map((key) => [key, sum(key)])) as Record<(typeof COUNTS)[number], number>;
  return { ...counts, documents: scores.length, rejected: scores.filter((s) => s.rejected !== null).length };
}

/** A share as a percentage with one decimal, or "–" when nothing was counted. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)}%`;
}

export function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}
