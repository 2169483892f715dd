// The `parse` command: reads a minutes file (text, .docx, .odt) and prints its MeetingRecord as JSON or a zh-TW summary.
import { Command } from "commander";
import { DEFAULT_DIVISIONS, createDivisionRegistry, formatRocDate, ownersFrom } from "../domain";
import { withHeader, type MeetingRecord } from "../minutes";
import type { ProblemLanguage } from "../problems";
import { checkHeader, headerOptions, remedy, warningLines, warningToJson, type WarningJson } from "./meetingHeader";
import { readMinutesFile } from "./minutesFile";
import { printJson, printTable, type OutputOptions } from "./output";
import { cliWords, type CliWords } from "./words";

/** What `parse --json` prints: the record as the parser reads it. */
export type MeetingRecordJson = Omit<MeetingRecord, "warnings"> & { readonly warnings: readonly WarningJson[] };

/**
 * The JSON contract of `parse --json` (issue 3), built field by field so that whatever else the
 * parser's objects carry never leaks into what other tools depend on.
 */
export function recordToJson(record: MeetingRecord, language: ProblemLanguage = "zh-TW"): MeetingRecordJson {
  const m = record.meeting;
  return {
    meeting: {
      organization: m.organization,
      name: m.name,
      number: m.number,
      date: m.date,
      startTime: m.startTime,
      endTime: m.endTime,
      location: m.location,
      chair: m.chair,
      recorder: m.recorder,
      attendees: m.attendees,
    },
    decisions: record.decisions.map((d) => ({ caseId: d.caseId, decision: d.decision, line: d.line, text: d.text })),
    items: record.items.map((i) => ({
      caseId: i.caseId,
      section: i.section,
      text: i.text,
      divisions: [...i.divisions],
      supporting: [...i.supporting],
      people: [...i.people],
      dueDate: i.dueDate,
      dueText: i.dueText,
      line: i.line,
    })),
    warnings: record.warnings.map((w) => warningToJson(w, language)),
  };
}

function timeRange(start: string | null, end: string | null): string {
  if (start === null && end === null) return "";
  return ` ${start ?? "？"}–${end ?? "？"}`;
}

function printSummary(record: MeetingRecord, w: CliWords): void {
  const m = record.meeting;
  const title = [m.organization, m.name, m.number === null ? null : w.nth(m.number)].filter((t) => t !== null).join(" ");
  const date = m.date === null ? w.unknown : `${m.date}（${formatRocDate(m.date, "long")}）`;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(title === "" ? w.meeting : title);
  out(w.timeLine(`${date}${timeRange(m.startTime, m.endTime)}`));
  out(w.locationLine(m.location ?? w.unknown));
  out(w.chairLine(m.chair ?? w.unknown, m.recorder ?? w.unknown));
  if (m.attendees !== null) out(w.attendeesLine(m.attendees));

  out("");
  out(w.rulingsHeading(record.decisions.length));
  printTable(record.decisions.map((d) => ["  " + d.caseId, w.tracking(d.decision), w.lineRef(d.line)]));

  out("");
  out(w.newCasesHeading(record.items.length));
  for (const item of record.items) {
    const { lead, supporting } = ownersFrom(item);
    const divisions = item.divisions.length === 0 ? w.noDivisions : w.leadSupporting(w.list(lead), w.list(supporting));
    const due = item.dueDate === null ? (item.dueText === null ? w.noDue : w.vagueDue(item.dueText)) : w.due(item.dueDate, item.dueText ?? "");
    out(`  ${item.caseId}  ${divisions}  ${due}  ${w.lineRef(item.line)}`);
    out(`    ${item.text.replace(/\n/g, "\n    ")}`);
  }

  if (record.warnings.length > 0) {
    out("");
    out(w.warningsOnStderr(record.warnings.length));
  }
}

interface ParseOptions extends OutputOptions {
  readonly number?: string;
  readonly date?: string;
}

/**
 * `parse FILE [--json]`: exit 0 with the record whenever the parser reads the text (warnings included,
 * even for minutes without a header), exit 2 with a one-line reason when the file is missing,
 * unreadable, empty, binary, too large, or the parser refuses it. Without --json the warnings go to
 * stderr as `file:line: message`, and so does a note when the header lacks what `import` requires (a
 * meeting number and a real date). --number and --date stand in for the minutes' header, as in `import`.
 */
export function parseCommand(w: CliWords = cliWords("zh-TW")): Command {
  return new Command("parse")
    .description(w.parseCommand)
    .argument("<file>", w.parseFile)
    .option("--number <n>", w.parseNumberOption)
    .option("--date <date>", w.parseDateOption)
    .option("--json", w.parseJson)
    .action(async (file: string, options: ParseOptions) => {
      const header = headerOptions(options);
      const registry = createDivisionRegistry(DEFAULT_DIVISIONS);
      if (!registry.ok) throw new Error(`the default division registry is invalid: ${registry.error}`);
      const record = withHeader((await readMinutesFile(file, registry.value)).record, header);
      if (options.json) {
        printJson(recordToJson(record, w.language));
        return;
      }
      printSummary(record, w);
      const err = (line: string) => process.stderr.write(`${line}\n`);
      for (const line of warningLines(file, record.warnings, w.language)) err(line);
      const check = checkHeader(record, w);
      if (!check.complete) err(w.wouldRefuse(file, check.gap.reasons, remedy(check.gap, true, w)));
    });
}
