// CLI commands of the 辦理情形 report and the ODF export: `report` writes meeting N's report (.odt or
// .docx, optionally one division's own list) from a workbook, `export` writes the workbook as .ods.
import { writeFile } from "node:fs/promises";
import { extname } from "node:path";
import { Command } from "commander";
import { collectReport, reportFileName, unreadableMessage, writeReport, type ReportFormat } from "../app/report";
import { parseDateInput, parseMeetingNumber, type Result } from "../domain";
import { locate, problem, renderProblem, type ProblemLanguage } from "../problems";
import { writeWorkbookOds } from "../export/workbookOds";
import { formatRate } from "../report";
import { openFileStore } from "../workbook/xlsx/node";
import { CliInputError } from "./cliError";
import { printJson } from "./output";
import { cliWords, type CliWords } from "./words";

/** The value, or a CliInputError keeping the failure's problem (placed at `option` when given), so it is worded in the CLI's language. */
function valueOf<T>(result: Result<T>, option?: string): T {
  if (result.ok) return result.value;
  if (result.problem !== undefined) throw new CliInputError(option === undefined ? result.problem : locate(result.problem, { field: option }));
  throw new CliInputError(option === undefined ? result.error : `${option}：${result.error}`);
}

interface ReportOptions {
  readonly workbook: string;
  readonly out: string;
  readonly meeting?: string;
  readonly division?: string;
  readonly asOf?: string;
  readonly json?: boolean;
}

/** The format the output's extension asks for; anything else is refused before the workbook is read. */
export function reportFormatOf(path: string): ReportFormat {
  const ext = extname(path).toLowerCase();
  if (ext === ".odt" || ext === ".docx") return ext === ".odt" ? "odt" : "docx";
  throw new CliInputError(problem("cli.outExtension", { path, output: "report" }));
}

async function runReport(options: ReportOptions, now: () => Date, w: CliWords): Promise<void> {
  const language = w.language;
  const format = reportFormatOf(options.out);
  const meeting = options.meeting === undefined ? undefined : valueOf(parseMeetingNumber(options.meeting), "--meeting");
  const asOf = options.asOf === undefined ? undefined : valueOf(parseDateInput(options.asOf), "--as-of");
  const collected = valueOf(
    await collectReport(
      openFileStore(options.workbook),
      { ...(meeting !== undefined ? { meeting } : {}), ...(options.division !== undefined ? { division: options.division } : {}), ...(asOf !== undefined ? { asOf } : {}) },
      now(),
    ),
  );
  if (collected.asOfWarning !== null) process.stderr.write(`${renderProblem(collected.asOfWarning, language)}\n`);
  const unreadable = unreadableMessage(collected.unreadable, language);
  if (unreadable !== null) process.stderr.write(`${unreadable}\n`);
  const { model } = collected;
  await writeFile(options.out, await writeReport(model, format, now().toISOString()));
  const total = model.statistics.total;
  if (options.json) {
    printJson({
      out: options.out,
      format,
      meeting: model.meeting,
      title: model.title,
      division: model.division,
      asOf: model.asOf,
      cases: model.rows.map((r) => ({ caseId: r.caseId, status: r.status, daysOverdue: r.daysOverdue, unreported: r.unreported, entries: r.entries.map((e) => ({ division: e.division, progress: e.progress, proposal: e.entry.proposal, proposedDue: e.entry.proposedDue })) })),
      unreported: model.unreportedCount,
      statistics: model.statistics,
    });
    return;
  }
  process.stdout.write(
    [
      w.reportTitle(model.title, model.subtitle),
      w.reportCounts(model.asOf, model.rows.length, model.unreportedCount),
      w.reportStatistics(total.tracked, total.overdue, total.dueSoon, formatRate(total.closureRate)),
      w.reportWritten(options.out, reportFileName(model, format)),
    ].join("\n") + "\n",
  );
}

function reportCommand(now: () => Date, w: CliWords): Command {
  return new Command("report")
    .description(w.reportCommand)
    .requiredOption("--workbook <path>", w.trackingWorkbook)
    .requiredOption("--out <file>", w.reportOut)
    .option("--meeting <n>", w.reportMeeting)
    .option("--division <name>", w.reportDivision)
    .option("--as-of <date>", w.reportAsOf)
    .option("--json", w.reportJson)
    .action((options: ReportOptions) => runReport(options, now, w));
}

interface ExportOptions {
  readonly workbook: string;
  readonly out: string;
}

/** The workbook's sheets as .ods, with working OpenFormula formulas (the city's open-document policy). */
async function runExport(options: ExportOptions, now: () => Date, w: CliWords): Promise<void> {
  if (extname(options.out).toLowerCase() !== ".ods") throw new CliInputError(problem("cli.outExtension", { path: options.out, output: "workbook" }));
  const data = valueOf(await openFileStore(options.workbook).read());
  await writeFile(options.out, await writeWorkbookOds(data, now().toISOString()));
  process.stdout.write(`${w.exportWritten(options.out, data.meetings.length, data.cases.length, data.history.length)}\n`);
}

function exportCommand(now: () => Date, w: CliWords): Command {
  return new Command("export")
    .description(w.exportCommand)
    .requiredOption("--workbook <path>", w.trackingWorkbook)
    .requiredOption("--out <file>", w.exportOut)
    .action((options: ExportOptions) => runExport(options, now, w));
}

/** The report commands; `now` is injected so tests can fix "today". */
export function reportCommands(now: () => Date = () => new Date(), language: ProblemLanguage = "zh-TW"): Command[] {
  const w = cliWords(language);
  return [reportCommand(now, w), exportCommand(now, w)];
}
