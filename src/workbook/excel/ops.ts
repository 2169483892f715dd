// The Excel store's writes as plain data, decided before anything is queued: so they can be counted,
// sized against the request limit, split into chunks and tested without Excel.
import type { ColumnSpec, TableKey } from "../schema";
import type { WriteValue } from "./types";

/** A schema table, or the division list sheet (its anchor is that sheet's A1). */
export type OpTarget = TableKey | "list";

/** A new worksheet named after the table (added in schema order, so the tabs read in that order). */
export interface AddSheetOp {
  readonly kind: "add-sheet";
  readonly table: TableKey;
}

/**
 * A new table: Microsoft's performance guidance is to "write the entire 2D array to a range with
 * range.values" and then "create the table over that populated range (worksheet.tables.add())".
 * `values` is the header row and the first data rows; formula cells are null here and written once the
 * table exists and has its name, because the formulas refer to the table by name.
 */
export interface CreateTableOp {
  readonly kind: "create-table";
  readonly table: TableKey;
  readonly values: readonly (readonly WriteValue[])[];
  readonly numberFormat: readonly (readonly (string | null)[])[];
}

/** A schema column the user's table lacks, added at its right end (table.columns.add with a name). */
export interface AddColumnOp {
  readonly kind: "add-column";
  readonly table: TableKey;
  readonly column: ColumnSpec;
  /** its index once added */
  readonly index: number;
}

/**
 * One 2-D block of cells, relative to the target's anchor (a table's header row is row 0, so body row i
 * is row i + 1). Rows at or past the end of a table make the table grow ("For existing tables, set
 * values on table.getDataBodyRange() in bulk. The table expands automatically.").
 */
export interface WriteOp {
  readonly kind: "write";
  readonly target: OpTarget;
  readonly row: number;
  readonly col: number;
  /** number formats are set before values, so "14:00" or "10902" is stored as text in a text column */
  readonly numberFormat?: readonly (readonly (string | null)[])[];
  readonly values?: readonly (readonly WriteValue[])[];
}

/** A totals row would sit where appended rows go: it is hidden for the append and shown again after. */
export interface TotalsOp {
  readonly kind: "totals";
  readonly table: TableKey;
  readonly show: boolean;
}

/**
 * Cells inserted right below a table, across its columns, shifting what is there down: appended rows then
 * land in empty cells instead of over the user's data (Range.insert with InsertShiftDirection.down, as
 * Microsoft's co-authoring guidance asks when there is data under a table).
 */
export interface InsertBelowOp {
  readonly kind: "insert-below";
  readonly table: TableKey;
  readonly rows: number;
}

export type ExcelOp = AddSheetOp | CreateTableOp | AddColumnOp | WriteOp | TotalsOp | InsertBelowOp;

/** Rows in a write or create op (0 for the others). */
export function opRows(op: ExcelOp): number {
  if (op.kind === "write") return Math.max(op.values?.length ?? 0, op.numberFormat?.length ?? 0);
  if (op.kind === "create-table") return op.values.length;
  return 0;
}
