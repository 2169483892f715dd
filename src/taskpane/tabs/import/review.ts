// The import review, without React: the parsed meeting as an editable state (header fields as typed,
// the items in document order), the edits a secretary makes to catch what the parser missed (add an
// item, split one, merge one with the next, leave one out), the checks before writing, and the
// MeetingRecord rebuilt from it all for applyMeeting.
//
// Case ids follow the items' positions: meeting number × 100 + position in document order (by source
// line, then as listed). An item left out keeps its position, so ticking and unticking never changes
// another item's id; add, split and merge renumber.
import {
  compareIso,
  formatCaseId,
  formatRocDate,
  isIsoDate,
  joinOwnerNames,
  makeCaseId,
  parseDateInput,
  parseDueDate,
  parseMeetingNumber,
  splitOwnerNames,
  toHalfWidth,
  type CaseOwners,
  type IsoDate,
  ownersFrom,
} from "../../../domain";
import type { ItemOwners, MeetingRecord, TrackedItem } from "../../../minutes";
import { lineCount, normalizeLineBreaks, splitPoint } from "./reviewText";

/**
 * Who a text asks to act, as the parser reads an item (the minutes module's readOwners, bound to the
 * registry by the tab that loaded it): added and split items get their owners the way parsed ones did.
 */
export type OwnerReader = (text: string) => ItemOwners;

/** The meeting header as typed: every field is text until the record is built. */
export interface HeaderDraft {
  /** 第 N 次: a positive integer; full-width digits, Chinese numerals and 第…次 are accepted */
  readonly number: string;
  /** 2022-04-29, 111/04/29 or 111年4月29日 */
  readonly date: string;
  /** HH:MM, 24-hour */
  readonly startTime: string;
  readonly endTime: string;
  readonly location: string;
  readonly chair: string;
  readonly recorder: string;
  readonly organization: string;
  readonly name: string;
}

export type HeaderField = keyof HeaderDraft;

/** Where an item came from: the parser, typed by the user, or a passage the user selected in the minutes. */
export type ItemOrigin = "parsed" | "typed" | "selected";

export interface ReviewItem {
  /** identity for the review's edits (stable across renumbering); never written */
  readonly key: string;
  readonly origin: ItemOrigin;
  readonly include: boolean;
  readonly section: string;
  readonly text: string;
  /** 1-based source line of the minutes the item starts on */
  readonly line: number;
  /**
   * lead divisions as typed in the form (、 or commas between them): text while it is being edited, read
   * into a list once, by {@link itemOwners}, when the review is written or its units are counted
   */
  readonly lead: string;
  /** supporting divisions as typed, like `lead` */
  readonly supporting: string;
  /** people asked to act, by title, 、-separated */
  readonly people: string;
  /** yyyy-mm-dd as an <input type=date> gives it; "" for no deadline */
  readonly due: string;
  /** the minutes' wording of the deadline, kept beside the date */
  readonly dueText: string | null;
  /** the user set the due date, so a corrected meeting date no longer re-reads it from the text */
  readonly dueEdited: boolean;
}

export interface ReviewState {
  /** what the parser read (rulings, attendees and warnings are written as it read them) */
  readonly record: MeetingRecord;
  /** the minutes exactly as given to the parser (for the source hash) */
  readonly rawText: string;
  /** the minutes as parsed, one \n per source line */
  readonly source: string;
  readonly header: HeaderDraft;
  /** in document order */
  readonly items: readonly ReviewItem[];
  /** the next key for an added item */
  readonly nextKey: number;
}

export type ItemPatch = Partial<Pick<ReviewItem, "include" | "text" | "lead" | "supporting" | "people" | "due">>;

/** What stops a write. `item` is the 1-based position (the case id's item number). */
export type ReviewProblem =
  | { readonly kind: "no-number" }
  | { readonly kind: "bad-number"; readonly text: string }
  | { readonly kind: "no-date" }
  | { readonly kind: "bad-date"; readonly text: string }
  | { readonly kind: "bad-time"; readonly field: "startTime" | "endTime"; readonly text: string }
  | { readonly kind: "empty-text"; readonly item: number; readonly caseId: string }
  | { readonly kind: "bad-due"; readonly item: number; readonly caseId: string; readonly text: string }
  | { readonly kind: "too-many-items"; readonly count: number };

/** Why an add, split or merge did nothing. */
export type EditProblem =
  | { readonly kind: "empty-text" }
  | { readonly kind: "bad-line"; readonly text: string; readonly max: number }
  | { readonly kind: "no-split-point"; readonly item: number }
  | { readonly kind: "no-next"; readonly item: number }
  | { readonly kind: "unknown-item" };

