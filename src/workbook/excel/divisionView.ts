// A chief's view of one division without disturbing co-authors (issue 4, part 6): a named sheet view
// where the host has them (Excel on the web), elsewhere a choice: filter the shared table, or a list sheet.
// Every route shows the cases that belong to the division by the domain's membership rule
// (src/domain/caseMembership.ts: lead, supporting, collective words such as 各組室, aliases), the same
// cases as the pane's 組室 filter.
import { belongsTo, DEFAULT_DIVISIONS, divisionLookup, fail, ok, type Division, type DivisionLookup, type Result } from "../../domain";
import { problem, renderMessage, type ProblemLanguage } from "../../problems";
import { divisionFromCells, ownersFromCell, type CellValue } from "../cells";
import { TABLE, columnSpec, tableSpec, type ColumnSpec } from "../schema";
import { layoutFromHeaders } from "./layout";
import { literalText } from "./literalText";
import type { WriteOp } from "./ops";
import { readTables } from "./readTables";
import { supportsSheetViews } from "./requirements";
import { columnWidthPoints } from "./tableFormat";
import type { IsSetSupported, TableRead, WriteValue } from "./types";
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
const SUPPORTING = columnSpec("cases", "supporting");
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

const cellText = (value: CellValue | undefined): string => (value === null || value === undefined ? "" : String(value).trim());

/** The 組室 registry as the sheet holds it (the defaults where the workbook has no 組室 table), as a lookup. */
function registryOf(read: TableRead | undefined): Result<DivisionLookup> {
  if (!read || read.status !== "present") return ok(divisionLookup(DEFAULT_DIVISIONS));
  const layout = layoutFromHeaders(read.spec, read.headers);
  if (!layout.ok) return layout;
  const at = (row: readonly CellValue[], key: string) => {
    const index = layout.value.columnOf.get(key);
    return index === undefined ? null : (row[index] ?? null);
  };
  const divisions = read.rows
    .map((row) => divisionFromCells({ name: at(row, "name"), aliases: at(row, "aliases"), email: at(row, "email") }))
    .filter((d): d is Division => d !== undefined);
  return ok(divisionLookup(divisions));
}

/** 列管案件's rows (values, so 狀態 is Excel's own result), where its columns are, and the registry. */
interface CasesRead {
  readonly rows: readonly (readonly CellValue[])[];
  readonly indexOf: (column: ColumnSpec) => number | undefined;
  readonly lookup: DivisionLookup;
}

/** Reads 列管案件 and 組室 (one sync for both, more only for a workbook larger than a response). */
async function readCases(context: Excel.RequestContext, budget: number): Promise<Result<CasesRead>> {
  const read = await readTables(context, [tableSpec("cases"), tableSpec("divisions")], "whole", budget);
  const cases = read.reads.get("cases");
  if (!cases || cases.status !== "present") return fail(NO_TABLE);
  if (!cases.headers.map((h) => h.trim()).includes(LEAD.header)) return fail(NO_LEAD);
  const layout = layoutFromHeaders(cases.spec, cases.headers);
  if (!layout.ok) return layout;
  const lookup = registryOf(read.reads.get("divisions"));
  if (!lookup.ok) return lookup;
  return ok({ rows: cases.rows, indexOf: (column) => layout.value.columnOf.get(column.key), lookup: lookup.value });
}

/** The rows of the cases that belong to `division` by the membership rule (caseMembership.ts). */
function memberRows(read: CasesRead, division: string): (readonly CellValue[])[] {
  const at = (row: readonly CellValue[], column: ColumnSpec) => {
    const index = read.indexOf(column);
    return index === undefined ? "" : cellText(row[index]);
  };
  return read.rows.filter((row) => at(row, CASE_ID) !== "" && belongsTo({ lead: ownersFromCell(at(row, LEAD)), supporting: ownersFromCell(at(row, SUPPORTING)) }, division, read.lookup));
}

