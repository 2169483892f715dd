// Where each schema column sits in a table as the user has it: found by header text, in any order and
// beside columns the user added; schema columns that are missing either get added or stop the operation.
import { fail, ok, type Result } from "../../domain";
import { problem } from "../../problems";
import type { ColumnSpec, TableSpec } from "../schema";
import { findColumns } from "../tableColumns";

export interface TableLayout {
  readonly spec: TableSpec;
  /** every column of the table, the user's included */
  readonly width: number;
  /** schema column key → 0-based column index in the table */
  readonly columnOf: ReadonlyMap<string, number>;
  /** schema columns the table lacks, in schema order (none of them required: see tableColumns.ts) */
  readonly missing: readonly ColumnSpec[];
}

/** The layout of a table the store creates: the schema's columns in the schema's order. */
export function schemaLayout(spec: TableSpec): TableLayout {
  return { spec, width: spec.columns.length, columnOf: new Map(spec.columns.map((c, i) => [c.key, i])), missing: [] };
}

/**
 * The layout of an existing table from its header row. A missing required column (the key, say) means
 * the user deleted or renamed it: the store cannot tell rows apart, so it refuses with the header's name.
 */
export function layoutFromHeaders(spec: TableSpec, headers: readonly string[]): Result<TableLayout> {
  const found = findColumns(spec, headers);
  if (found.lacking.length > 0) {
    return fail(problem("excel.columnsMissing", { table: spec.name, columns: found.lacking.map((c) => c.header) }));
  }
  return ok({ spec, width: headers.length, columnOf: found.columnOf, missing: found.missing });
}

/** The layout once the missing columns are added at the right end of the table (table.columns.add). */
export function withMissingAdded(layout: TableLayout): TableLayout {
  const columnOf = new Map(layout.columnOf);
  layout.missing.forEach((column, i) => columnOf.set(column.key, layout.width + i));
  return { spec: layout.spec, width: layout.width + layout.missing.length, columnOf, missing: [] };
}

/** Schema column at a table column index, or undefined for a user's column. */
export function columnAt(layout: TableLayout): (index: number) => ColumnSpec | undefined {
  const byIndex = new Map<number, ColumnSpec>();
  for (const column of layout.spec.columns) {
    const index = layout.columnOf.get(column.key);
    if (index !== undefined) byIndex.set(index, column);
  }
  return (index) => byIndex.get(index);
}
