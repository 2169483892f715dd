// Application services of the 辦理情形 report: collect it from a workbook (one store read, so the Excel
// store's round trips do not grow with the cases), write it as .odt or .docx, and record a division's 填報.
import type { IsoDate, Result } from "../domain";
import { problem, renderProblem, type Problem, type ProblemLanguage } from "../problems";
import { reportGrid, type ReportGrid } from "../export/reportGrid";
import { buildReport, type ProgressEntry, type ProposalInput, type ReportModel } from "../report";
import type { ActionContext } from "../workbook/caseActions";
import type { HistoryRow, WorkbookData, WorkbookStore } from "../workbook/model";
import { entriesFromHistory, planProposal } from "../workbook/proposals";
import { updateAndKeep, type Applied } from "./applied";
import { resolveAsOf } from "./asOf";

export type ReportFormat = "odt" | "docx";
export const REPORT_FORMATS: readonly ReportFormat[] = ["odt", "docx"];

export interface ReportRequest {
  /** default: the next meeting after the latest imported */
  readonly meeting?: number;
  /** a division's own list (權責單位執行一覽表) */
  readonly division?: string;
  /** default: 設定's 基準日, else today */
  readonly asOf?: IsoDate;
}

export interface CollectedReport {
  readonly model: ReportModel;
  /** the as-of date could not be taken in the workbook's time zone */
  readonly asOfWarning: Problem | null;
  /** 填報 rows of 辦理歷程 that could not be read (edited by hand): left out of the report, and said */
  readonly unreadable: readonly HistoryRow[];
}

/** The report of the data already read (the pane holds it); `now` is today's instant. */
export function reportFromData(data: WorkbookData, request: ReportRequest, now: Date): Result<CollectedReport> {
  const { asOf, warning } = resolveAsOf(data.settings, now, request.asOf);
  const { entries, unreadable } = entriesFromHistory(data.history);
  const built = buildReport(
    { meetings: data.meetings, cases: data.cases, entries, divisions: data.divisions },
    { asOf, dueSoonDays: data.settings.dueSoonDays, ...(request.meeting !== undefined ? { meeting: request.meeting } : {}), ...(request.division !== undefined ? { division: request.division } : {}) },
  );
  return built.ok ? { ok: true, value: { model: built.value, asOfWarning: warning, unreadable } } : built;
}

/** Reads the workbook once and builds the report. */
export async function collectReport(store: WorkbookStore, request: ReportRequest, now: Date): Promise<Result<CollectedReport>> {
  const read = await store.read();
  return read.ok ? reportFromData(read.value, request, now) : read;
}

/**
 * The report's bytes in `format`; `created` (ISO timestamp) goes into the document's metadata. The
 * writers (the docx library, jszip) are loaded on first use, so the task pane starts without them.
 */
export async function writeReport(model: ReportModel, format: ReportFormat, created: string): Promise<Uint8Array> {
  if (format === "odt") {
    const { writeReportOdt } = await import(/* webpackChunkName: "report-odt" */ "../export/reportOdt");
    return writeReportOdt(model, created);
  }
  const { writeReportDocx } = await import(/* webpackChunkName: "report-docx" */ "../export/reportDocx");
  return writeReportDocx(model);
}

/** The file name the report is offered under: 第112次處務會議辦理情形.odt, or with the division. */
export function reportFileName(model: ReportModel, format: ReportFormat): string {
  const who = model.division === null ? "" : `-${model.division}`;
  return `第${model.meeting}次${model.meetingName}辦理情形${who}.${format}`;
}

/** Where 「寫入工作表」 writes a report grid: Excel's report-sheet writer (workbook/excel/reportSheet.ts). */
export type ReportSheetPort = (grid: ReportGrid) => Promise<Result<{ readonly sheet: string; readonly replaced: boolean }>>;

/** 「寫入工作表」: the report as a sheet of its own (辦理情形 第N次), replacing that sheet if it is there. */
export function writeReportSheet(model: ReportModel, port: ReportSheetPort): Promise<Result<{ readonly sheet: string; readonly replaced: boolean }>> {
  return port(reportGrid(model));
}

/** 填報: a division's 辦理情形 and proposal for a meeting, kept in 辦理歷程. */
export function recordProposal(store: WorkbookStore, input: ProposalInput, ctx: ActionContext): Promise<Result<Applied<ProgressEntry>>> {
  return updateAndKeep(store, planProposal(input, ctx));
}

/** The problem of 填報 rows that could not be read (left out of the report), or null when all were read. */
export function unreadableProblem(rows: readonly HistoryRow[]): Problem | null {
  if (rows.length === 0) return null;
  return problem("report.entriesUnreadable", { rows: rows.length, caseIds: [...new Set(rows.map((r) => r.caseId))] });
}

/** That problem in words (zh-TW unless told), or null when all were read. */
export function unreadableMessage(rows: readonly HistoryRow[], language: ProblemLanguage = "zh-TW"): string | null {
  const found = unreadableProblem(rows);
  return found === null ? null : renderProblem(found, language);
}
