// A chief's view of one division without disturbing co-authors (issue 4, part 6): a named sheet view
// where the host has them (Excel on the web), elsewhere a choice: filter the shared table, or a list sheet.
import { fail, ok, type Result } from "../../domain";
import { problem, renderMessage, type ProblemLanguage } from "../../problems";
import type { CellValue } from "../cells";
import { TABLE, columnSpec, tableSpec, type ColumnSpec } from "../schema";
import { layoutFromHeaders } from "./layout";
import { literalText } from "./literalText";
import type { WriteOp } from "./ops";
import { readTables } from "./readTables";
import { supportsSheetViews } from "./requirements";
import { columnWidthPoints } from "./tableFormat";
import type { IsSetSupported, WriteValue } from "./types";
import { writeOps, type WriteTargets } from "./writeOps";

export type DivisionFallback = "shared-filter" | "division-list";

export interface DivisionViewRequest {
  /** the division's name as written in 主辦組室, e.g. 總務組 */
  readonly division: string;
  /** what to do where named sheet views are not available; without it the choice is returned */
  readonly fallback?: DivisionFallback;
  /** when the list is refreshed (shown on the list sheet); defaults to now */
  readonly now?: string;
  /** the language of the choice and warning texts returned (the pane's); Traditional Chinese by default */
  readonly language?: ProblemLanguage;
}

export interface FallbackChoice {
  readonly fallback: DivisionFallback;
  readonly label: string;
  readonly warning?: string;
}

export type DivisionView =
  /** a per-user view: only the chief who activated it sees the filter */
  | { readonly kind: "sheet-view"; readonly viewName: string; readonly created: boolean }
  /** no sheet views here and no fallback chosen: ask the user */
  | { readonly kind: "choose"; readonly message: string; readonly choices: readonly FallbackChoice[] }
  /** the shared table is filtered: every co-author sees it */
  | { readonly kind: "shared-filter"; readonly warning: string }
  /** a sheet listing the division's cases as values, refreshed on request */
  | { readonly kind: "division-list"; readonly sheet: string; readonly cases: number };

const LEAD = columnSpec("cases", "lead");
const CASE_ID = columnSpec("cases", "caseId");
const NO_TABLE = problem("excel.noCasesTable", { table: TABLE.cases });
const NO_LEAD = problem("excel.noLeadColumn", { table: TABLE.cases, column: LEAD.header });

/** The list columns of the division sheet, in order: what a chief reads, with the computed status. */
const LIST_COLUMNS: readonly ColumnSpec[] = ["caseId", "lead", "supporting", "text", "dueDate", "dueText", "tracking", "status", "daysOverdue", "progress"].map(
  (key) => columnSpec("cases", key),
);

/** Sheet-view and sheet names cannot hold : \ / ? * [ ] and stop at 31 characters. */
const safeName = (name: string): string => name.replace(/[:\\/?*[\]]/g, "").slice(0, 31);
export const viewName = (division: string): string => safeName(`組室-${division}`);
export const listSheetName = (division: string): string => safeName(`組室清單-${division}`);

/** A custom filter matching 主辦組室 cells containing the division (wildcards in the name escaped with ~). */
export const containsCriteria = (division: string): string => `=*${division.replace(/[~*?]/g, (c) => `~${c}`)}*`;

/** What the host allows, decided without touching the workbook. */
export function divisionViewRoute(isSetSupported: IsSetSupported, request: DivisionViewRequest): "sheet-view" | DivisionFallback | "choose" {
  if (supportsSheetViews(isSetSupported)) return "sheet-view";
  return request.fallback ?? "choose";
}

export function fallbackChoice(division: string, language: ProblemLanguage = "zh-TW"): DivisionView {
  const say = (found: Parameters<typeof renderMessage>[0]) => renderMessage(found, language);
  return {
    kind: "choose",
    message: say(problem("divisionView.choose", {})),
    choices: [
      { fallback: "division-list", label: say(problem("divisionView.listChoice", { sheet: listSheetName(division) })) },
      { fallback: "shared-filter", label: say(problem("divisionView.sharedChoice", { table: TABLE.cases })), warning: say(problem("divisionView.everyoneSees", {})) },
    ],
  };
}

/** Sync 1 finds the table; sync 2 reads its headers (and, for a sheet view, the views that exist). */
async function findCasesTable(context: Excel.RequestContext): Promise<Result<Excel.Table>> {
  const table = context.workbook.tables.getItemOrNullObject(TABLE.cases);
  await context.sync();
  return table.isNullObject ? fail(NO_TABLE) : ok(table);
}

/**
 * The sheet view path (3 syncs). The view is activated before the filter is applied, so the filter is
 * stored in that view ("A sheet view stores the sort and filter rules for a particular worksheet") and
 * the shared view co-authors see is left alone. Re-running refreshes the same view.
 */
