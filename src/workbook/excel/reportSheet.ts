// 「寫入工作表」: the 辦理情形 report written as a worksheet of its own (辦理情形 第N次), replacing that
// sheet's contents if it exists. It never writes to the schema's sheets: a report named like one of
// them is refused. Two syncs whatever the number of cases (find the sheet; write everything in one
// batch), more only when the text passes the request budget (Excel on the web's payload limit).
import { fail, ok, type Result } from "../../domain";
import { problem } from "../../problems";
import { TABLE } from "../schema";
import { literalText } from "./literalText";
import { errorCode } from "./payloadError";
import type { WriteOp } from "./ops";
import { columnWidthPoints } from "./tableFormat";
import { checkExcelApi } from "./requirements";
import type { ExcelRun, IsSetSupported, WriteValue } from "./types";
import { writeOps, type WriteTargets } from "./writeOps";

/** What to write: the sheet's name, rows of text, the header row to keep in view and column widths. */
export interface SheetGrid {
  readonly name: string;
  readonly rows: readonly (readonly string[])[];
  readonly headerRow: number;
  /** in characters */
  readonly widths: readonly number[];
}

export interface SheetWritten {
  readonly sheet: string;
  /** the sheet was there and its contents were replaced */
  readonly replaced: boolean;
  readonly syncs: number;
}

const SCHEMA_SHEETS: ReadonlySet<string> = new Set(Object.values(TABLE));

/** Why a grid cannot be written, or null. Checked before Excel is touched. */
export function gridProblem(grid: SheetGrid): string | null {
  if (grid.name.trim() === "" || grid.name.length > 31 || /[:\\/?*[\]]/u.test(grid.name)) return `工作表名稱「${grid.name}」不能用（最多 31 字，不能有 : \\ / ? * [ ]）`;
  if (SCHEMA_SHEETS.has(grid.name)) return `「${grid.name}」是列管活頁簿本身的工作表，報告不能寫在那裡`;
  if (grid.rows.length === 0) return "報告沒有內容可寫入工作表";
  return null;
}

/** The grid as one rectangular write of text cells (formatted as text, so 11201 stays the case id). */
function gridOp(grid: SheetGrid): WriteOp {
  const width = Math.max(1, ...grid.rows.map((row) => row.length));
  const values: WriteValue[][] = grid.rows.map((row) => Array.from({ length: width }, (_, i) => literalText(row[i] ?? "")));
  return { kind: "write", target: "list", row: 0, col: 0, numberFormat: values.map((row) => row.map(() => "@")), values };
}

/** Writes the grid in `context`: sync 1 looks the sheet up, the write goes in the next (one per budget). */
export async function writeReportSheet(context: Excel.RequestContext, grid: SheetGrid, budget: number): Promise<Result<SheetWritten>> {
  const problem = gridProblem(grid);
  if (problem !== null) return fail(problem);
  const existing = context.workbook.worksheets.getItemOrNullObject(grid.name);
  await context.sync();
  const replaced = !existing.isNullObject;
  const sheet = replaced ? existing : context.workbook.worksheets.add(grid.name);
  if (replaced) sheet.getRange().clear("Contents");
  grid.widths.forEach((width, index) => {
    const column = sheet.getRangeByIndexes(0, index, 1, 1);
    column.format.columnWidth = columnWidthPoints(width);
    column.getEntireColumn().format.wrapText = true;
  });
  sheet.freezePanes.freezeRows(grid.headerRow + 1);
  sheet.activate();
  const targets: WriteTargets = { sheets: new Map(), tables: new Map(), anchors: new Map([["list", sheet.getRangeByIndexes(0, 0, 1, 1)]]) };
  const outcome = await writeOps(context, targets, [gridOp(grid)], budget);
  return ok({ sheet: grid.name, replaced, syncs: 1 + outcome.syncs });
}

/** Office errors (codes) become a failed result with Excel's words; anything else is a bug and throws. */
function hostFailure(error: unknown): Result<never> {
  const code = errorCode(error);
  if (code === undefined) throw error;
  return fail(problem("excel.reportSheetFailed", { code, message: error instanceof Error ? error.message : String(error) }));
}

/** The host's Excel.run and requirement check, passed in as the store takes them (tests hand in a fake). */
export interface ReportSheetHost {
  readonly run: ExcelRun;
  readonly isSetSupported: IsSetSupported;
}

/** Runs writeReportSheet in its own Excel.run (the pane's 「寫入工作表」). */
export async function runReportSheet(host: ReportSheetHost, grid: SheetGrid, budget: number): Promise<Result<SheetWritten>> {
  const supported = checkExcelApi(host.isSetSupported);
  if (!supported.ok) return supported;
  const problem = gridProblem(grid);
  if (problem !== null) return fail(problem);
  try {
    return await host.run((context) => writeReportSheet(context, grid, budget));
  } catch (error) {
    return hostFailure(error);
  }
}
