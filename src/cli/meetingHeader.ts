// The meeting header the CLI needs before it writes anything: a meeting number and a real date, from
// the minutes or from --number/--date, and the parser's warnings as `file:line: message` lines.
import {
  fail,
  formatCaseId,
  makeCaseId,
  parseDueDate,
  parseIsoDate,
  parseNumberToken,
  parseRocDate,
  toHalfWidth,
  type IsoDate,
  type Result,
} from "../domain";
import type { MeetingRecord, ParseWarning, TrackedItem } from "../minutes";
import { CliInputError } from "./cliError";

const ISO_SHAPED = /^\s*\d{4}-\d{1,2}-\d{1,2}\s*$/u;
const ROC_SHAPED = /年|^\s*(?:中華)?\s*(?:民國)?\s*\d{1,4}\s*[/.-]/u;

/**
 * A date on the command line: ISO (2022-03-17) or ROC as minutes write it (111年3月17日, 111/03/17).
 * The reason for a bad date comes from the reading its shape asks for, so 2022-13-45 is told its month
 * is wrong (not that 2022 is too long for an ROC year), and text of neither shape lists both forms.
 */
export function parseCliDate(text: string): Result<IsoDate> {
  const iso = parseIsoDate(text);
  if (iso.ok || ISO_SHAPED.test(text)) return iso;
  if (ROC_SHAPED.test(toHalfWidth(text))) return parseRocDate(text);
  return fail(`日期「${text.trim()}」無法辨識：應為西元 2022-03-17，或民國 111/03/17、111年3月17日`);
}

/** What --number and --date put in place of the minutes' header. */
export interface HeaderOptions {
  readonly number?: number;
  readonly date?: IsoDate;
}

/** Reads --number and --date; a bad value is a CliInputError saying which part is wrong. */
export function headerOptions(options: { readonly number?: string; readonly date?: string }): HeaderOptions {
  const result: { number?: number; date?: IsoDate } = {};
  if (options.number !== undefined) {
    const n = parseNumberToken(options.number);
    const id = n === undefined ? undefined : makeCaseId(n, 1);
    if (n === undefined || id === undefined || !id.ok) {
      throw new CliInputError(`--number「${options.number}」不正確：會議次別應為 1–9999 的整數，例如 --number 112`);
    }
    result.number = n;
  }
  if (options.date !== undefined) {
    const date = parseCliDate(options.date);
    if (!date.ok) throw new CliInputError(`--date 的${date.error}`);
    result.date = date.value;
  }
  return result;
}

/** The flags given, for messages: ["--number", "--date"]. */
export function headerFlags(header: HeaderOptions): string[] {
  return [header.number !== undefined ? "--number" : null, header.date !== undefined ? "--date" : null].filter((f) => f !== null);
}

// The parser's header warnings that --number / --date answer (src/minutes/header.ts); when the wording
// changes there, those warnings are merely shown beside the override, nothing else depends on it.
const NO_NUMBER_WARNING = "找不到會議次別";
const NO_DATE_WARNING = "找不到會議日期";
/** neither a 第N次 title nor a date (src/minutes/parseMinutes.ts): answered by both options */
const NO_HEADER_WARNING = "找不到會議標頭";
const BAD_DATE_WARNING = "會議日期無法換算：";

/** Takes out one warning equal to `message` on `line`, if there is one. */
function takeWarning(warnings: ParseWarning[], line: number, message: string): void {
  const at = warnings.findIndex((w) => w.line === line && w.message === message);
  if (at >= 0) warnings.splice(at, 1);
}

/**
 * The record with --number / --date in its header, and what depends on them redone as the parser does
 * (src/minutes/trackedItem.ts): each item's case id (number × 100 + its order) and its deadline (resolved
 * against the meeting date, with the deadline's warning replaced). The header warnings the options
 * answer are dropped; the others, including an impossible date in the minutes, stay.
 */
