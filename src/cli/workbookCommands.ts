// CLI commands over the tracking workbook (.xlsx): `import` applies minutes to it, and the workbook
// mode of `status` lists its cases' status computed from the stored data by the domain rules.
import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";
import { userInfo } from "node:os";
import { Command } from "commander";
import {
  COMPUTED_LABELS,
  DEFAULT_DIVISIONS,
  TRACKING_LABELS,
  compareCaseIds,
  computeStatus,
  createDivisionRegistry,
  belongsTo,
  isoDateInZone,
  unregisteredUnits,
  parseCaseId,
  type ComputedStatus,
  type DivisionRegistry,
  type IsoDate,
  type Result,
  type TrackingStatus,
} from "../domain";
import { applyMeeting, type ImportSummary } from "../workbook/applyMeeting";
import { withHeader, type MeetingRecord, type ParseWarning } from "../minutes";
import type { CaseRow, WorkbookData } from "../workbook/model";
import { openFileStore } from "../workbook/xlsx/node";
import { CliInputError } from "./cliError";
import { checkHeader, headerFlags, headerOptions, remedy, warningLines, type HeaderOptions } from "./meetingHeader";
import { readMinutesFile, type MinutesFile } from "./minutesFile";
import { printJson, printTable } from "./output";

function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new CliInputError(result.error);
  return result.value;
}

function registryOf(data: Pick<WorkbookData, "divisions">): DivisionRegistry {
  const registry = createDivisionRegistry(data.divisions);
  if (!registry.ok) throw new CliInputError(`活頁簿的「組室」表格有誤：${registry.error}`);
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
  readonly warnings: readonly ParseWarning[];
}

interface ReadyMinutes {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly record: MeetingRecord;
  readonly overrides: FileImport["overrides"];
}

const MEETING_CHANGE: Readonly<Record<ImportSummary["meetingChange"], string>> = { added: "（新增）", updated: "（更新會議資料）", unchanged: "" };

function list(ids: readonly string[]): string {
  return ids.join("、");
}

function overrideNotes(overrides: FileImport["overrides"]): string[] {
  const notes: string[] = [];
  const { number, date } = overrides;
  if (number) notes.push(`會議次別依 --number 為第 ${number.option} 次（${number.minutes === null ? "紀錄中沒有次別" : `紀錄寫第 ${number.minutes} 次`}）`);
  if (date) notes.push(`會議日期依 --date 為 ${date.option}（${date.minutes === null ? "紀錄中沒有可用的日期" : `紀錄寫 ${date.minutes}`}）`);
  return notes;
}

