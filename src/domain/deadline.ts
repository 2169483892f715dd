// Deadlines in minutes: finds the due wording in an item's text and resolves it against the meeting date.

import { addBusinessDays, addDays, addMonths, addWeeks, addYears } from "date-fns";
import { daysBetween, daysInMonth, fromUtcDate, isoDate, isoParts, toUtcDate, type IsoDate } from "./isoDate";
import { parseNumberToken } from "./numerals";
import { ROC_YEAR_OFFSET } from "./rocDate";
import { problem, type DeadlineReason, type Problem } from "../problems";
import { fail, ok, type Result } from "./result";

/**
 * A month and day written without a year belong to the meeting's year, unless that date would be more
 * than this many days before the meeting: then they mean next year (a December meeting's `1月15日前`).
 * Within the window the date stays in the meeting's year, already due: a chair does not set a deadline
 * eleven months out by writing last week's date, but minutes are often typed up late.
 */
export const ROLLOVER_DAYS = 31;

/** What {@link parseDueDate} found: the date, the wording it came from, and why a wording gave no date. */
export interface DueDateResult {
  readonly dueDate: IsoDate | null;
  /** the wording exactly as written (widths and spaces kept), e.g. `4 月底前` */
  readonly dueText: string | null;
  /** set when a deadline was written but cannot be a date, e.g. `111年2月30日前` (in zh-TW) */
  readonly warning: string | null;
  /** the same warning as a problem, to word in the reader's language; present exactly when `warning` is set */
  readonly problem?: Problem;
}

// A number as minutes write it: ASCII after toHalfWidth, or Chinese numerals (十二, 兩, 三十一).
const N = "(?:\\d{1,4}|[〇零一二兩三四五六七八九十廿百]{1,6})";
// A year before a month or period: 112年, 民國112年, 112年度, 本年, 今年, 明年.
const YEAR = `(?:(?:中華)?(?:民國)?(?<year>${N})年度?|(?<yearRel>本|今|明|次|隔)年度?)`;
// A month: 4月, 4月份, 本月, 本(4)月, 下月, 下(5)月.
const MONTH = `(?:(?<monthRel>本|下|次)(?:\\((?<monthNum>${N})\\))?|(?<month>${N}))月份?`;

type Shape = "day" | "monthEnd" | "monthPart" | "slashDate" | "slashMonthDay" | "yearEnd" | "half" | "quarter" | "span";

interface Rule {
  readonly shape: Shape;
  /** a character every match contains (null: no single one): most sentences lack it, and a substring test is cheap */
  readonly anchor: string | null;
  readonly pattern: RegExp;
}

// Order matters only for equal spans; overlapping matches keep the leftmost, then the longest.
const RULES: readonly Rule[] = [
  { shape: "day", anchor: "月", pattern: new RegExp(`${YEAR}?${MONTH}(?<day>${N})(?:日|號)`, "gu") },
  { shape: "monthEnd", anchor: "月", pattern: new RegExp(`${YEAR}?${MONTH}(?:底|末)`, "gu") },
  { shape: "monthPart", anchor: "旬", pattern: new RegExp(`${YEAR}?${MONTH}(?<part>上|中|下)旬`, "gu") },
  {
    shape: "slashDate",
    anchor: null,
    pattern: /(?<![\d/.-])(?:民國)?(?<year>\d{2,4})(?<sep>[/.-])(?<month>\d{1,2})\k<sep>(?<day>\d{1,2})(?![\d/.-])/gu,
  },
  { shape: "slashMonthDay", anchor: "/", pattern: /(?<![\d/.-])(?<month>\d{1,2})\/(?<day>\d{1,2})(?![\d/.-])/gu },
  {
    shape: "yearEnd",
    anchor: "年",
    pattern: new RegExp(
      `(?:(?:中華)?(?:民國)?(?<year>${N})|(?<yearRel>本|今|明|次|隔))?年度?(?:底|末|結束)|(?<inYear>本|今)年度?內`,
      "gu",
    ),
  },
  { shape: "half", anchor: "半", pattern: new RegExp(`${YEAR}?(?<half>上|下)半年度?`, "gu") },
  { shape: "quarter", anchor: "季", pattern: new RegExp(`${YEAR}?第(?<quarter>${N})季(?:結束|底|末)?`, "gu") },
  {
    shape: "span",
    anchor: "內",
    pattern: new RegExp(
      `(?<count>${N})(?<unit>個?工作(?:天|日)|個?日曆天|個?(?:星期|禮拜)|週|周|個月|天|日|年)(?:以|之)?內`,
      "gu",
    ),
  },
];