export function withHeader(record: MeetingRecord, header: HeaderOptions): MeetingRecord {
  const before = record.meeting;
  const number = header.number ?? before.number;
  const date = header.date ?? before.date;
  const answered = [
    ...(header.number !== undefined ? [NO_NUMBER_WARNING] : []),
    ...(header.date !== undefined ? [NO_DATE_WARNING] : []),
    ...(header.number !== undefined && header.date !== undefined ? [NO_HEADER_WARNING] : []),
  ];
  const warnings = record.warnings.filter((w) => !answered.some((start) => w.message.startsWith(start)));
  if (number === before.number && date === before.date) return { ...record, warnings };

  const items = record.items.map((item, index): TrackedItem => {
    let next = item;
    if (number !== before.number && number !== null) {
      const id = makeCaseId(number, index + 1);
      if (!id.ok) warnings.push({ line: item.line, message: `第 ${index + 1} 項新列管案件：無法編列案號，${id.error}` });
      next = { ...next, caseId: id.ok ? formatCaseId(id.value) : "" };
    }
    if (date !== before.date) {
      const old = parseDueDate(item.text, before.date);
      const due = parseDueDate(item.text, date);
      if (old.warning !== null) takeWarning(warnings, item.line, old.warning);
      if (due.warning !== null) warnings.push({ line: item.line, message: due.warning });
      next = { ...next, dueDate: due.dueDate, dueText: due.dueText };
    }
    return next;
  });
  // Stable, so warnings on one line keep their order, as the parser leaves them.
  const byLine = [...warnings].sort((a, b) => a.line - b.line);
  return { ...record, meeting: { ...before, number, date }, items, warnings: byLine };
}

/** The parser's warnings as a compiler writes them: `file:line: message`. */
export function warningLines(file: string, warnings: readonly ParseWarning[]): string[] {
  return warnings.map((w) => `${file}:${w.line}: ${w.message}`);
}

/** What is missing from the header for the workbook, and the flags that supply it. */
export interface HeaderGap {
  /** e.g. 沒有會議次別（標題中找不到「第N次…會議」） */
  readonly reasons: string[];
  /** what to correct in the minutes, e.g. 在標題寫明會議次別 */
  readonly corrections: string[];
  /** e.g. ["--number <次別>"] */
  readonly flags: string[];
  /** e.g. ["--number 112"] */
  readonly examples: string[];
}

/** A header the workbook can take, or what it lacks. */
export type HeaderCheck =
  | { readonly complete: true; readonly number: number; readonly date: IsoDate }
  | { readonly complete: false; readonly gap: HeaderGap };

/**
 * Whether the record can go into the workbook: it needs a meeting number (case ids are made from it)
 * and a real meeting date (the 會議 row's 日期, the date of every history row and every relative
 * deadline need it); otherwise what is missing and why.
 */
export function checkHeader(record: MeetingRecord): HeaderCheck {
  const { number, date } = record.meeting;
  if (number !== null && date !== null) return { complete: true, number, date };
  const reasons: string[] = [];
  const corrections: string[] = [];
  const flags: string[] = [];
  const examples: string[] = [];
  if (number === null) {
    reasons.push("沒有會議次別（標題中找不到「第N次…會議」）");
    corrections.push("在紀錄標題寫明次別");
    flags.push("--number <次別>");
    examples.push("--number 112");
  }
  if (date === null) {
    const bad = record.warnings.find((w) => w.message.startsWith(BAD_DATE_WARNING));
    if (bad === undefined) {
      reasons.push("沒有會議日期（「時間：」或「日期：」行中找不到日期）");
      corrections.push("在紀錄中寫明會議日期");
    } else {
      reasons.push(`第 ${bad.line} 行的會議日期無法換算（${bad.message.slice(BAD_DATE_WARNING.length)}）`);
      corrections.push(`更正紀錄第 ${bad.line} 行的日期`);
    }
    flags.push("--date <日期>");
    examples.push("--date 2022-03-17");
  }
  return { complete: false, gap: { reasons, corrections, flags, examples } };
}

/**
 * The remedy in words: write it in the minutes, or give the flags (which need the file on its own).
 *
 * @example
 * remedy(gap, true) //=> "請在紀錄標題寫明次別，或加上 --number <次別> 指定，例如 --number 112"
 */
export function remedy(gap: HeaderGap, alone: boolean): string {
  const how = alone ? "加上" : "單獨匯入這個檔案並加上";
  return `請${gap.corrections.join("並")}，或${how} ${gap.flags.join(" ")} 指定，例如 ${gap.examples.join(" ")}`;
}