export async function showInSheetView(context: Excel.RequestContext, division: string): Promise<Result<DivisionView>> {
  const found = await findCasesTable(context);
  if (!found.ok) return found;
  const table = found.value;
  const header = table.getHeaderRowRange();
  header.load("values");
  const views = table.worksheet.namedSheetViews;
  views.load("items/name");
  await context.sync();
  if (!(header.values[0] ?? []).includes(LEAD.header)) return fail(NO_LEAD);
  const name = viewName(division);
  const exists = views.items.some((view) => view.name === name);
  const view = exists ? views.getItem(name) : views.add(name);
  table.worksheet.activate();
  view.activate();
  table.columns.getItem(LEAD.header).filter.applyCustomFilter(containsCriteria(division));
  await context.sync();
  return ok({ kind: "sheet-view", viewName: name, created: !exists });
}

/** The shared-filter fallback (3 syncs): everyone sees the filter, and the result says so. */
export async function showInSharedFilter(context: Excel.RequestContext, division: string, language: ProblemLanguage = "zh-TW"): Promise<Result<DivisionView>> {
  const found = await findCasesTable(context);
  if (!found.ok) return found;
  const table = found.value;
  const header = table.getHeaderRowRange();
  header.load("values");
  await context.sync();
  if (!(header.values[0] ?? []).includes(LEAD.header)) return fail(NO_LEAD);
  table.worksheet.activate();
  table.columns.getItem(LEAD.header).filter.applyCustomFilter(containsCriteria(division));
  await context.sync();
  return ok({ kind: "shared-filter", warning: renderMessage(problem("divisionView.sharedFiltered", { table: TABLE.cases }), language) });
}

const cellText = (value: CellValue | undefined): string => (value === null || value === undefined ? "" : String(value).trim());

/** The division list as one block: a title row, the header row, then one row per case of the division. */
function listBlock(
  rows: readonly (readonly CellValue[])[],
  indexOf: (column: ColumnSpec) => number | undefined,
  division: string,
  now: string,
): { ops: WriteOp[]; count: number } {
  const leadIndex = indexOf(LEAD) ?? -1;
  const idIndex = indexOf(CASE_ID) ?? -1;
  const mine = rows.filter((row) => cellText(row[leadIndex]).includes(division) && cellText(row[idIndex]) !== "");
  const values: WriteValue[][] = mine.map((row) =>
    LIST_COLUMNS.map((column) => {
      const index = indexOf(column);
      const value = index === undefined ? "" : (row[index] ?? "");
      return typeof value === "string" ? literalText(value) : value;
    }),
  );
  const title = `${division} 主辦列管案件 ${mine.length} 案（${now} 更新的快照；要更新請再按一次「顯示組室」）`;
  const ops: WriteOp[] = [
    { kind: "write", target: "list", row: 0, col: 0, values: [[literalText(title)]] },
    { kind: "write", target: "list", row: 1, col: 0, values: [LIST_COLUMNS.map((c) => c.header)] },
    {
      kind: "write",
      target: "list",
      row: 2,
      col: 0,
      numberFormat: mine.map(() => LIST_COLUMNS.map((c) => c.numberFormat)),
      values,
    },
  ];
  return { ops, count: mine.length };
}

/**
 * The list-sheet fallback: reads 列管案件 (its values, so 狀態 and 逾期天數 are Excel's own results) and
 * writes that division's cases as values on 組室清單-<組室>, one sheet per division so two chiefs never
 * overwrite each other's list. Values, not a FILTER() formula: ExcelApi 1.8 includes Excel 2019, which
 * has no dynamic arrays. The sheet says when it was made; it is refreshed by running this again.
 */
export async function showInDivisionList(context: Excel.RequestContext, division: string, now: string, budget: number): Promise<Result<DivisionView>> {
  const sheetName = listSheetName(division);
  const existing = context.workbook.worksheets.getItemOrNullObject(sheetName);
  const table = context.workbook.tables.getItemOrNullObject(TABLE.cases);
  await context.sync();
  if (table.isNullObject) return fail(NO_TABLE);
  const read = await readTables(context, [tableSpec("cases")], "whole", budget);
  const cases = read.reads.get("cases");
  if (!cases || cases.status !== "present") return fail(NO_TABLE);
  const layout = layoutFromHeaders(cases.spec, cases.headers);
  if (!layout.ok) return layout;
  const indexOf = (column: ColumnSpec): number | undefined => layout.value.columnOf.get(column.key);
  const { ops, count } = listBlock(cases.rows, indexOf, division, now);

  const sheet = existing.isNullObject ? context.workbook.worksheets.add(sheetName) : existing;
  if (!existing.isNullObject) sheet.getRange().clear("Contents");
  sheet.freezePanes.freezeRows(2);
  LIST_COLUMNS.forEach((column, index) => {
    sheet.getRangeByIndexes(0, index, 1, 1).format.columnWidth = columnWidthPoints(column.width);
  });
  sheet.activate();
  const targets: WriteTargets = { sheets: new Map(), tables: new Map(), anchors: new Map([["list", sheet.getRangeByIndexes(0, 0, 1, 1)]]) };
  await writeOps(context, targets, ops, budget);
  return ok({ kind: "division-list", sheet: sheetName, cases: count });
}