// A deadline's own suffix, kept in dueText: 前, 以前, 之前, 為止, 止, 內. 前往/前述 are other words.
const SUFFIX = /^(?:以前|之前|前(?![往來述揭開項赴])|為止|止|以內|之內|內)/u;
// Finishing or handing in by the date makes it a deadline even without 前: 於 7 月 31 日完成.
const COMPLETION = /^(?:完成|完竣|辦竣|辦結|完工|竣工|結案|截止|到期|提報|提出|送交|送達|繳交|函報|陳報|報府)/u;
// Words before the date that make it a deadline: 最遲於, 期限為, 截至, or a directive (請…於, 應於, 須於).
const DEADLINE_BEFORE = /(?:最遲|最晚|至遲|限期|期限|截至|截止(?:日期?)?)(?:於|在|為|是|:)?$/u;
// A directive earlier in the sentence (請…於, 應於): 申請/提請, 因應/回應 and 無須 direct no one.
const DIRECTIVE_BEFORE =
  /(?:(?<![申邀聲提呈簽報陳])請|(?<![因回相適反供對響呼答])應|(?<![無毋])須|務必)[^。;；:：]{0,24}?於$/u;
// …but 預計於, 擬於, 將於, 訂於 announce a schedule even inside a directive sentence.
const SCHEDULE_BEFORE = /(?:預計|預定|擬|將|訂|定|已|業)於$/u;
// 每年 3 月 31 日前 recurs; 已於 / 業於 3 月 1 日 is something that already happened.
const RECURRING_BEFORE = /每(?:個)?(?:年|月|季|週|周|星期|半年|年度)?$/u;
const PAST_BEFORE = /(?:已經|已|業已|業)(?:於|在)?$/u;
const TRAILING_PUNCTUATION = /[。．.，,；;！!]+$/u;

// Durations longer than these are not deadlines anyone sets; they also keep the arithmetic in range.
const MAX_SPAN: Readonly<Record<SpanUnit, number>> = { day: 3660, week: 520, month: 120, year: 10, workday: 2600 };

type SpanUnit = "day" | "week" | "month" | "year" | "workday";

const MAX_CANDIDATES = 32;

interface Compact {
  /** half-width text without whitespace, so patterns need not allow spaces everywhere */
  readonly text: string;
  /** index in the original text of each character of `text` */
  readonly origin: readonly number[];
}

interface Candidate {
  readonly shape: Shape;
  readonly start: number;
  readonly end: number;
  readonly groups: Readonly<Record<string, string | undefined>>;
}

interface Context {
  readonly meeting: IsoDate | null;
  readonly wording: string;
}

// The characters \s matches, by code: tab to carriage return, space, no-break and other Unicode spaces.
function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Half-width (as the domain's `toHalfWidth`) and without whitespace, in one pass that records where each character came from. */
function compact(text: string): Compact {
  const chars: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) continue;
    chars.push(code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : text.charAt(i));
    origin.push(i);
  }
  return { text: chars.join(""), origin };
}

function findCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const rule of RULES) {
    if (rule.anchor !== null && !text.includes(rule.anchor)) continue;
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index;
      found.push({ shape: rule.shape, start, end: start + match[0].length, groups: match.groups ?? {} });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let reach = 0;
  for (const candidate of found) {
    if (candidate.start >= reach) {
      kept.push(candidate);
      reach = candidate.end;
    }
  }
  return kept;
}

/** Where the deadline wording ends (after 前/內), or undefined when the date is not a deadline. */
function deadlineEnd(text: string, candidate: Candidate): number | undefined {
  const before = text.slice(Math.max(0, candidate.start - 32), candidate.start);
  if (RECURRING_BEFORE.test(before) || PAST_BEFORE.test(before)) return undefined;
  const suffix = SUFFIX.exec(text.slice(candidate.end))?.[0] ?? "";
  const end = candidate.end + suffix.length;
  if (candidate.shape === "span" || suffix !== "") return end;
  if (COMPLETION.test(text.slice(end))) return end;
  if (DEADLINE_BEFORE.test(before)) return end;
  if (DIRECTIVE_BEFORE.test(before) && !SCHEDULE_BEFORE.test(before)) return end;
  // A cell holding only the wording (a 期限 column) is a deadline by definition.
  const whole = text.replace(TRAILING_PUNCTUATION, "");
  return candidate.start === 0 && end === whole.length ? end : undefined;
}

