// Finds each schema table in a workbook file by name and its columns by header, wherever the user put
// them: users reorder columns and add their own, so nothing here depends on position.
import { fail, ok, type Result } from "../../domain";
import { problem } from "../../problems";
import { SCHEMA, type ColumnSpec, type TableKey, type TableSpec } from "../schema";
import { findColumns } from "../tableColumns";
import type { TablePart, WorkbookFile } from "./workbookFile";

export interface TableLayout {
  readonly spec: TableSpec;
  readonly part: TablePart;
  /** the sheet column of each schema column the table has, by column key */
  readonly columns: Map<string, number>;
  /** schema columns the table lacks that a write adds at its right end (see tableColumns.ts) */
  readonly missing: ColumnSpec[];
}

export type Layouts = Partial<Record<TableKey, TableLayout>>;

/** Tables a workbook may lack: the overview is a view over the cases, never read. */
const OPTIONAL_TABLES: ReadonlySet<TableKey> = new Set(["overview"]);

function layoutOf(spec: TableSpec, part: TablePart): Result<TableLayout> {
  const found = findColumns(spec, part.def.columns.map((c) => c.name));
  if (found.lacking.length > 0) return fail(problem("file.columnsMissing", { table: spec.name, columns: found.lacking.map((c) => c.header) }));
  // positions among the table's columns → sheet columns
  const columns = new Map([...found.columnOf].map(([key, index]) => [key, part.def.ref.left + index]));
  return ok({ spec, part, columns, missing: [...found.missing] });
}

/** Every schema table found in the file, or a message naming the first one missing or incomplete. */
export function locateTables(file: WorkbookFile): Result<Layouts> {
  const layouts: Layouts = {};
  for (const spec of SCHEMA) {
    const part = file.table(spec.name);
    if (!part) {
      if (OPTIONAL_TABLES.has(spec.key)) continue;
      return fail(problem("file.tableNotFound", { table: spec.name }));
    }
    if (part.def.headerRowCount !== 1) return fail(problem("file.noHeaderRow", { table: spec.name }));
    const layout = layoutOf(spec, part);
    if (!layout.ok) return layout;
    layouts[spec.key] = layout.value;
  }
  return ok(layouts);
}
