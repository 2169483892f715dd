// CLI commands over the domain core: ROC dates, 列管案號, status on an as-of date, and the divisions registry.
import { Command, Option } from "commander";
import {
  COMPUTED_LABELS,
  DEFAULT_DIVISIONS,
  TRACKING_STATUSES,
  computeStatus,
  createDivisionRegistry,
  formatCaseId,
  formatRocDate,
  isoDateInZone,
  parseCaseId,
  parseDateInput,
  parseTrackingLabel,
  sortCaseIds,
  statusSettings,
  type IsoDate,
  type Result,
} from "../domain";
import { CliInputError } from "./cliError";
import { printJson, printTable, type OutputOptions } from "./output";
import { printWorkbookStatus } from "./workbookCommands";

const TIME_ZONE = "Asia/Taipei";

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new CliInputError(result.error);
  return result.value;
}

/** A date on the command line: ISO (2022-03-17) or ROC as minutes write it (111年3月17日, 111/03/17). */
function parseAnyDate(text: string): IsoDate {
  return valueOf(parseDateInput(text));
}

function dateCommand(): Command {
  return new Command("date")
    .description("ROC 日期轉換：民國年月日 ⇄ 西元 (e.g. 民國111年3月17日, 111/03/17, 2022-03-17)")
    .argument("<dates...>", "dates in ROC or ISO form")
    .option("--json", "print JSON")
    .action((dates: string[], options: OutputOptions) => {
      const rows = dates.map((input) => {
        const date = parseAnyDate(input);
        return { input, date, long: formatRocDate(date, "long"), slash: formatRocDate(date, "slash") };
      });
      if (options.json) printJson(rows);
      else printTable(rows.map((r) => [r.date, r.long, r.slash]));
    });
}

function caseIdCommand(): Command {
  return new Command("case-id")
    .description("列管案號：拆解會議次別與項次，依會議順序排列 (e.g. 9903 10902)")
    .argument("<ids...>", "case ids")
    .option("--json", "print JSON")
    .action((ids: string[], options: OutputOptions) => {
      const sorted = sortCaseIds(ids.map((id) => valueOf(parseCaseId(id))));
      const rows = sorted.map((id) => ({ caseId: formatCaseId(id), meeting: id.meeting, item: id.item }));
      if (options.json) printJson(rows);
      else printTable(rows.map((r) => [r.caseId, `第 ${r.meeting} 次會議`, `第 ${r.item} 案`]));
    });
}

interface StatusOptions extends OutputOptions {
  readonly due?: string;
  readonly asOf?: string;
  readonly tracking: string;
  readonly dueSoonDays: string;
  readonly workbook?: string;
  readonly division?: string;
}

/** With --workbook, every case of the workbook; the one-case flags then make no sense. */
async function workbookStatus(options: StatusOptions, command: Command, now: () => Date): Promise<void> {
  const given = (name: string) => command.getOptionValueSource(name) === "cli";
  const conflicting = ["due", "tracking"].filter(given);
  if (conflicting.length > 0) throw new CliInputError(`--workbook 列出活頁簿中的案件，不可與 ${conflicting.map((o) => `--${o}`).join("、")} 併用`);
  await printWorkbookStatus(
    {
      workbook: options.workbook ?? "",
      asOf: options.asOf ? parseAnyDate(options.asOf) : undefined,
      dueSoonDays: given("dueSoonDays") ? valueOf(statusSettings({ dueSoonDays: options.dueSoonDays })).dueSoonDays : undefined,
      division: options.division,
      json: options.json,
    },
    now,
  );
}

function statusCommand(now: () => Date): Command {
  return new Command("status")
    .description("案件狀態：逾期 / 即將到期 / 進行中 / 無期限 / 已結案；--workbook 列出活頁簿中所有案件的狀態")
    .option("--due <date>", "due date (ROC or ISO); omit for a case without a deadline")
    .option("--as-of <date>", `as-of date (default: today in ${TIME_ZONE}; with --workbook, the 設定 table's 基準日 when it is a date)`)
    .addOption(new Option("--tracking <status>", `tracking status: ${TRACKING_STATUSES.join(", ")} or 列管中/賡續列管/解除列管/自行列管`).default("open"))
    .option("--due-soon-days <n>", "days ahead that count as due soon (with --workbook: the 設定 table's)", "7")
    .option("--workbook <path>", "list every case of this tracking workbook (.xlsx) instead of one case from flags")
    .option("--division <name>", "with --workbook: only cases this division leads or supports (name or alias from the 組室 table)")
    .option("--json", "print JSON")
    .action(async (options: StatusOptions, command: Command) => {
      if (options.workbook !== undefined) return workbookStatus(options, command, now);
      if (options.division !== undefined) throw new CliInputError("--division 需要搭配 --workbook 使用");
      const tracking = parseTrackingLabel(options.tracking);
      if (!tracking) throw new CliInputError(`追蹤狀態「${options.tracking}」不正確：應為 ${TRACKING_STATUSES.join("、")} 或 列管中、賡續列管、解除列管、自行列管`);
      const settings = valueOf(statusSettings({ dueSoonDays: options.dueSoonDays }));
      const asOf = options.asOf ? parseAnyDate(options.asOf) : isoDateInZone(now(), TIME_ZONE);
      const dueDate = options.due ? parseAnyDate(options.due) : null;
      const result = computeStatus({ tracking, dueDate }, asOf, settings);
      const out = { tracking, dueDate, asOf, status: result.status, label: COMPUTED_LABELS[result.status], daysOverdue: result.daysOverdue };
      if (options.json) printJson(out);
      else printTable([[out.label, out.status, result.daysOverdue > 0 ? `逾期 ${result.daysOverdue} 天` : "", `（基準日 ${asOf}）`]]);
    });
}

function divisionsCommand(): Command {
  return new Command("divisions")
    .description("組室登錄表：列出組室與別名，或查詢名稱對應的正式組室")
    .argument("[names...]", "names or aliases to look up")
    .option("--json", "print JSON")
    .action((names: string[], options: OutputOptions) => {
      const registry = valueOf(createDivisionRegistry(DEFAULT_DIVISIONS));
      if (names.length === 0) {
        if (options.json) printJson(registry.divisions);
        else printTable(registry.divisions.map((d) => [d.name, d.aliases.join("、")]));
        return;
      }
      const rows = names.map((name) => ({ name, division: registry.normalize(name) ?? null }));
      if (options.json) printJson(rows);
      else printTable(rows.map((r) => [r.name, "→", r.division ?? "（不在登錄表）"]));
      const unknown = rows.filter((r) => r.division === null).map((r) => r.name);
      if (unknown.length > 0) throw new CliInputError(`不在組室登錄表：${unknown.join("、")}`);
    });
}

/** The domain commands; `now` is injected so tests can fix "today". */
export function domainCommands(now: () => Date = () => new Date()): Command[] {
  return [dateCommand(), caseIdCommand(), statusCommand(now), divisionsCommand()];
}
