// CLI commands over the tracking workbook (.xlsx): `import` applies minutes to it, and the workbook
// mode of `status` lists its cases' status computed from the stored data by the domain rules.
import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";
import { userInfo } from "node:os";
import { Command } from "commander";
import { importMinutes, resolveAsOf, type ImportSummary } from "../app";
import {
  DEFAULT_DIVISIONS,
  compareCaseIds,
  computeStatus,
  createDivisionRegistry,
  belongsTo,
  unregisteredUnits,
  parseCaseId,
  type ComputedStatus,
  type DivisionRegistry,
  type IsoDate,
  type Result,
  type TrackingStatus,
} from "../domain";
import { withHeader, type MeetingRecord } from "../minutes";
import { problem, renderProblem } from "../problems";
import type { CaseRow, WorkbookData } from "../workbook/model";
import { openFileStore } from "../workbook/xlsx/node";
import { CliInputError } from "./cliError";
import { checkHeader, headerFlags, headerOptions, remedy, warningLines, warningToJson, type HeaderOptions, type WarningJson } from "./meetingHeader";
import { readMinutesFile, type MinutesFile } from "./minutesFile";
import { printJson, printTable } from "./output";
import { cliWords, type CliWords } from "./words";

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw CliInputError.from(result);
  return result.value;
}

function registryOf(data: Pick<WorkbookData, "divisions">): DivisionRegistry {
  const registry = createDivisionRegistry(data.divisions);
  if (!registry.ok) throw new CliInputError(problem("workbook.registryInvalid", { cause: registry.problem ?? problem("parser.failure", { text: registry.error }) }));
  return registry.value;
}

function osUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? "";
  }
}

const exists = (path: string) => stat(path).then(
  () => true,
  () => false,
);

// ---- import --------------------------------------------------------------------------------

interface ImportOptions {
  readonly workbook: string;
  readonly by?: string;
  readonly number?: string;
  readonly date?: string;
  readonly json?: boolean;
}

/** A header field --number or --date set: what the minutes said (null: nothing usable) and what was used. */
interface Override<T> {
  readonly minutes: T | null;
  readonly option: T;
}

interface FileImport extends ImportSummary {
  readonly file: string;
  readonly date: IsoDate;
  readonly overrides: { number?: Override<number>; date?: Override<IsoDate> };
  readonly warnings: readonly WarningJson[];
}

interface ReadyMinutes {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly record: MeetingRecord;
  readonly overrides: FileImport["overrides"];
}

function overrideNotes(overrides: FileImport["overrides"], w: CliWords): string[] {
  const notes: string[] = [];
  const { number, date } = overrides;
  if (number) notes.push(w.numberOverride(number.option, number.minutes));
  if (date) notes.push(w.dateOverride(date.option, date.minutes));
  return notes;
}

function printImport(workbook: string, created: boolean, imports: readonly FileImport[], w: CliWords): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(w.workbookLine(workbook, created));
  for (const s of imports) {
    out(w.meetingLine(s.file, s.meeting, s.meetingChange, s.unchanged));
    for (const note of overrideNotes(s.overrides, w)) out(`  ${note}`);
    if (s.newCases.length > 0) out(`  ${w.newCases(s.newCases.length, w.list(s.newCases))}`);
    if (s.filledPlaceholders.length > 0) out(`  ${w.filled(s.filledPlaceholders.length, w.list(s.filledPlaceholders))}`);
    if (s.rulingsApplied.length > 0) out(`  ${w.rulingsApplied(s.rulingsApplied.length, w.list(s.rulingsApplied.map((r) => `${r.caseId} ${w.tracking(r.decision)}`)))}`);
    if (s.placeholders.length > 0) out(`  ${w.placeholders(s.placeholders.length, w.list(s.placeholders))}`);
    if (s.rulingsSkipped.length > 0) out(`  ${w.rulingsSkipped(s.rulingsSkipped.length, w.list(s.rulingsSkipped.map((r) => w.laterRuling(r.caseId, r.laterMeeting))))}`);
    if (s.itemsWithoutId > 0) out(`  ${w.withoutId(s.itemsWithoutId)}`);
    if (s.warnings.length > 0) out(`  ${w.warningsOnStderr(s.warnings.length)}`);
  }
}