/** A deadline wording that names no real date, and why (worded by the catalogue in both languages). */
function unresolvable(ctx: Context, reason: DeadlineReason): Result<never> {
  return fail(problem("deadline.unresolvable", { wording: ctx.wording, reason }));
}

function numberOf(token: string | undefined): number | undefined {
  return token === undefined ? undefined : parseNumberToken(token);
}

function meetingOrFail(ctx: Context): Result<IsoDate> {
  return ctx.meeting === null ? unresolvable(ctx, { kind: "noMeetingDate" }) : ok(ctx.meeting);
}

/** A written year: 112 is ROC, 2023 is Gregorian; 本年/明年 count from the meeting. */
function explicitYear(groups: Candidate["groups"], ctx: Context): Result<number> | undefined {
  if (groups.year !== undefined) {
    const year = numberOf(groups.year);
    if (year === undefined) return unresolvable(ctx, { kind: "yearNotNumber" });
    if (year > ROC_YEAR_OFFSET) return year <= 9999 ? ok(year) : unresolvable(ctx, { kind: "yearOutOfRange" });
    if (year >= 1 && year <= 999) return ok(year + ROC_YEAR_OFFSET);
    return unresolvable(ctx, { kind: "yearNeither", year: groups.year });
  }
  const rel = groups.yearRel ?? groups.inYear;
  if (rel === undefined) return undefined;
  const meeting = meetingOrFail(ctx);
  if (!meeting.ok) return meeting;
  const thisYear = isoParts(meeting.value).year;
  return ok(rel === "本" || rel === "今" ? thisYear : thisYear + 1);
}

interface YearMonth {
  readonly year: number | undefined;
  readonly month: number;
  /** true when the year was not written, so a date far before the meeting means next year */
  readonly rolls: boolean;
}

function yearAndMonth(groups: Candidate["groups"], ctx: Context): Result<YearMonth> {
  const year = explicitYear(groups, ctx);
  if (year !== undefined && !year.ok) return year;
  if (groups.monthRel === undefined) {
    const month = numberOf(groups.month);
    if (month === undefined) return unresolvable(ctx, { kind: "monthNotNumber" });
    return monthCheck({ year: year?.value, month, rolls: year === undefined }, ctx);
  }
  // 本月 and 下月 count from the meeting; a number in brackets, 本（4）月, is what the writer meant.
  const meeting = meetingOrFail(ctx);
  if (!meeting.ok) return meeting;
  const parts = isoParts(meeting.value);
  const written = numberOf(groups.monthNum);
  if (groups.monthNum !== undefined && written === undefined) {
    return unresolvable(ctx, { kind: "monthNotNumber" });
  }
  const next = parts.month === 12 ? { year: parts.year + 1, month: 1 } : { year: parts.year, month: parts.month + 1 };
  const meant = groups.monthRel === "本" ? { year: parts.year, month: parts.month } : next;
  if (year !== undefined) return monthCheck({ year: year.value, month: written ?? meant.month, rolls: false }, ctx);
  if (written === undefined || written === meant.month) {
    return monthCheck({ year: meant.year, month: meant.month, rolls: false }, ctx);
  }
  return monthCheck({ year: undefined, month: written, rolls: true }, ctx);
}

function monthCheck(value: YearMonth, ctx: Context): Result<YearMonth> {
  if (value.month < 1 || value.month > 12) return unresolvable(ctx, { kind: "monthOutOfRange" });
  return ok(value);
}

/** Builds the date in the given year, or in the meeting's year with the {@link ROLLOVER_DAYS} rule. */
function placeInYear(
  year: number | undefined,
  rolls: boolean,
  build: (year: number) => Result<IsoDate>,
  ctx: Context,
): Result<IsoDate> {
  if (year !== undefined && !rolls) return build(year);
  const meeting = meetingOrFail(ctx);
  if (!meeting.ok) return meeting;
  const thisYear = year ?? isoParts(meeting.value).year;
  const sameYear = build(thisYear);
  // An impossible day (2 月 29 日) is impossible whichever year is tried first; report the meeting's year.
  if (!sameYear.ok) return sameYear;
  return daysBetween(sameYear.value, meeting.value) > ROLLOVER_DAYS ? build(thisYear + 1) : sameYear;
}

function dayOf(year: number, month: number, day: number, ctx: Context): Result<IsoDate> {
  if (year < 1000 || year > 9999) return unresolvable(ctx, { kind: "yearOutOfRange" });
  if (month < 1 || month > 12) return unresolvable(ctx, { kind: "monthOutOfRange" });
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) {
    return unresolvable(ctx, { kind: "noSuchDay", year, month, days: length });
  }
  return isoDate(year, month, day);
}

