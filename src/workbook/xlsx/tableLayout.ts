// Finds each schema table in a workbook file by name and its columns by header, wherever the user put
// them: users reorder columns and add their own, so nothing here depends on position.
import { fail, ok, type Result } from "../../domain";
import { SCHEMA, type ColumnSpec, type TableKey, type TableSpec } from "../schema";
import { isRequiredColumn } from "./requiredColumns";
import type { TablePart, WorkbookFile } from "./workbookFile";

export interface TableLayout {
  readonly spec: TableSpec;
  readonly part: TablePart;
  /** the sheet column of each schema column the table has, by column key */
  readonly columns: Map<string, number>;
  /** schema columns the table lacks that a write adds at its right end (see requiredColumns.ts) */
  readonly missing: ColumnSpec[];
}

export type Layouts = Partial<Record<TableKey, TableLayout>>;

/** Tables a workbook may lack: the overview is a view over the cases, never read. */
const OPTIONAL_TABLES: ReadonlySet<TableKey> = new Set(["overview"]);

const normalizeHeader = (header: string) => header.trim();

function layoutOf(spec: TableSpec, part: TablePart): Result<TableLayout> {
  const byHeader = new Map(part.def.columns.map((c, i) => [normalizeHeader(c.name), part.def.ref.left + i]));
  const columns = new Map<string, number>();
  const missing: ColumnSpec[] = [];
  const lacking: string[] = [];
  for (const column of spec.columns) {
    const at = byHeader.get(column.header);
    if (at !== undefined) columns.set(column.key, at);
    else if (isRequiredColumn(spec, column)) lacking.push(column.header);
    else missing.push(column);
  }
  if (lacking.length > 0) return fail(`表格「${spec.name}」缺少欄位${lacking.map((h) => `「${h}」`).join("、")}（欄位標題須與原本完全相同）`);
  return ok({ spec, part, columns, missing });
}

/** Every schema table found in the file, or a message naming the first one missing or incomplete. */
export function locateTables(file: WorkbookFile): Result<Layouts> {
  const layouts: Layouts = {};
  for (const spec of SCHEMA) {
    const part = file.table(spec.name);
    if (!part) {
      if (OPTIONAL_TABLES.has(spec.key)) continue;
      return fail(`找不到表格「${spec.name}」：活頁簿中必須有名為「${spec.name}」的 Excel 表格（可在「表格設計」→「表格名稱」確認）`);
    }
    if (part.def.headerRowCount !== 1) return fail(`表格「${spec.name}」沒有標題列：請在「表格設計」勾選「標題列」`);
    const layout = layoutOf(spec, part);
    if (!layout.ok) return layout;
    layouts[spec.key] = layout.value;
  }
  return ok(layouts);
}
