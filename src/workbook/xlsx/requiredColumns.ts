// Which schema columns a workbook must already have, and which a write adds when an older file lacks them.
//
// Required: a table's key column, columns marked `required` in the schema, and every column a schema
// formula or validation list refers to (期限, 追蹤狀態, 主辦組室, 狀態, 基準日 …). Adding one of those empty
// would change what the sheet says (every case "無期限") or leave formulas pointing at nothing, so a
// missing one is an error naming it. Any other column (備註, 最後裁示會議, 逾期天數 …) is added at the
// table's right end on the next write, and read as empty until then.
import { SCHEMA, type ColumnSpec, type TableSpec } from "../schema";

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

export function isRequiredColumn(table: TableSpec, column: ColumnSpec): boolean {
  return column.key === table.keyColumn || column.required === true || referencedHeaders(table).has(column.header);
}
