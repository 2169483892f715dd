// CLI commands of the 辦理情形 report and the ODF export: `report` writes meeting N's report (.odt or
// .docx, optionally one division's own list) from a workbook, `export` writes the workbook as .ods.
import { writeFile } from "node:fs/promises";
import { extname } from "node:path";
import { Command } from "commander";
import { collectReport, reportFileName, unreadableMessage, writeReport, type ReportFormat } from "../app/report";
import { parseDateInput, parseMeetingNumber, type Result } from "../domain";
import { problem, renderProblem, type ProblemLanguage } from "../problems";
import { writeWorkbookOds } from "../export/workbookOds";
import { formatRate } from "../report";
import { openFileStore } from "../workbook/xlsx/node";
import { CliInputError } from "./cliError";
import { printJson } from "./output";

function valueOf<T>(result: Result<T>, option?: string): T {
  if (!result.ok) throw new CliInputError(option === undefined ? result.error : `${option}：${result.error}`);
  return result.value;
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

async function runReport(options: ReportOptions, now: () => Date, language: ProblemLanguage): Promise<void> {
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
  const unreadable = unreadableMessage(collected.unreadable);
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
      `${model.title}${model.subtitle ? `（${model.subtitle}）` : ""}`,
      `基準日 ${model.asOf}；列報 ${model.rows.length} 案，未填報 ${model.unreportedCount} 案`,
      `統計：列管 ${total.tracked} 案，逾期 ${total.overdue}，即將到期 ${total.dueSoon}，結案率 ${formatRate(total.closureRate)}`,
      `已寫入 ${options.out}（建議檔名：${reportFileName(model, format)}）`,
    ].join("\n") + "\n",
  );
}

function reportCommand(now: () => Date, language: ProblemLanguage): Command {
  return new Command("report")
    .description("寫出第 N 次會議的「上次會議結論事項辦理情形」報告（.odt 或 .docx），含各組室填報、未填報與執行情形統計")
    .requiredOption("--workbook <path>", "列管活頁簿（.xlsx）")
    .requiredOption("--out <file>", "輸出檔（.odt 或 .docx）")
    .option("--meeting <n>", "會議次別（預設：最近一次匯入的會議的下一次）")
    .option("--division <name>", "只列此組室的案件（權責單位執行一覽表）")
    .option("--as-of <date>", "基準日（預設：「設定」表格的基準日，或今天）")
    .option("--json", "以 JSON 輸出摘要")
    .action((options: ReportOptions) => runReport(options, now, language));
}

interface ExportOptions {
  readonly workbook: string;
  readonly out: string;
}

/** The workbook's sheets as .ods, with working OpenFormula formulas (the city's open-document policy). */
async function runExport(options: ExportOptions, now: () => Date): Promise<void> {
  if (extname(options.out).toLowerCase() !== ".ods") throw new CliInputError(problem("cli.outExtension", { path: options.out, output: "workbook" }));
  const data = valueOf(await openFileStore(options.workbook).read());
  await writeFile(options.out, await writeWorkbookOds(data, now().toISOString()));
  process.stdout.write(`已寫入 ${options.out}：會議 ${data.meetings.length} 次、列管案件 ${data.cases.length} 案、辦理歷程 ${data.history.length} 列（ODF 試算表，公式由 LibreOffice 或 Excel 重新計算）\n`);
}

function exportCommand(now: () => Date): Command {
  return new Command("export")
    .description("把列管活頁簿另存為 ODF 試算表（.ods），保留各工作表、格式與公式")
    .requiredOption("--workbook <path>", "列管活頁簿（.xlsx）")
    .requiredOption("--out <file>", "輸出檔（.ods）")
    .action((options: ExportOptions) => runExport(options, now));
}

/** The report commands; `now` is injected so tests can fix "today". */
export function reportCommands(now: () => Date = () => new Date(), language: ProblemLanguage = "zh-TW"): Command[] {
  return [reportCommand(now, language), exportCommand(now)];
}