function lastDay(year: number, month: number, ctx: Context): Result<IsoDate> {
  if (year < 1000 || year > 9999) return unresolvable(ctx, { kind: "yearOutOfRange" });
  return dayOf(year, month, daysInMonth(year, month), ctx);
}

const TEN_DAY_PART: Readonly<Record<string, number>> = { 上: 10, 中: 20 };

function resolveMonthShape(candidate: Candidate, ctx: Context): Result<IsoDate> {
  const ym = yearAndMonth(candidate.groups, ctx);
  if (!ym.ok) return ym;
  const { month, rolls } = ym.value;
  if (candidate.shape === "day") {
    const day = numberOf(candidate.groups.day);
    if (day === undefined) return unresolvable(ctx, { kind: "dayNotNumber" });
    return placeInYear(ym.value.year, rolls, (y) => dayOf(y, month, day, ctx), ctx);
  }
  const part = candidate.shape === "monthPart" ? TEN_DAY_PART[candidate.groups.part ?? ""] : undefined;
  return placeInYear(
    ym.value.year,
    rolls,
    (y) => (part === undefined ? lastDay(y, month, ctx) : dayOf(y, month, part, ctx)),
    ctx,
  );
}

function resolveSlash(candidate: Candidate, ctx: Context): Result<IsoDate> {
  const month = Number(candidate.groups.month);
  const day = Number(candidate.groups.day);
  if (candidate.shape === "slashMonthDay") {
    if (month < 1 || month > 12) return unresolvable(ctx, { kind: "monthOutOfRange" });
    return placeInYear(undefined, true, (y) => dayOf(y, month, day, ctx), ctx);
  }
  const year = explicitYear(candidate.groups, ctx);
  if (year === undefined || !year.ok) return year ?? unresolvable(ctx, { kind: "noYear" });
  return dayOf(year.value, month, day, ctx);
}

function resolvePeriod(candidate: Candidate, ctx: Context): Result<IsoDate> {
  const year = explicitYear(candidate.groups, ctx);
  if (year !== undefined && !year.ok) return year;
  let month = 12;
  if (candidate.shape === "half") {
    month = candidate.groups.half === "上" ? 6 : 12;
  } else if (candidate.shape === "quarter") {
    const quarter = numberOf(candidate.groups.quarter);
    if (quarter === undefined || quarter < 1 || quarter > 4) {
      return unresolvable(ctx, { kind: "quarterOutOfRange" });
    }
    month = quarter * 3;
  }
  // 年底 without a year is this year's end, never next year's.
  const rolls = year === undefined && candidate.shape !== "yearEnd";
  return placeInYear(year?.value, rolls, (y) => lastDay(y, month, ctx), ctx);
}

function spanUnit(unit: string): SpanUnit {
  if (unit.includes("工作")) return "workday";
  if (unit.includes("月")) return "month";
  if (unit === "年") return "year";
  if (unit.includes("星期") || unit.includes("禮拜") || unit === "週" || unit === "周") return "week";
  return "day";
}

function resolveSpan(candidate: Candidate, ctx: Context): Result<IsoDate> {
  const count = numberOf(candidate.groups.count);
  const unit = spanUnit(candidate.groups.unit ?? "");
  if (count === undefined || count < 1) return unresolvable(ctx, { kind: "spanTooShort" });
  if (count > MAX_SPAN[unit]) return unresolvable(ctx, { kind: "spanTooLong" });
  const meeting = meetingOrFail(ctx);
  if (!meeting.ok) return meeting;
  const due = spanEnd(toUtcDate(meeting.value), unit, count);
  // A meeting in the last years of 9999 cannot have deadlines after it written as YYYY-MM-DD.
  return due.getUTCFullYear() > 9999 ? unresolvable(ctx, { kind: "spanTooLong" }) : ok(fromUtcDate(due));
}

// Months as date-fns addMonths (1 月 31 日起 1 個月內 is 2 月 28 日); working days skip Saturdays and
// Sundays (holidays are not known here), and counting from a weekend counts from the Friday before.
function spanEnd(from: Date, unit: SpanUnit, count: number): Date {
  switch (unit) {
    case "day":
      return addDays(from, count);
    case "week":
      return addWeeks(from, count);
    case "month":
      return addMonths(from, count);
    case "year":
      return addYears(from, count);
    case "workday":
      return addBusinessDays(from, count);
  }
}