/** Applies --number / --date to the one file's record, noting what they replaced. */
function ready(file: string, minutes: MinutesFile, header: HeaderOptions): ReadyMinutes {
  const before = minutes.record.meeting;
  const record = withHeader(minutes.record, header);
  const overrides: FileImport["overrides"] = {
    ...(header.number !== undefined ? { number: { minutes: before.number, option: header.number } } : {}),
    ...(header.date !== undefined ? { date: { minutes: before.date, option: header.date } } : {}),
  };
  return { file, bytes: minutes.bytes, record, overrides };
}

/**
 * Every file's minutes with their meeting date, or, when any lacks a meeting number or a real date, the
 * refusal: one line per such file naming what is missing and how to supply it; with several files, a
 * last line says none was imported.
 */
function checkHeaders(minutes: readonly ReadyMinutes[], w: CliWords): (ReadyMinutes & { readonly date: IsoDate })[] {
  const alone = minutes.length === 1;
  const complete: (ReadyMinutes & { readonly date: IsoDate })[] = [];
  const refusals: string[] = [];
  for (const m of minutes) {
    const check = checkHeader(m.record, w);
    if (check.complete) complete.push({ ...m, date: check.date });
    else refusals.push(w.cannotImport(m.file, check.gap.reasons, remedy(check.gap, alone, w)));
  }
  if (refusals.length === 0) return complete;
  if (!alone) refusals.push(renderProblem(problem("cli.noneImported", { files: minutes.length }), w.language));
  throw new CliInputError(refusals.join("\n"));
}

/**
 * `import FILE... --workbook PATH`: every file is read and parsed first (divisions named through the
 * workbook's 組室 table) and its warnings shown; if any lacks a meeting number or a real meeting date
 * (after --number/--date), nothing is written. Then the files are applied in the order given, each in
 * one read and one write.
 */
export function importCommand(now: () => Date = () => new Date(), w: CliWords = cliWords("zh-TW")): Command {
  return new Command("import")
    .description(w.importCommand)
    .argument("<files...>", w.importFiles)
    .requiredOption("--workbook <path>", w.workbookOption)
    .option("--by <name>", w.byOption)
    .option("--number <n>", w.numberOption)
    .option("--date <date>", w.dateOption)
    .option("--json", w.importJson)
    .action(async (files: string[], options: ImportOptions) => {
      const header = headerOptions(options);
      const flags = headerFlags(header);
      if (flags.length > 0 && files.length > 1) {
        throw new CliInputError(problem("cli.headerFlagsOneFile", { flags, files: files.length }));
      }
      const store = openFileStore(options.workbook, undefined, w.language);
      const created = !(await exists(options.workbook));
      const divisions = created ? { divisions: DEFAULT_DIVISIONS } : valueOf(await store.read());
      const registry = registryOf(divisions);
      const minutes: ReadyMinutes[] = [];
      for (const file of files) minutes.push(ready(file, await readMinutesFile(file, registry), header));

      if (!options.json) {
        for (const { file, record } of minutes) for (const line of warningLines(file, record.warnings, w.language)) process.stderr.write(`${line}\n`);
      }
      const checked = checkHeaders(minutes, w);

      const by = options.by ?? osUserName();
      const imports: FileImport[] = [];
      for (const { file, bytes, record, overrides, date } of checked) {
        const sourceHash = createHash("sha256").update(bytes).digest("hex");
        const applied = await importMinutes(store, record, { now: now().toISOString(), by, sourceHash });
        if (!applied.ok) {
          const reason = applied.problem ? renderProblem(applied.problem, w.language) : applied.error;
          throw new CliInputError(problem("cli.importFailed", { file, done: imports.map((i) => i.file), reason }));
        }
        imports.push({ file, ...applied.value.result, date, overrides, warnings: record.warnings.map((warning) => warningToJson(warning, w.language)) });
      }
      if (options.json) printJson({ workbook: options.workbook, created, files: imports });
      else printImport(options.workbook, created, imports, w);
    });
}