/**
 * The filter that shows the division's cases. Membership is an OR across 主辦組室 and 協辦組室 with the
 * registry behind it (各組室 means every registered division, an alias means its division), which the
 * filters of ExcelApi 1.8 (a custom or values filter on one column, AND across columns) cannot express.
 * So the matching 列管案號 are computed here and 列管案號 is filtered by those values: a snapshot, which
 * is refreshed every time the view is shown again (a case added since is shown from then on). A filter
 * on 主辦組室 left by an earlier version of the add-in is cleared, so the two never AND together.
 */
function applyMemberFilter(table: Excel.Table, read: CasesRead, division: string): number {
  const ids = [...new Set(memberRows(read, division).map((row) => cellText(row[read.indexOf(CASE_ID) ?? -1])))];
  table.columns.getItem(LEAD.header).filter.clear();
  // No case belongs: a value no 列管案號 holds (the view's own name) hides every row, as it should.
  table.columns.getItem(CASE_ID.header).filter.applyValuesFilter(ids.length > 0 ? ids : [viewName(division)]);
  return ids.length;
}

/**
 * The sheet view path (4 syncs: the table, the cases and registry, the views, the filter). The view is
 * activated before the filter is applied, so the filter is stored in that view ("A sheet view stores the
 * sort and filter rules for a particular worksheet") and the shared view co-authors see is left alone.
 * Re-running refreshes the same view (and its list of cases).
 */
export async function showInSheetView(context: Excel.RequestContext, division: string, budget: number): Promise<Result<DivisionView>> {
  const found = await findCasesTable(context);
  if (!found.ok) return found;
  const table = found.value;
  const read = await readCases(context, budget);
  if (!read.ok) return read;
  const views = table.worksheet.namedSheetViews;
  views.load("items/name");
  await context.sync();
  const name = viewName(division);
  const exists = views.items.some((view) => view.name === name);
  const view = exists ? views.getItem(name) : views.add(name);
  table.worksheet.activate();
  view.activate();
  applyMemberFilter(table, read.value, division);
  await context.sync();
  return ok({ kind: "sheet-view", viewName: name, created: !exists });
}

/** The shared-filter fallback (3 syncs): everyone sees the filter, and the result says so. */
export async function showInSharedFilter(
  context: Excel.RequestContext,
  division: string,
  budget: number,
  language: ProblemLanguage = "zh-TW",
): Promise<Result<DivisionView>> {
  const found = await findCasesTable(context);
  if (!found.ok) return found;
  const table = found.value;
  const read = await readCases(context, budget);
  if (!read.ok) return read;
  table.worksheet.activate();
  applyMemberFilter(table, read.value, division);
  await context.sync();
  return ok({ kind: "shared-filter", warning: renderMessage(problem("divisionView.sharedFiltered", { table: TABLE.cases }), language) });
}

/** The division list as one block: a title row, the header row, then one row per case of the division. */
function listBlock(read: CasesRead, division: string, now: string): { ops: WriteOp[]; count: number } {
  const { indexOf } = read;
  const mine = memberRows(read, division);
  const values: WriteValue[][] = mine.map((row) =>
    LIST_COLUMNS.map((column) => {
      const index = indexOf(column);
      const value = index === undefined ? "" : (row[index] ?? "");
      return typeof value === "string" ? literalText(value) : value;
    }),
  );
  const title = `${division} 列管案件 ${mine.length} 案：主辦、協辦及交辦各組室者（${now} 更新的快照；要更新請再按一次「顯示組室」）`;
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
 * the 組室 registry, and writes the cases that belong to the division as values on 組室清單-<組室>, one sheet per division so two chiefs never
 * overwrite each other's list. Values, not a FILTER() formula: ExcelApi 1.8 includes Excel 2019, which
 * has no dynamic arrays. The sheet says when it was made; it is refreshed by running this again.
 */
export async function showInDivisionList(context: Excel.RequestContext, division: string, now: string, budget: number): Promise<Result<DivisionView>> {
  const sheetName = listSheetName(division);
  const existing = context.workbook.worksheets.getItemOrNullObject(sheetName);
  const table = context.workbook.tables.getItemOrNullObject(TABLE.cases);
  await context.sync();
  if (table.isNullObject) return fail(NO_TABLE);
  const read = await readCases(context, budget);
  if (!read.ok) return read;
  const { ops, count } = listBlock(read.value, division, now);

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
