// Schema upgrade in place: a table that lacks a column the schema has gained (see tableColumns.ts)
// gets it at its right end, with the header, width, format, validation and formula of the schema.
import { fail, ok, type Result } from "../../domain";
import { problem } from "../../problems";
import type { ColumnSpec } from "../schema";
import { cellAddress, formatRange, type CellRange } from "../a1";
import { readCell, renderCell } from "./cellXml";
import { isEmptyCell } from "./readTables";
import { withColumnWidth, withDimension, withValidation } from "./sheetFrame";
import type { TableLayout } from "./tableLayout";
import { dataRange, withTableColumn, withTableRef } from "./tableXml";
import { listValidation, renderValidation } from "./validation";
import type { WorkbookFile } from "./workbookFile";

function addColumn(file: WorkbookFile, layout: TableLayout, column: ColumnSpec): Result<true> {
  const part = layout.part;
  const def = part.def;
  const sheet = file.sheet(part.sheetPath);
  const at = def.ref.right + 1;
  for (let row = def.ref.top; row <= def.ref.bottom; row++) {
    const xml = sheet.cell(row, at);
    if (xml !== undefined && !isEmptyCell(readCell(xml, file.strings))) {
      return fail(problem("file.noRoomRight", { table: layout.spec.name, cell: cellAddress(row, at), column: column.header }));
    }
  }
  const styleOf = (row: number, col: number | undefined) => {
    const xml = col === undefined ? undefined : sheet.cell(row, col);
    return xml === undefined ? undefined : readCell(xml, file.strings).style;
  };
  // A column of the same format lends its cell styles, so a date column reads as a date from the start.
  const donor = layout.spec.columns.find((c) => c.key !== column.key && c.numberFormat === column.numberFormat && layout.columns.has(c.key));
  const donorColumn = donor === undefined ? undefined : layout.columns.get(donor.key);
  const formula = column.kind === "formula" && column.formula !== undefined ? column.formula.replace(/^=/, "") : undefined;

  sheet.setCell(def.ref.top, at, renderCell(cellAddress(def.ref.top, at), styleOf(def.ref.top, def.ref.right), column.header));
  const data = dataRange(def);
  for (let row = data.top; row <= data.bottom; row++) {
    const style = styleOf(row, donorColumn);
    if (formula !== undefined) sheet.setCell(row, at, renderCell(cellAddress(row, at), style, { formula }));
    else if (style !== undefined) sheet.setCell(row, at, renderCell(cellAddress(row, at), style, null));
  }

  const id = Math.max(0, ...def.columns.map((c) => c.id)) + 1;
  const added = { id, name: column.header, ...(formula !== undefined ? { formula } : {}) };
  const ref: CellRange = { ...def.ref, right: at };
  part.xml = withTableRef(withTableColumn(part.xml, added), def, ref);
  part.def = { ...def, ref, columns: [...def.columns, added] };
  part.changed = true;

  sheet.head = withDimension(withColumnWidth(sheet.head, at, column.width), ref);
  const validation = listValidation(column);
  if (validation) sheet.tail = withValidation(sheet.tail, renderValidation(validation, formatRange({ ...data, left: at, right: at })));
  sheet.markChanged();
  layout.columns.set(column.key, at);
  return ok(true);
}

/** Adds the columns the plan names, in its order; the first one that cannot be added is the message. */
export function upgradeColumns(file: WorkbookFile, layout: TableLayout, columns: readonly ColumnSpec[]): Result<true> {
  for (const column of columns) {
    if (layout.columns.has(column.key)) continue;
    const added = addColumn(file, layout, column);
    if (!added.ok) return added;
    const at = layout.missing.indexOf(column);
    if (at >= 0) layout.missing.splice(at, 1);
  }
  return ok(true);
}