// ---- status --workbook ---------------------------------------------------------------------

export interface WorkbookStatusOptions {
  readonly workbook: string;
  /** the as-of date from the command line; else the 設定 table's, else today */
  readonly asOf?: IsoDate;
  /** due-soon days from the command line; else the 設定 table's */
  readonly dueSoonDays?: number;
  readonly division?: string;
  readonly json?: boolean;
}

export interface CaseStatusJson {
  readonly caseId: string;
  readonly divisions: string[];
  readonly text: string;
  readonly trackingStatus: TrackingStatus;
  readonly status: ComputedStatus;
  readonly dueDate: IsoDate | null;
  readonly daysOverdue: number;
}

/** Lead divisions, then supporting ones, as the case names them, each once. */
const divisionsOf = (c: CaseRow): string[] => [...new Set([...c.lead, ...c.supporting])];

/** A case concerns a division by the domain's one membership rule (lead, supporting, 各組室 …, as the pane and 組室總覽 count). */
function concerns(c: CaseRow, division: string, registry: DivisionRegistry): boolean {
  return belongsTo(c, division, registry);
}

function byCaseId(a: CaseRow, b: CaseRow): number {
  const x = parseCaseId(a.caseId);
  const y = parseCaseId(b.caseId);
  if (x.ok && y.ok) return compareCaseIds(x.value, y.value);
  if (x.ok !== y.ok) return x.ok ? -1 : 1;
  return a.caseId.localeCompare(b.caseId);
}

/** Prints every case's status (or one division's), computed with computeStatus from the stored data. */
export async function printWorkbookStatus(options: WorkbookStatusOptions, now: () => Date, w: CliWords = cliWords("zh-TW")): Promise<void> {
  const data = valueOf(await openFileStore(options.workbook).read());
  const registry = registryOf(data);
  const { asOf, warning } = resolveAsOf(data.settings, now(), options.asOf);
  if (warning !== null) process.stderr.write(`${renderProblem(warning, w.language)}\n`);
  const settings = { dueSoonDays: options.dueSoonDays ?? data.settings.dueSoonDays };
  let cases = [...data.cases].sort(byCaseId);
  if (options.division !== undefined) {
    // a unit outside the registry counts under its own name (the membership rule), when the cases name it
    const outside = unregisteredUnits(data.cases, registry).find((unit) => unit === options.division?.trim());
    const division = registry.normalize(options.division) ?? outside;
    if (division === undefined) throw new CliInputError(problem("division.unknown", { name: options.division }));
    cases = cases.filter((c) => concerns(c, division, registry));
  }
  const rows: CaseStatusJson[] = cases.map((c) => {
    const result = computeStatus({ tracking: c.tracking, dueDate: c.dueDate }, asOf, settings);
    return { caseId: c.caseId, divisions: divisionsOf(c), text: c.text, trackingStatus: c.tracking, status: result.status, dueDate: c.dueDate, daysOverdue: result.daysOverdue };
  });
  if (options.json) {
    printJson(rows);
    return;
  }
  process.stdout.write(`${w.statusHeading(asOf, settings.dueSoonDays, rows.length)}\n`);
  const excerpt = (text: string) => ([...text].length > 24 ? `${[...text].slice(0, 24).join("")}…` : text).replace(/\s+/g, " ");
  printTable([
    [...w.statusColumns],
    ...rows.map((r) => [r.caseId, w.computed(r.status), w.tracking(r.trackingStatus), r.dueDate ?? "", r.daysOverdue > 0 ? String(r.daysOverdue) : "", w.list(r.divisions) || w.noDivision, excerpt(r.text) || w.placeholderText]),
  ]);
}

/** The workbook commands; `now` is injected so tests can fix "today". */
export function workbookCommands(now: () => Date = () => new Date(), w: CliWords = cliWords("zh-TW")): Command[] {
  return [importCommand(now, w)];
}
