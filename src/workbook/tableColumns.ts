// Where each schema column sits in a table as the user has it, for both stores: found by header text (in
// any order, beside the user's own columns), and which missing ones a write may add back. Users reorder
// columns and add their own, so nothing here depends on position. Pure.
import { SCHEMA, type ColumnSpec, type TableSpec } from "./schema";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Headers of `table` that schema formulas and validation lists name. */
function referencedHeaders(table: TableSpec): Set<string> {
  const name = escapeRegExp(table.name);
  const thisRow = new RegExp(`${name}\\[\\[#This Row\\],\\[([^\\]]+)\\]\\]`, "g");
  const column = new RegExp(`${name}\\[([^\\[\\]#]+)\\]`, "g");
  const headers = new Set<string>();
  for (const spec of SCHEMA) {
    for (const c of spec.columns) {
      for (const m of (c.formula ?? "").matchAll(thisRow)) headers.add(m[1] ?? "");
      for (const m of (c.formula ?? "").matchAll(column)) headers.add(m[1] ?? "");
      if (c.valuesFrom?.table === table.name) headers.add(c.valuesFrom.column);
    }
  }
  return headers;
}

/**
 * Whether a table must already have the column. Required: its key, columns marked `required`, and every
 * input column a schema formula or validation list reads (期限, 追蹤狀態, 主辦組室, 基準日 …): adding one of
 * those empty would change what the sheet says (every case 無期限) or point formulas at nothing, so a
 * missing one is refused, named. Any other column (備註, 最後裁示會議, and formula columns such as 狀態,
 * which come back with their formula) is added at the table's right end on the next write.
 */
export function isRequiredColumn(table: TableSpec, column: ColumnSpec): boolean {
  if (column.key === table.keyColumn || column.required === true) return true;
  return column.kind !== "formula" && referencedHeaders(table).has(column.header);
}

export interface ColumnsFound {
  /** schema column key → its position among `headers` */
  readonly columnOf: ReadonlyMap<string, number>;
  /** schema columns the table lacks that a write adds at its right end, in schema order */
  readonly missing: readonly ColumnSpec[];
  /** schema columns the table lacks and must have (isRequiredColumn): the store refuses, naming them */
  readonly lacking: readonly ColumnSpec[];
}

/** The schema columns among a table's headers (compared trimmed; the first of two equal headers counts). */
export function findColumns(spec: TableSpec, headers: readonly string[]): ColumnsFound {
  const position = new Map<string, number>();
  headers.forEach((header, index) => {
    const name = header.trim();
    if (!position.has(name)) position.set(name, index);
  });
  const columnOf = new Map<string, number>();
  const missing: ColumnSpec[] = [];
  const lacking: ColumnSpec[] = [];
  for (const column of spec.columns) {
    const index = position.get(column.header);
    if (index !== undefined) columnOf.set(column.key, index);
    else if (isRequiredColumn(spec, column)) lacking.push(column);
    else missing.push(column);
  }
  return { columnOf, missing, lacking };
}