function resolve(candidate: Candidate, ctx: Context): Result<IsoDate> {
  switch (candidate.shape) {
    case "day":
    case "monthEnd":
    case "monthPart":
      return resolveMonthShape(candidate, ctx);
    case "slashDate":
    case "slashMonthDay":
      return resolveSlash(candidate, ctx);
    case "yearEnd":
    case "half":
    case "quarter":
      return resolvePeriod(candidate, ctx);
    case "span":
      return resolveSpan(candidate, ctx);
  }
}

/**
 * The first deadline still ahead of the meeting wins; a date already past at the meeting
 * (`於12月10日前完成之採購案，仍請於年底前辦理驗收`) describes something else unless nothing lies ahead.
 */
function isEarlierDeadline(candidate: IsoDate, best: IsoDate, meeting: IsoDate | null): boolean {
  if (meeting !== null) {
    const candidateAhead = candidate >= meeting;
    const bestAhead = best >= meeting;
    if (candidateAhead !== bestAhead) return candidateAhead;
  }
  return candidate < best;
}

/**
 * Finds the deadline in an item's text and resolves it against the meeting date.
 *
 * A date is a deadline only when the text says so: a suffix (`前`, `以前`, `為止`, `止`, `內`), a
 * finishing verb right after it (`完成`, `提報`, `送交`…), a deadline word before it (`最遲`, `期限`,
 * `截至`), or a directive before `於` (`請…於`, `應於`, `須於`). Durations (`二週內`, `1個月內`,
 * `10日內`, `5個工作天內`) always are. A date after `預計於`, `擬於` or `本府於…函頒` is a schedule or
 * an event; after `已於`/`業於` it is past; after `每年`/`每月` it recurs: none of these is a deadline.
 * Text that is nothing but the wording (`6月中旬`, a 期限 cell) is a deadline.
 *
 * Resolution: `年底` → 12-31; `上半年` → 06-30, `下半年` → 12-31; `第3季` → 09-30; `上旬` → the 10th,
 * `中旬` → the 20th, `下旬` → the month's end; durations count from the meeting (months with date-fns
 * `addMonths`, working days skip Saturdays and Sundays). A month without a year takes the meeting's
 * year, or next year when the date would fall more than {@link ROLLOVER_DAYS} days before the meeting.
 * When several deadlines appear, the earliest on or after the meeting wins: the first thing due is what
 * the case tracks, and a date already past describes earlier work (`於12月10日前完成之採購案`).
 *
 * @param meetingDate the meeting's date; null when unknown, which still resolves dates with a year.
 * @returns the date and its wording as written, or nulls; a wording that names no real date
 * (`111年2月30日前`) gives no date, its wording, and a warning.
 * @example
 * parseDueDate("請總務組於 5 月底前完成", "2022-03-17" as IsoDate)
 * //=> { dueDate: "2022-05-31", dueText: "5 月底前", warning: null }
 * parseDueDate("預計於 7 月 31 日及 12 月 31 日進行期中及期末檢核", "2022-03-17" as IsoDate)
 * //=> { dueDate: null, dueText: null, warning: null }
 */
export function parseDueDate(text: string, meetingDate: IsoDate | null): DueDateResult {
  const { text: flat, origin } = compact(text);
  let best: { date: IsoDate; wording: string } | undefined;
  let failed: { wording: string; warning: string; problem: Problem | undefined } | undefined;
  // A sentence names a handful of dates; past this many, the rest is not read (a guard against junk input).
  for (const candidate of findCandidates(flat).slice(0, MAX_CANDIDATES)) {
    const end = deadlineEnd(flat, candidate);
    if (end === undefined) continue;
    const from = origin[candidate.start] ?? 0;
    const to = (origin[end - 1] ?? from) + 1;
    const wording = text.slice(from, to);
    const date = resolve(candidate, { meeting: meetingDate, wording });
    if (!date.ok) {
      failed ??= { wording, warning: date.error, problem: date.problem };
    } else if (best === undefined || isEarlierDeadline(date.value, best.date, meetingDate)) {
      best = { date: date.value, wording };
    }
  }
  const why = failed?.problem === undefined ? {} : { problem: failed.problem };
  if (best !== undefined) return { dueDate: best.date, dueText: best.wording, warning: failed?.warning ?? null, ...why };
  if (failed !== undefined) return { dueDate: null, dueText: failed.wording, warning: failed.warning, ...why };
  return { dueDate: null, dueText: null, warning: null };
}