/** The state after an edit and the item to move focus to, or why nothing changed. */
export type EditOutcome = { readonly ok: true; readonly state: ReviewState; readonly key: string } | { readonly ok: false; readonly problem: EditProblem };

export type ReviewOutcome = { readonly ok: true; readonly record: MeetingRecord } | { readonly ok: false; readonly problems: readonly ReviewProblem[] };

const MAX_ITEMS = 99;

// ---- header -------------------------------------------------------------------------------------

/** The meeting number typed (110, １１０, 一百一十, 第110次), or null when it is not 1–9999. */
export function readMeetingNumber(text: string): number | null {
  const number = parseMeetingNumber(text);
  return number.ok ? number.value : null;
}

/** The meeting date typed: ISO 2022-04-29, or ROC 111/04/29, 111年4月29日, 民國111年4月29日. */
export function readMeetingDate(text: string): IsoDate | null {
  const date = parseDateInput(toHalfWidth(text).trim());
  return date.ok ? date.value : null;
}

/** A clock time typed (9:30, 09:30, ０９：３０, 9時30分) as HH:MM; "" stays ""; null when not a time. */
export function readClockTime(text: string): string | null {
  const trimmed = toHalfWidth(text).replace(/\s+/gu, "");
  if (trimmed === "") return "";
  const match = /^([0-9]{1,2})(?::|時)([0-9]{2})分?$/u.exec(trimmed);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/** The date in both calendars, for the hint beside the date field: "2022-04-29（民國111年4月29日）". */
export function bothCalendars(date: IsoDate): { iso: IsoDate; roc: string } {
  return { iso: date, roc: formatRocDate(date) };
}

function headerDraft(record: MeetingRecord): HeaderDraft {
  const m = record.meeting;
  return {
    number: m.number === null ? "" : String(m.number),
    date: m.date ?? "",
    startTime: m.startTime ?? "",
    endTime: m.endTime ?? "",
    location: m.location ?? "",
    chair: m.chair ?? "",
    recorder: m.recorder ?? "",
    organization: m.organization ?? "",
    name: m.name ?? "",
  };
}

/**
 * A header field as typed. A new valid meeting date re-reads the deadlines the user has not set by
 * hand (二週內 counts from the meeting; 5 月底 takes its year), as the parser would have with that date.
 */
export function setHeader(state: ReviewState, field: HeaderField, value: string): ReviewState {
  const header = { ...state.header, [field]: value };
  const before = readMeetingDate(state.header.date);
  const after = readMeetingDate(header.date);
  if (field !== "date" || after === null || after === before) return { ...state, header };
  const items = state.items.map((item) => {
    if (item.dueEdited) return item;
    const due = parseDueDate(item.text, after);
    return { ...item, due: due.dueDate ?? "", dueText: due.dueText };
  });
  return { ...state, header, items };
}

// ---- items --------------------------------------------------------------------------------------

/** The review of what the parser read: the header as text, every item included. */
export function startReview(record: MeetingRecord, minutes: string): ReviewState {
  const items = record.items.map(
    (item, index): ReviewItem => ({
      key: `p${index + 1}`,
      origin: "parsed",
      include: true,
      section: item.section,
      text: item.text,
      line: item.line,
      lead: joinOwnerNames(ownersFrom(item).lead),
      supporting: joinOwnerNames(item.supporting),
      people: joinOwnerNames(item.people),
      due: item.dueDate ?? "",
      dueText: item.dueText,
      dueEdited: false,
    }),
  );
  return { record, rawText: minutes, source: normalizeLineBreaks(minutes), header: headerDraft(record), items: renumber(items), nextKey: 1 };
}

/** Items in document order: by source line, and as they were listed within a line (the sort is stable). */
export function renumber(items: readonly ReviewItem[]): ReviewItem[] {
  return [...items].sort((a, b) => a.line - b.line);
}

/** The case id of the item at a position (0-based): meeting × 100 + position + 1; "" when it has none. */
export function caseIdAt(state: ReviewState, index: number): string {
  const number = readMeetingNumber(state.header.number);
  if (number === null) return "";
  const id = makeCaseId(number, index + 1);
  return id.ok ? formatCaseId(id.value) : "";
}

/** Every item's case id, in the items' order. */
export function caseIds(state: ReviewState): string[] {
  return state.items.map((_item, index) => caseIdAt(state, index));
}

export function updateItem(state: ReviewState, key: string, patch: ItemPatch): ReviewState {
  const items = state.items.map((item) => (item.key === key ? { ...item, ...patch, dueEdited: item.dueEdited || patch.due !== undefined } : item));
  return { ...state, items };
}

/** The section of the last item at or before a line (else the first item's), for an added item. */
function sectionAt(items: readonly ReviewItem[], line: number): string {
  const before = items.filter((item) => item.line <= line);
  return (before[before.length - 1] ?? items[0])?.section ?? "";
}

/** Lead, supporting and deadline read from an item's own text; null parts when the text names none. */
function readOwn(text: string, date: IsoDate | null, owners: OwnerReader) {
  const found = owners(text);
  const due = parseDueDate(text, date);
  return {
    divisions: found.lead.length > 0 ? { lead: joinOwnerNames(found.lead), supporting: joinOwnerNames(found.supporting) } : null,
    people: found.people.length > 0 ? joinOwnerNames(found.people) : null,
    due: due.dueDate !== null ? { due: due.dueDate as string, dueText: due.dueText } : null,
  };
}

export interface NewItem {
  readonly text: string;
  /** the source line it belongs at; null or "" puts it after the minutes' last line */
  readonly line: number | string | null;
  readonly origin: Exclude<ItemOrigin, "parsed">;
}

/**
 * Adds an item the parser missed, at its source line in document order (after the items already on
 * that line), with the divisions the registry finds in its text and the deadline it states (resolved
 * against the meeting date as typed), then renumbers.
 */
export function addItem(state: ReviewState, added: NewItem, owners: OwnerReader): EditOutcome {
  const text = added.text.trim();
  if (text === "") return { ok: false, problem: { kind: "empty-text" } };
  const max = lineCount(state.source);
  let line = max;
  if (added.line !== null && String(added.line).trim() !== "") {
    const typed = String(added.line).trim();
    const n = Number(toHalfWidth(typed));
    if (!Number.isInteger(n) || n < 1 || n > max) return { ok: false, problem: { kind: "bad-line", text: typed, max } };
    line = n;
  }
  const own = readOwn(text, readMeetingDate(state.header.date), owners);
  const key = `n${state.nextKey}`;
  const item: ReviewItem = {
    key,
    origin: added.origin,
    include: true,
    section: sectionAt(state.items, line),
    text,
    line,
    lead: own.divisions?.lead ?? "",
    supporting: own.divisions?.supporting ?? "",
    people: own.people ?? "",
    due: own.due?.due ?? "",
    dueText: own.due?.dueText ?? null,
    dueEdited: false,
  };
  return { ok: true, key, state: { ...state, items: renumber([...state.items, item]), nextKey: state.nextKey + 1 } };
}

/**
 * Splits an item in two at the caret (or, with the caret at either end, after its first sentence).
 * Each half takes the divisions and the deadline its own text names, else the item's as edited; both
 * keep the item's people, section and line, the second follows the first. Focus goes to the second.
 */
export function splitItem(state: ReviewState, key: string, caret: number | null, owners: OwnerReader): EditOutcome {
  const index = state.items.findIndex((item) => item.key === key);
  const item = state.items[index];
  if (!item) return { ok: false, problem: { kind: "unknown-item" } };
  const at = splitPoint(item.text, caret);
  if (at === null) return { ok: false, problem: { kind: "no-split-point", item: index + 1 } };
  const date = readMeetingDate(state.header.date);
  const half = (text: string, halfKey: string): ReviewItem => {
    const own = readOwn(text, date, owners);
    return {
      ...item,
      key: halfKey,
      text,
      ...(own.divisions ?? { lead: item.lead, supporting: item.supporting }),
      people: own.people ?? item.people,
      ...(own.due ? { ...own.due, dueEdited: false } : {}),
    };
  };
  const secondKey = `n${state.nextKey}`;
  const first = half(item.text.slice(0, at).trim(), item.key);
  const second = half(item.text.slice(at).trim(), secondKey);
  const items = [...state.items.slice(0, index), first, second, ...state.items.slice(index + 1)];
  return { ok: true, key: secondKey, state: { ...state, items: renumber(items), nextKey: state.nextKey + 1 } };
}

function union(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

/**
 * Merges an item with the next one: texts joined by a line break, divisions and people united (a unit
 * that leads in either leads), the earlier deadline kept with its wording. Included when either was.
 */
export function mergeWithNext(state: ReviewState, key: string): EditOutcome {
  const index = state.items.findIndex((item) => item.key === key);
  const item = state.items[index];
  if (!item) return { ok: false, problem: { kind: "unknown-item" } };
  const next = state.items[index + 1];
  if (!next) return { ok: false, problem: { kind: "no-next", item: index + 1 } };
  const lead = union(splitOwnerNames(item.lead), splitOwnerNames(next.lead));
  const supporting = union(splitOwnerNames(item.supporting), splitOwnerNames(next.supporting)).filter((d) => !lead.includes(d));
  const dated = [item, next].filter((x) => isIsoDate(x.due.trim())).sort((a, b) => compareIso(a.due.trim() as IsoDate, b.due.trim() as IsoDate));
  // with no valid date, a date typed wrong stays visible (and blocks the write) rather than vanish
  const kept = dated[0] ?? (item.due.trim() !== "" ? item : next);
  const merged: ReviewItem = {
    ...item,
    include: item.include || next.include,
    text: `${item.text.trimEnd()}\n${next.text.trimStart()}`,
    lead: joinOwnerNames(lead),
    supporting: joinOwnerNames(supporting),
    people: joinOwnerNames(union(splitOwnerNames(item.people), splitOwnerNames(next.people))),
    due: kept.due,
    dueText: kept.dueText,
    dueEdited: item.dueEdited || next.dueEdited,
  };
  const items = [...state.items.slice(0, index), merged, ...state.items.slice(index + 2)];
  return { ok: true, key: item.key, state: { ...state, items } };
}

// ---- checks and the record ----------------------------------------------------------------------

/** Everything that stops the write, header first, then items in order (an item left out is not checked). */
export function reviewProblems(state: ReviewState): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  const { header } = state;
  if (header.number.trim() === "") problems.push({ kind: "no-number" });
  else if (readMeetingNumber(header.number) === null) problems.push({ kind: "bad-number", text: header.number.trim() });
  if (header.date.trim() === "") problems.push({ kind: "no-date" });
  else if (readMeetingDate(header.date) === null) problems.push({ kind: "bad-date", text: header.date.trim() });
  for (const field of ["startTime", "endTime"] as const) {
    if (readClockTime(header[field]) === null) problems.push({ kind: "bad-time", field, text: header[field].trim() });
  }
  const included = state.items.flatMap((item, index) => (item.include ? [{ item, index }] : []));
  const last = included[included.length - 1];
  if (last && last.index + 1 > MAX_ITEMS) problems.push({ kind: "too-many-items", count: last.index + 1 });
  for (const { item, index } of included) {
    const caseId = caseIdAt(state, index);
    if (item.text.trim() === "") problems.push({ kind: "empty-text", item: index + 1, caseId });
    const due = item.due.trim();
    if (due !== "" && !isIsoDate(due)) problems.push({ kind: "bad-due", item: index + 1, caseId, text: due });
  }
  return problems;
}

const orNull = (text: string): string | null => (text.trim() === "" ? null : text.trim());

/**
 * The owners an item's two typed fields name, as lists: the one place the review reads them (the record
 * it writes, and the units it offers for the registry). A unit typed in both fields leads; it is not
 * also listed as supporting.
 *
 * @example
 * itemOwners({ lead: "國務組，媒事組", supporting: "媒事組、資訊室" }) //=> { lead: ["國務組", "媒事組"], supporting: ["資訊室"] }
 */
export function itemOwners(item: Pick<ReviewItem, "lead" | "supporting">): CaseOwners {
  const lead = splitOwnerNames(item.lead);
  return { lead, supporting: splitOwnerNames(item.supporting).filter((d) => !lead.includes(d)) };
}

function trackedItem(item: ReviewItem, caseId: string): TrackedItem {
  const { lead, supporting } = itemOwners(item);
  const due = item.due.trim();
  return {
    caseId,
    section: item.section,
    text: item.text.trim(),
    divisions: [...new Set([...lead, ...supporting])],
    supporting,
    people: splitOwnerNames(item.people),
    dueDate: due === "" ? null : (due as IsoDate),
    dueText: item.dueText,
    line: item.line,
  };
}

/**
 * The record to apply: the header as edited, the included items in document order with their case
 * ids, divisions, people and due dates as edited (the deadline's original wording kept). Rulings,
 * attendees and warnings are the parser's. Refused, with every problem, until the header has a
 * meeting number and a date and every included item a text and a valid due date.
 */
export function recordFromReview(state: ReviewState): ReviewOutcome {
  const problems = reviewProblems(state);
  const number = readMeetingNumber(state.header.number);
  const date = readMeetingDate(state.header.date);
  if (problems.length > 0 || number === null || date === null) return { ok: false, problems };
  const h = state.header;
  const meeting = {
    ...state.record.meeting,
    number,
    date,
    startTime: orNull(readClockTime(h.startTime) ?? ""),
    endTime: orNull(readClockTime(h.endTime) ?? ""),
    location: orNull(h.location),
    chair: orNull(h.chair),
    recorder: orNull(h.recorder),
    organization: orNull(h.organization),
    name: orNull(h.name),
  };
  const items = state.items.flatMap((item, index) => (item.include ? [trackedItem(item, caseIdAt(state, index))] : []));
  return { ok: true, record: { ...state.record, meeting, items } };
}