function printImport(workbook: string, created: boolean, imports: readonly FileImport[]): void {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`活頁簿：${workbook}${created ? "（新建立）" : ""}`);
  for (const s of imports) {
    out(`${s.file}：第 ${s.meeting} 次會議${MEETING_CHANGE[s.meetingChange]}${s.unchanged ? "：活頁簿已有這份紀錄，無任何變更" : ""}`);
    for (const note of overrideNotes(s.overrides)) out(`  ${note}`);
    if (s.newCases.length > 0) out(`  新列管案件 ${s.newCases.length} 案：${list(s.newCases)}`);
    if (s.filledPlaceholders.length > 0) out(`  補齊內容 ${s.filledPlaceholders.length} 案：${list(s.filledPlaceholders)}`);
    if (s.rulingsApplied.length > 0) out(`  套用裁示 ${s.rulingsApplied.length} 案：${s.rulingsApplied.map((r) => `${r.caseId} ${TRACKING_LABELS[r.decision]}`).join("、")}`);
    if (s.placeholders.length > 0) out(`  補建案件（內容待補）${s.placeholders.length} 案：${list(s.placeholders)}`);
    if (s.rulingsSkipped.length > 0) out(`  略過較舊的裁示 ${s.rulingsSkipped.length} 案：${s.rulingsSkipped.map((r) => `${r.caseId}（第 ${r.laterMeeting} 次會議已裁示）`).join("、")}`);
    if (s.itemsWithoutId > 0) out(`  無法編列管案號的結論 ${s.itemsWithoutId} 項（未匯入）`);
    if (s.warnings.length > 0) out(`  警告 ${s.warnings.length} 則（見標準錯誤輸出）`);
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
function checkHeaders(minutes: readonly ReadyMinutes[]): (ReadyMinutes & { readonly date: IsoDate })[] {
  const alone = minutes.length === 1;
  const complete: (ReadyMinutes & { readonly date: IsoDate })[] = [];
  const refusals: string[] = [];
  for (const m of minutes) {
    const check = checkHeader(m.record);
    if (check.complete) complete.push({ ...m, date: check.date });
    else refusals.push(`無法匯入「${m.file}」：${check.gap.reasons.join("；")}。${remedy(check.gap, alone)}`);
  }
  if (refusals.length === 0) return complete;
  if (!alone) refusals.push(`${minutes.length} 個檔案都未匯入：活頁簿沒有任何變更`);
  throw new CliInputError(refusals.join("\n"));
}

/**
 * `import FILE... --workbook PATH`: every file is read and parsed first (divisions named through the
 * workbook's 組室 table) and its warnings shown; if any lacks a meeting number or a real meeting date
 * (after --number/--date), nothing is written. Then the files are applied in the order given, each in
 * one read and one write.
 */
export function importCommand(now: () => Date = () => new Date()): Command {
  return new Command("import")
    .description("匯入會議紀錄到列管活頁簿（.xlsx）：新增會議與列管案件、套用裁示；活頁簿不存在時建立")
    .argument("<files...>", "minutes files, applied in this order: .txt (UTF-8, UTF-16, Big5), .docx or .odt")
    .requiredOption("--workbook <path>", "the tracking workbook (.xlsx); created when missing")
    .option("--by <name>", "記錄者 written to the history (default: the OS user name)")
    .option("--number <n>", "會議次別 to use instead of the minutes' (one minutes file only)")
    .option("--date <date>", "會議日期 to use instead of the minutes' (one minutes file only): 2022-03-17, 111/03/17 or 111年3月17日")
    .option("--json", "print what changed as one JSON document")
    .action(async (files: string[], options: ImportOptions) => {
      const header = headerOptions(options);
      const flags = headerFlags(header);
      if (flags.length > 0 && files.length > 1) {
        throw new CliInputError(`${flags.join(" 與 ")} 只能用於單一會議紀錄檔（這次有 ${files.length} 個）：請逐一匯入需要指定的檔案`);
      }
      const store = openFileStore(options.workbook);
      const created = !(await exists(options.workbook));
      const divisions = created ? { divisions: DEFAULT_DIVISIONS } : valueOf(await store.read());
      const registry = registryOf(divisions);
      const minutes: ReadyMinutes[] = [];
      for (const file of files) minutes.push(ready(file, await readMinutesFile(file, registry), header));

      if (!options.json) {
        for (const { file, record } of minutes) for (const line of warningLines(file, record.warnings)) process.stderr.write(`${line}\n`);
      }
      const checked = checkHeaders(minutes);

      const by = options.by ?? osUserName();
      const imports: FileImport[] = [];
      for (const { file, bytes, record, overrides, date } of checked) {
        const sourceHash = createHash("sha256").update(bytes).digest("hex");
        const summary = await applyMeeting(store, record, { now: now().toISOString(), by, sourceHash });
        if (!summary.ok) {
          const done = imports.length > 0 ? `（已匯入 ${imports.map((i) => i.file).join("、")}）` : "";
          throw new CliInputError(`匯入「${file}」失敗${done}：${summary.error}`);
        }
        imports.push({ file, ...summary.value, date, overrides, warnings: record.warnings.map((w) => ({ line: w.line, message: w.message })) });
      }
      if (options.json) printJson({ workbook: options.workbook, created, files: imports });
      else printImport(options.workbook, created, imports);
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

const splitNames = (names: string) =>
  names
    .split(/[、,，;；]/u)
    .map((n) => n.trim())
    .filter((n) => n !== "");

/** Lead divisions, then supporting ones, as the minutes' items list them. */
const divisionsOf = (c: CaseRow): string[] => [...new Set([...splitNames(c.lead), ...splitNames(c.supporting)])];

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

function asOfDate(data: WorkbookData, options: WorkbookStatusOptions, now: () => Date): IsoDate {
  if (options.asOf) return options.asOf;
  if (data.settings.asOf) return data.settings.asOf;
  try {
    return isoDateInZone(now(), data.settings.timeZone);
  } catch {
    throw new CliInputError(`活頁簿「設定」的時區「${data.settings.timeZone}」不正確：應為 IANA 時區名稱，例如 Asia/Taipei`);
  }
}

/** Prints every case's status (or one division's), computed with computeStatus from the stored data. */
export async function printWorkbookStatus(options: WorkbookStatusOptions, now: () => Date): Promise<void> {
  const data = valueOf(await openFileStore(options.workbook).read());
  const registry = registryOf(data);
  const asOf = asOfDate(data, options, now);
  const settings = { dueSoonDays: options.dueSoonDays ?? data.settings.dueSoonDays };
  let cases = [...data.cases].sort(byCaseId);
  if (options.division !== undefined) {
    // a unit outside the registry counts under its own name (the membership rule), when the cases name it
    const outside = unregisteredUnits(data.cases, registry).find((unit) => unit === options.division?.trim());
    const division = registry.normalize(options.division) ?? outside;
    if (division === undefined) throw new CliInputError(`「${options.division}」不在活頁簿的組室表格中，也沒有案件以它為主辦或協辦：請使用「組室」表格中的名稱或別名`);
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
  process.stdout.write(`基準日 ${asOf}，${settings.dueSoonDays} 天內到期為即將到期；共 ${rows.length} 案\n`);
  const excerpt = (text: string) => ([...text].length > 24 ? `${[...text].slice(0, 24).join("")}…` : text).replace(/\s+/g, " ");
  printTable([
    ["列管案號", "狀態", "追蹤狀態", "期限", "逾期天數", "主辦／協辦", "案由"],
    ...rows.map((r) => [r.caseId, COMPUTED_LABELS[r.status], TRACKING_LABELS[r.trackingStatus], r.dueDate ?? "", r.daysOverdue > 0 ? String(r.daysOverdue) : "", r.divisions.join("、") || "（未指定）", excerpt(r.text) || "（內容待補）"]),
  ]);
}

/** The workbook commands; `now` is injected so tests can fix "today". */
export function workbookCommands(now: () => Date = () => new Date()): Command[] {
  return [importCommand(now)];
}
