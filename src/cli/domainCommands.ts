// CLI commands over the domain core: ROC dates, 列管案號, status on an as-of date, and the divisions registry.
import { Command, Option } from "commander";
import { resolveAsOf } from "../app";
import {
  DEFAULT_DIVISIONS,
  TRACKING_STATUSES,
  computeStatus,
  createDivisionRegistry,
  formatCaseId,
  formatRocDate,
  joinOwnerNames,
  parseCaseId,
  parseDateInput,
  parseTrackingLabel,
  sortCaseIds,
  statusSettings,
  type IsoDate,
  type Result,
} from "../domain";
import { locate, problem } from "../problems";
import { CliInputError } from "./cliError";
import { printJson, printTable, type OutputOptions } from "./output";
import { printWorkbookStatus } from "./workbookCommands";
import { cliWords, type CliWords } from "./words";

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw CliInputError.from(result);
  return result.value;
}

/** A date on the command line: ISO (2022-03-17) or ROC as minutes write it (111年3月17日, 111/03/17); a bad one names its option. */
export function parseDateOption(text: string, option?: string): IsoDate {
  const date = parseDateInput(text);
  if (date.ok) return date.value;
  if (option === undefined || date.problem === undefined) throw CliInputError.from(date);
  throw new CliInputError(locate(date.problem, { field: option }));
}

function dateCommand(w: CliWords): Command {
  return new Command("date")
    .description(w.dateCommand)
    .argument("<dates...>", w.dateArgument)
    .option("--json", w.json)
    .action((dates: string[], options: OutputOptions) => {
      const rows = dates.map((input) => {
        const date = parseDateOption(input);
        return { input, date, long: formatRocDate(date, "long"), slash: formatRocDate(date, "slash") };
      });
      if (options.json) printJson(rows);
      else printTable(rows.map((r) => [r.date, r.long, r.slash]));
    });
}

function caseIdCommand(w: CliWords): Command {
  return new Command("case-id")
    .description(w.caseIdCommand)
    .argument("<ids...>", w.caseIdArgument)
    .option("--json", w.json)
    .action((ids: string[], options: OutputOptions) => {
      const sorted = sortCaseIds(ids.map((id) => valueOf(parseCaseId(id))));
      const rows = sorted.map((id) => ({ caseId: formatCaseId(id), meeting: id.meeting, item: id.item }));
      if (options.json) printJson(rows);
      else printTable(rows.map((r) => [r.caseId, w.meetingOrdinal(r.meeting), w.itemOrdinal(r.item)]));
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
async function workbookStatus(options: StatusOptions, command: Command, now: () => Date, w: CliWords): Promise<void> {
  const given = (name: string) => command.getOptionValueSource(name) === "cli";
  const conflicting = ["due", "tracking"].filter(given);
  if (conflicting.length > 0) throw new CliInputError(problem("cli.optionsConflict", { option: "--workbook", others: conflicting.map((o) => `--${o}`) }));
  await printWorkbookStatus(
    {
      workbook: options.workbook ?? "",
      asOf: options.asOf ? parseDateOption(options.asOf, "--as-of") : undefined,
      dueSoonDays: given("dueSoonDays") ? valueOf(statusSettings({ dueSoonDays: options.dueSoonDays })).dueSoonDays : undefined,
      division: options.division,
      json: options.json,
    },
    now,
    w,
  );
}

function statusCommand(now: () => Date, w: CliWords): Command {
  return new Command("status")
    .description(w.statusCommand)
    .option("--due <date>", w.dueOption)
    .option("--as-of <date>", w.asOfOption)
    .addOption(new Option("--tracking <status>", w.trackingOption(TRACKING_STATUSES.join(", "))).default("open"))
    .option("--due-soon-days <n>", w.dueSoonOption, "7")
    .option("--workbook <path>", w.workbookStatusOption)
    .option("--division <name>", w.divisionOption)
    .option("--json", w.json)
    .action(async (options: StatusOptions, command: Command) => {
      if (options.workbook !== undefined) return workbookStatus(options, command, now, w);
      if (options.division !== undefined) throw new CliInputError(problem("cli.optionNeeds", { option: "--division", needs: "--workbook" }));
      const tracking = parseTrackingLabel(options.tracking);
      if (!tracking) throw new CliInputError(problem("status.trackingInvalid", { text: options.tracking, allowed: TRACKING_STATUSES.join("、") }));
      const settings = valueOf(statusSettings({ dueSoonDays: options.dueSoonDays }));
      // One case from flags has no workbook: its as-of date is today in the secretariat's zone.
      const asOf = resolveAsOf({ asOf: null, timeZone: "" }, now(), options.asOf ? parseDateOption(options.asOf, "--as-of") : undefined).asOf;
      const dueDate = options.due ? parseDateOption(options.due, "--due") : null;
      const result = computeStatus({ tracking, dueDate }, asOf, settings);
      const out = { tracking, dueDate, asOf, status: result.status, label: w.computed(result.status), daysOverdue: result.daysOverdue };
      if (options.json) printJson(out);
      else printTable([[out.label, out.status, result.daysOverdue > 0 ? w.daysOverdue(result.daysOverdue) : "", w.asOfNote(asOf)]]);
    });
}

function divisionsCommand(w: CliWords): Command {
  return new Command("divisions")
    .description(w.divisionsCommand)
    .argument("[names...]", w.divisionsArgument)
    .option("--json", w.json)
    .action((names: string[], options: OutputOptions) => {
      const registry = valueOf(createDivisionRegistry(DEFAULT_DIVISIONS));
      if (names.length === 0) {
        if (options.json) printJson(registry.divisions);
        else printTable(registry.divisions.map((d) => [d.name, joinOwnerNames(d.aliases)]));
        return;
      }
      const rows = names.map((name) => ({ name, division: registry.normalize(name) ?? null }));
      if (options.json) printJson(rows);
      else printTable(rows.map((r) => [r.name, "→", r.division ?? w.notInRegistry]));
      const unknown = rows.filter((r) => r.division === null).map((r) => r.name);
      if (unknown.length > 0) throw new CliInputError(problem("division.notInRegistry", { names: unknown }));
    });
}

/** The domain commands; `now` is injected so tests can fix "today", `w` is the language's words. */
export function domainCommands(now: () => Date = () => new Date(), w: CliWords = cliWords("zh-TW")): Command[] {
  return [dateCommand(w), caseIdCommand(w), statusCommand(now, w), divisionsCommand(w)];
}
