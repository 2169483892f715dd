// The `parse` command: reads a minutes file (text, .docx, .odt) and prints its MeetingRecord as JSON or a zh-TW summary.
import { Command } from "commander";
import { DEFAULT_DIVISIONS, TRACKING_LABELS, createDivisionRegistry, formatRocDate } from "../domain";
import { withHeader, type MeetingRecord } from "../minutes";
import { checkHeader, headerOptions, remedy, warningLines } from "./meetingHeader";
import { readMinutesFile } from "./minutesFile";
import { printJson, printTable, type OutputOptions } from "./output";

/** What `parse --json` prints: the record as the parser reads it. */
export type MeetingRecordJson = MeetingRecord;

/**
 * The JSON contract of `parse --json` (issue 3), built field by field so that whatever else the
 * parser's objects carry never leaks into what other tools depend on.
 */
export function recordToJson(record: MeetingRecord): MeetingRecordJson {
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
    warnings: record.warnings.map((w) => ({ line: w.line, message: w.message })),
  };
}

const UNKNOWN = "（未載明）";

function timeRange(start: string | null, end: string | null): string {
  if (start === null && end === null) return "";
  return ` ${start ?? "？"}–${end ?? "？"}`;
}

function printSummary(record: MeetingRecord): void {
  const m = record.meeting;
  const title = [m.organization, m.name, m.number === null ? null : `第 ${m.number} 次`].filter((t) => t !== null).join(" ");
  const date = m.date === null ? UNKNOWN : `${m.date}（${formatRocDate(m.date, "long")}）`;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(title === "" ? "會議" : title);
  out(`時間：${date}${timeRange(m.startTime, m.endTime)}`);
  out(`地點：${m.location ?? UNKNOWN}`);
  // Ideographic space (U+3000) between the two, as the header lines of minutes are set.
  out(`主席：${m.chair ?? UNKNOWN}\u3000紀錄：${m.recorder ?? UNKNOWN}`);
  if (m.attendees !== null) out(`出席：${m.attendees}`);

  out("");
  out(`列管決定（${record.decisions.length} 案）`);
  printTable(record.decisions.map((d) => ["  " + d.caseId, TRACKING_LABELS[d.decision], `第 ${d.line} 行`]));

  out("");
  out(`新列管案件（${record.items.length} 案）`);
  for (const item of record.items) {
    const lead = item.divisions.filter((d) => !item.supporting.includes(d));
    const divisions =
      item.divisions.length === 0
        ? "（未指定組室）"
        : `主辦 ${lead.join("、") || "（未指定）"}${item.supporting.length > 0 ? `，協辦 ${item.supporting.join("、")}` : ""}`;
    const due = item.dueDate === null ? (item.dueText === null ? "無期限" : `無確定日期（${item.dueText}）`) : `期限 ${item.dueDate}（${item.dueText ?? ""}）`;
    out(`  ${item.caseId}  ${divisions}  ${due}  第 ${item.line} 行`);
    out(`    ${item.text.replace(/\n/g, "\n    ")}`);
  }

  if (record.warnings.length > 0) {
    out("");
    out(`警告 ${record.warnings.length} 則（見標準錯誤輸出）`);
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
export function parseCommand(): Command {
  return new Command("parse")
    .description("解析會議紀錄：讀取文字檔（UTF-8/Big5）、.docx 或 .odt，列出會議、列管決定與新列管案件")
    .argument("<file>", "minutes file: .txt (UTF-8, UTF-16, Big5), .docx or .odt")
    .option("--number <n>", "會議次別 to use instead of the minutes'")
    .option("--date <date>", "會議日期 to use instead of the minutes': 2022-03-17, 111/03/17 or 111年3月17日")
    .option("--json", "print the MeetingRecord as one JSON document")
    .action(async (file: string, options: ParseOptions) => {
      const header = headerOptions(options);
      const registry = createDivisionRegistry(DEFAULT_DIVISIONS);
      if (!registry.ok) throw new Error(`the default division registry is invalid: ${registry.error}`);
      const record = withHeader((await readMinutesFile(file, registry.value)).record, header);
      if (options.json) {
        printJson(recordToJson(record));
        return;
      }
      printSummary(record);
      const err = (line: string) => process.stderr.write(`${line}\n`);
      for (const line of warningLines(file, record.warnings)) err(line);
      const check = checkHeader(record);
      if (!check.complete) err(`注意：「${file}」${check.gap.reasons.join("；")}，匯入時會被拒絕。${remedy(check.gap, true)}`);
    });
}
