// The 辦理情形 report as a grid of text for a worksheet (Excel's 「寫入工作表」): the same title block,
// case table and statistics as the documents (reportLayout), one cell per table cell, its paragraphs
// joined by line breaks. Pure; the Excel writer (workbook/excel/reportSheet.ts) only places it.
import type { ReportModel } from "../report";
import { CASE_COLUMNS, STATISTICS_COLUMNS, caseCells, statisticsPage, titleBlock, type Cell } from "./reportLayout";

export interface ReportGrid {
  /** the sheet's name: 辦理情形 第112次, or with the division for its own list */
  readonly name: string;
  /** rows of text, ragged (a title row has one cell) */
  readonly rows: readonly (readonly string[])[];
  /** 0-based row of the case table's header: the rows down to it stay in view while scrolling */
  readonly headerRow: number;
  /** column widths in characters (the case table's, wider where the statistics need it) */
  readonly widths: readonly number[];
}

/** Characters Excel refuses in a sheet name; names stop at 31 characters. */
const NOT_IN_SHEET_NAMES = /[:\\/?*[\]]/gu;

export function reportSheetName(model: ReportModel): string {
  const who = model.division === null ? "" : ` ${model.division}`;
  return `辦理情形 第${model.meeting}次${who}`.replace(NOT_IN_SHEET_NAMES, "").slice(0, 31);
}

const cellText = (cell: Cell): string => cell.map((paragraph) => paragraph.map((run) => run.text).join("")).join("\n");

// A table cell's width in characters from its width in centimetres: about 2 CJK characters per cm at
// the report's 9.5 pt, so the sheet wraps roughly where the document does.
const widthOf = (cm: number): number => Math.max(8, Math.round(cm * 4));

export function reportGrid(model: ReportModel): ReportGrid {
  const title = titleBlock(model);
  const stats = statisticsPage(model);
  const head = [[title.organization], [title.title], ...(title.subtitle === "" ? [] : [[title.subtitle]]), [title.note]];
  const rows: string[][] = [
    ...head,
    CASE_COLUMNS.map((c) => c.header),
    ...model.rows.map((row) => caseCells(row).map(cellText)),
    [],
    [stats.heading],
    STATISTICS_COLUMNS.map((c) => c.header),
    ...stats.rows.map((row) => [...row]),
    ...stats.longest.map((line) => [line]),
  ];
  const columns = Math.max(CASE_COLUMNS.length, STATISTICS_COLUMNS.length);
  const widths = Array.from({ length: columns }, (_, i) => Math.max(widthOf(CASE_COLUMNS[i]?.widthCm ?? 0), widthOf(STATISTICS_COLUMNS[i]?.widthCm ?? 0)));
  return { name: reportSheetName(model), rows, headerRow: head.length, widths };
}
