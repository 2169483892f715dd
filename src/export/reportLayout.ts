// The report's pages as the .odt and .docx writers both lay them out: the title block, the case table's
// columns and cells (paragraphs of runs), and the statistics page. One layout, so the formats agree.
import { joinOwnerNames } from "../domain";
import { UNREPORTED_LABEL, formatRate, reportDate, type DivisionStatistics, type ReportModel, type ReportRow } from "../report";

/** A piece of text; `strong` for labels, `flag` for 未填報 (bold, red). */
export interface Run {
  readonly text: string;
  readonly strong?: boolean;
  readonly flag?: boolean;
}
export type Paragraph = readonly Run[];
export type Cell = readonly Paragraph[];

export interface LayoutColumn {
  readonly header: string;
  /** width in centimetres; the case table's add up to the A4 landscape text width */
  readonly widthCm: number;
}

/** A4 landscape with 1.5 cm margins at the sides: 26.7 cm of text width. */
export const PAGE = { widthCm: 29.7, heightCm: 21.0, marginCm: 1.5, marginTopCm: 1.5, marginBottomCm: 1.2 } as const;

/** The CJK font the documents ask for, and what a reader without it should fall back to. */
export const FONT = { cjk: "Noto Sans CJK TC", windows: "微軟正黑體", windowsLatin: "Microsoft JhengHei", generic: "sans-serif" } as const;

export const CASE_COLUMNS: readonly LayoutColumn[] = [
  { header: "案號", widthCm: 1.7 },
  { header: "案由（結論）", widthCm: 6.8 },
  { header: "主辦／協辦", widthCm: 2.6 },
  { header: "期限", widthCm: 2.8 },
  { header: "辦理情形", widthCm: 7.0 },
  { header: "擬辦", widthCm: 3.0 },
  { header: "列管情形", widthCm: 2.8 },
];

export const STATISTICS_COLUMNS: readonly LayoutColumn[] = [
  { header: "組室", widthCm: 5.1 },
  { header: "列管案件", widthCm: 2.2 },
  { header: "列管中", widthCm: 2.2 },
  { header: "賡續列管", widthCm: 2.2 },
  { header: "解除列管", widthCm: 2.2 },
  { header: "自行列管", widthCm: 2.2 },
  { header: "逾期", widthCm: 2.2 },
  { header: "即將到期", widthCm: 2.2 },
  { header: "結案率", widthCm: 2.2 },
  { header: "列管天數中位數", widthCm: 4.2 },
];

const plain = (text: string): Paragraph => [{ text }];

/** A text as paragraphs, one per line the user typed. */
export function lines(text: string): Paragraph[] {
  return text.split(/\r?\n/u).map((line) => plain(line));
}

function progressCell(row: ReportRow): Cell {
  const cell: Paragraph[] = [];
  for (const e of row.entries) {
    const [first = "", ...rest] = e.progress.split(/\r?\n/u);
    cell.push([{ text: `【${e.division}】`, strong: true }, { text: first }]);
    for (const line of rest) cell.push(plain(line));
  }
  if (row.unreported) cell.push([{ text: UNREPORTED_LABEL, flag: true }]);
  if (row.awaiting.length > 0 && !row.unreported) cell.push([{ text: `${row.awaiting.join("、")} ${UNREPORTED_LABEL}`, flag: true }]);
  if (row.reason === "ruled-last-meeting" && row.entries.length === 0) cell.push(plain("（已於上次會議裁示，免填報）"));
  return cell.length > 0 ? cell : [plain("")];
}

function proposalCell(row: ReportRow): Cell {
  const cell = row.entries.filter((e) => e.proposal !== "").map((e): Paragraph => (row.entries.length > 1 ? [{ text: `【${e.division}】`, strong: true }, { text: e.proposal }] : plain(e.proposal)));
  return cell.length > 0 ? cell : [plain("")];
}

function divisionsCell(row: ReportRow): Cell {
  const cell: Paragraph[] = [[{ text: "主辦：", strong: true }, { text: joinOwnerNames(row.lead) || "（未指定）" }]];
  if (row.supporting.length > 0) cell.push([{ text: "協辦：", strong: true }, { text: joinOwnerNames(row.supporting) }]);
  return cell;
}

/** The case table's cells for one row, in CASE_COLUMNS order. */
export function caseCells(row: ReportRow): Cell[] {
  return [[plain(row.caseId)], lines(row.text || "（內容待補）"), divisionsCell(row), [plain(row.dueLabel)], progressCell(row), proposalCell(row), [plain(row.statusLabel)]];
}

/** The lines above the table: organization, title, subtitle, as-of date and the 未填報 count. */
export function titleBlock(model: ReportModel): { readonly organization: string; readonly title: string; readonly subtitle: string; readonly note: string } {
  const unreported = model.unreportedCount > 0 ? `；${UNREPORTED_LABEL} ${model.unreportedCount} 案` : "";
  return {
    organization: model.organization,
    title: model.title,
    subtitle: model.subtitle,
    note: `資料基準日：${reportDate(model.asOf)}；列報 ${model.rows.length} 案${unreported}`,
  };
}

function statisticsRow(s: DivisionStatistics): string[] {
  return [
    s.division,
    String(s.tracked),
    String(s.open),
    String(s.continued),
    String(s.closed),
    String(s.selfTracked),
    String(s.overdue),
    String(s.dueSoon),
    formatRate(s.closureRate),
    s.medianDaysOpen === null ? "—" : `${s.medianDaysOpen} 天`,
  ];
}

/** The statistics page: its heading, the table's rows (divisions then 合計), and the longest-running cases. */
export function statisticsPage(model: ReportModel): { readonly heading: string; readonly rows: readonly (readonly string[])[]; readonly longest: readonly string[] } {
  const s = model.statistics;
  return {
    heading: `執行情形統計（資料基準日：${reportDate(s.asOf)}）`,
    rows: [...s.byDivision.map(statisticsRow), statisticsRow(s.total)],
    longest:
      s.total.longestContinued.length === 0
        ? ["列管最久之賡續列管案件：無"]
        : ["列管最久之賡續列管案件：", ...s.total.longestContinued.map((c) => `${c.caseId}（${joinOwnerNames(c.lead) || "未指定"}）列管 ${c.daysOpen} 天：${c.text}`)],
  };
}

