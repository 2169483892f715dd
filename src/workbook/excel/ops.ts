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
  /** what the cells must still hold when the write runs, checked in the same sync (see WriteGuard) */
  readonly guard?: WriteGuard;
}

/**
 * What a write into existing rows expects to find, checked in the sync that writes it: a co-author may
 * have sorted the table (the rows no longer hold these keys) or typed into the blank rows appended into
 * since the store read them. The cells' former contents are loaded in the same sync, so a write that
 * landed on the wrong cells can be undone (see ExcelStore.update).
 */
export interface WriteGuard {
  /** the key column's index (relative to the anchor) and the key each row of the block must hold */
  readonly keyCol?: number;
  readonly keys?: readonly string[];
  /** the cells written must be empty: rows appended into the table's blank rows, or below it */
  readonly empty?: boolean;
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
