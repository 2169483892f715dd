// The schema's Excel formulas (stored structured references, comma separators) as OpenFormula for an
// .ods sheet: `列管案件[[#This Row],[期限]]` becomes the same row's cell, `設定[基準日]` the column's data
// cells, and arguments are separated by `;` (ODF 1.3 part 4). Pure text rewriting; strings are kept.

import { columnLetters } from "../workbook/a1";

/** Where each table's columns and data rows are in the .ods being written. */
export interface SheetLayout {
  /** the sheet's name (the table's name) */
  readonly sheet: string;
  /** header → 0-based column index */
  readonly columns: ReadonlyMap<string, number>;
  /** number of data rows (they start on row 2, below the header) */
  readonly rows: number;
}


const quoteSheet = (name: string) => `$'${name.replace(/'/g, "''")}'`;

function locate(layouts: ReadonlyMap<string, SheetLayout>, table: string, header: string): { layout: SheetLayout; letter: string } {
  const layout = layouts.get(table);
  const index = layout?.columns.get(header);
  if (layout === undefined || index === undefined) throw new Error(`openFormula: the formula names ${table}[${header}], which the .ods does not have`);
  return { layout, letter: columnLetters(index + 1) };
}

const NAME = String.raw`[\p{L}_][\p{L}\p{N}_]*`;
const THIS_ROW = new RegExp(String.raw`(${NAME})\[\[#This Row\],\[([^\]]+)\]\]`, "gu");
const COLUMN = new RegExp(String.raw`(${NAME})\[([^\[\]]+)\]`, "gu");

/** Rewrites a segment outside string literals. */
function rewrite(code: string, table: string, row: number, layouts: ReadonlyMap<string, SheetLayout>): string {
  return code
    .replace(THIS_ROW, (_, name: string, header: string) => {
      const { layout, letter } = locate(layouts, name, header);
      return name === table ? `[.${letter}${row}]` : `[${quoteSheet(layout.sheet)}.${letter}${row}]`;
    })
    .replace(COLUMN, (_, name: string, header: string) => {
      const { layout, letter } = locate(layouts, name, header);
      // a one-row table (設定) is that row's cell; otherwise the column's data rows (at least one row)
      if (layout.rows === 1) return `[${quoteSheet(layout.sheet)}.$${letter}$2]`;
      return `[${quoteSheet(layout.sheet)}.$${letter}$2:.$${letter}$${Math.max(2, layout.rows + 1)}]`;
    })
    .replace(/,/g, ";");
}

/**
 * The OpenFormula of an Excel formula written in `table` at sheet row `row` (1-based).
 *
 * @example
 * toOpenFormula('=IF(列管案件[[#This Row],[期限]]="","無期限","")', "列管案件", 5, layouts) //=> 'of:=IF([.F5]="";"無期限";"")'
 */
export function toOpenFormula(formula: string, table: string, row: number, layouts: ReadonlyMap<string, SheetLayout>): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  // split into code and "string" literals ("" inside a string is an escaped quote)
  const parts = body.split(/("(?:[^"]|"")*")/u);
  return `of:=${parts.map((part, i) => (i % 2 === 1 ? part : rewrite(part, table, row, layouts))).join("")}`;
}
