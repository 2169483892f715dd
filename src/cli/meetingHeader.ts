// The meeting header the CLI needs before it writes anything: a meeting number and a real date, from
// the minutes or from --number/--date, and the parser's warnings as `file:line: message` lines.
import { parseDateInput, parseMeetingNumber, type IsoDate } from "../domain";
import type { HeaderOverride, MeetingRecord, ParseWarning } from "../minutes";
import { locate, problem, renderMessage, type Problem, type ProblemCode, type ProblemLanguage } from "../problems";
import { CliInputError } from "./cliError";
import { cliWords, type CliWords } from "./words";

/** What --number and --date put in place of the minutes' header (applied with the parser's withHeader). */
export type HeaderOptions = HeaderOverride;

/** Reads --number and --date; a bad value is a CliInputError saying which part is wrong. */
export function headerOptions(options: { readonly number?: string; readonly date?: string }): HeaderOptions {
  const result: { number?: number; date?: IsoDate } = {};
  if (options.number !== undefined) {
    const n = parseMeetingNumber(options.number);
    if (!n.ok) throw new CliInputError(problem("cli.numberOption", { text: options.number }));
    result.number = n.value;
  }
  if (options.date !== undefined) {
    const date = parseDateInput(options.date);
    if (!date.ok) throw date.problem ? new CliInputError(locate(date.problem, { field: "--date" })) : CliInputError.from(date);
    result.date = date.value;
  }
  return result;
}

/** The flags given, for messages: ["--number", "--date"]. */
export function headerFlags(header: HeaderOptions): string[] {
  return [header.number !== undefined ? "--number" : null, header.date !== undefined ? "--date" : null].filter((f) => f !== null);
}

/** The parser's warnings as a compiler writes them, `file:line: message`, in the CLI's language. */
export function warningLines(file: string, warnings: readonly ParseWarning[], language: ProblemLanguage = "zh-TW"): string[] {
  return warnings.map((w) => `${file}:${w.line}: ${renderMessage(w.problem, language)}`);
}

/** A warning as `--json` prints it: its line, its code and parameters for tools, and its words in the CLI's language. */
export interface WarningJson {
  readonly line: number;
  readonly code: ProblemCode;
  readonly params: Problem["params"];
  readonly message: string;
}

/** One parser warning for JSON output. */
export function warningToJson(warning: ParseWarning, language: ProblemLanguage): WarningJson {
  return { line: warning.line, code: warning.problem.code, params: warning.problem.params, message: renderMessage(warning.problem, language) };
}

/** What is missing from the header for the workbook, and the flags that supply it, in the CLI's language. */
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
export function checkHeader(record: MeetingRecord, w: CliWords = cliWords("zh-TW")): HeaderCheck {
  const { number, date } = record.meeting;
  if (number !== null && date !== null) return { complete: true, number, date };
  const reasons: string[] = [];
  const corrections: string[] = [];
  const flags: string[] = [];
  const examples: string[] = [];
  if (number === null) {
    const bad = impossibleNumber(record.warnings);
    if (bad === undefined) {
      reasons.push(w.noNumber);
      corrections.push(w.fixNumber);
    } else {
      reasons.push(w.badNumber(bad.line, bad.value));
      corrections.push(w.fixBadNumber(bad.line));
    }
    flags.push(w.numberFlag);
    examples.push("--number 112");
  }
  if (date === null) {
    const bad = impossibleDate(record.warnings, w.language);
    if (bad === undefined) {
      reasons.push(w.noDate);
      corrections.push(w.fixDate);
    } else {
      reasons.push(w.badDate(bad.line, bad.why));
      corrections.push(w.fixBadDate(bad.line));
    }
    flags.push(w.dateFlag);
    examples.push("--date 2022-03-17");
  }
  return { complete: false, gap: { reasons, corrections, flags, examples } };
}

/**
 * The parser's warning of a number it read but cannot use (第 12345 次, 第〇次), with the value as read:
 * the user must be told which value is wrong, not that there is none.
 */
function impossibleNumber(warnings: readonly ParseWarning[]): { readonly line: number; readonly value: string } | undefined {
  for (const { line, problem: found } of warnings) {
    if (found.code === "meeting.numberInvalid") return { line, value: found.params.text };
  }
  return undefined;
}

/** The parser's warning of a meeting date that does not exist (111年2月30日), with why, in `language`. */
function impossibleDate(warnings: readonly ParseWarning[], language: ProblemLanguage): { readonly line: number; readonly why: string } | undefined {
  for (const { line, problem: found } of warnings) {
    // The parser nests the date's own problem (causeOf in src/minutes/warning.ts), a catalogue problem.
    if (found.code === "parser.meetingDateInvalid") return { line, why: renderMessage(found.params.cause as Problem, language) };
  }
  return undefined;
}

/**
 * The remedy in words: write it in the minutes, or give the flags (which need the file on its own).
 *
 * @example
 * remedy(gap, true) //=> "請在紀錄標題寫明次別，或加上 --number <次別> 指定，例如 --number 112"
 */
export function remedy(gap: HeaderGap, alone: boolean, w: CliWords = cliWords("zh-TW")): string {
  return w.remedy(gap.corrections, alone, gap.flags, gap.examples);
}
