// The Excel store's ports and the shapes its modules pass around: Excel.run and the requirement check
// come in from outside (so tests hand in a fake), and each table is read into one plain snapshot.
import type { CellValue } from "../cells";
import type { TableKey, TableSpec } from "../schema";

/** `Excel.run`, passed in: `new ExcelStore({ run: (batch) => Excel.run(batch), ... })`. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Office.context.requirements.isSetSupported`, passed in for the same reason. */
export type IsSetSupported = (set: string, version: string) => boolean;

/**
 * A cell as sent to Excel. `null` leaves that cell as it is: Microsoft's "Blank and null values" page says
 * to "specify null for all other cells in the 2-D array" when only some cells of a range should change,
 * and that an empty string clears a cell. So an empty CellValue is written as "", never as null.
 */
export type WriteValue = string | number | boolean | null;

/** present: found by name · absent: neither table nor sheet (create it) · renamed: the sheet is there, the table is not */
export type TableStatus = "present" | "absent" | "renamed";

/** One schema table as read in a single sync: its header row and every data row, by position. */
export interface TableRead {
  readonly spec: TableSpec;
  readonly status: TableStatus;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** 0-based sheet row of the header row, so messages can use the row numbers the user sees */
  readonly headerRow: number;
  readonly showTotals: boolean;
  /**
   * Empty rows right below the table (its totals row included), within its columns, as far as the read
   * looked (BELOW_LOOKAHEAD): rows appended past the table's end go there only if they fit, else the
   * store inserts cells first. 0 for a table not read.
   */
  readonly freeRowsBelow: number;
  /**
   * The number format of each body cell of the schema's date columns, by column key, when the read
   * fetched them (see readTables): what 套用到所有日期 (reformatDates) needs to leave a user's own
   * format alone. Undefined when not read; a date column the table lacks has no entry.
   */
  readonly dateFormats?: ReadonlyMap<string, readonly string[]>;
}

export type TableReads = Readonly<Record<TableKey, TableRead>>;
