// Moves the shared plan's cells (../writePlan.ts) into one table of a workbook file: the changed cells of
// existing rows where they are, new rows at the table's end, growing the table with its formulas, formats
// and checks. What to write is the plan's; here is only where and how in the sheet XML: styles, the date
// format the shared rule gives a written date, a user's calculated column never overwritten.
import { fail, ok, type Result } from "../../domain";
import { problem } from "../../problems";
import { formulaValue } from "../cellRules";
import type { CellRow, CellValue } from "../cells";
import { writtenDateFormat } from "../dateFormats";
import type { DateDisplay } from "../schema";
import type { RowUpdate } from "../writePlan";
import { cellAddress, type CellRange } from "../a1";
import { readCell, renderCell, type CellRead } from "./cellXml";
import { isEmptyCell } from "./readTables";
import { wrappedRowHeight } from "./rowHeight";
import type { SheetData } from "./sheetData";
import { columnStyle, extendRanges, withDimension } from "./sheetFrame";
import type { TableLayout } from "./tableLayout";
import { dataRange, withTableRef } from "./tableXml";
import type { WorkbookFile } from "./workbookFile";

const blank = (value: CellValue | undefined) => value === null || value === undefined || value === "";

export class TableWriter {
  private readonly sheet: SheetData;
  /** the last data row holding anything; new rows go below it, into blank rows the table ends with first */
  private lastFilled: number;

  constructor(
    private readonly file: WorkbookFile,
    private readonly layout: TableLayout,
    /** the 設定 日期顯示 once the write applies: the format of the date cells this writer writes */
    private readonly display: DateDisplay = "西元",
  ) {
    this.sheet = file.sheet(layout.part.sheetPath);
    this.lastFilled = this.findLastFilled();
  }

  private get name(): string {
    return this.layout.spec.name;
  }

  private findLastFilled(): number {
    const range = dataRange(this.layout.part.def);
    const computed = this.computedColumns();
    for (let row = range.bottom; row >= range.top; row--) {
      for (const [column, xml] of this.sheet.cells(row)) {
        if (column < range.left || column > range.right || computed.has(column)) continue;
        if (!isEmptyCell(readCell(xml, this.file.strings))) return row;
      }
    }
    return range.top - 1;
  }

  /** Sheet columns holding a table formula: the schema's formula columns and the user's calculated ones. */
  private computedColumns(): Map<number, string> {
    const def = this.layout.part.def;
    const out = new Map<number, string>();
    def.columns.forEach((c, i) => {
      if (c.formula !== undefined) out.set(def.ref.left + i, c.formula);
    });
    for (const spec of this.layout.spec.columns) {
      const column = this.layout.columns.get(spec.key);
      if (spec.kind === "formula" && spec.formula !== undefined && column !== undefined) out.set(column, spec.formula);
    }
    return out;
  }

  /** Writes the plan's changed cells into the sheet rows that hold their keys. */
  update(updates: readonly RowUpdate[]): void {
    for (const { row, cells } of updates) this.writeRow(row, cells, false);
  }

  /** Appends rows at the table's end, growing the table when its blank rows run out. */
  append(rows: readonly CellRow[]): Result<true> {
    if (rows.length === 0) return ok(true);
    const part = this.layout.part;
    const def = part.def;
    const data = dataRange(def);
    const start = this.lastFilled + 1;
    const extra = Math.max(0, start + rows.length - 1 - data.bottom);
    const styles = this.templateStyles(data);
    if (extra > 0) {
      const grown = this.grow(data, extra);
      if (!grown.ok) return grown;
    }
    // the rows written into are empty: a blank value leaves its cell absent (no empty styled cells)
    rows.forEach((cells, i) => this.writeRow(start + i, new Map(Object.entries(cells).filter(([, value]) => !blank(value))), true, styles));
    this.lastFilled = start + rows.length - 1;
    return ok(true);
  }

  /** Styles new cells take, column by column: the last data row's, else the column's default. */
  private templateStyles(data: CellRange): Map<number, string | undefined> {
    const styles = new Map<number, string | undefined>();
    const last = this.sheet.cells(data.bottom);
    for (let column = data.left; column <= data.right; column++) {
      const xml = last.get(column);
      styles.set(column, xml === undefined ? columnStyle(this.sheet.head, column) : readCell(xml, this.file.strings).style);
    }
    return styles;
  }

  private grow(data: CellRange, extra: number): Result<true> {
    const part = this.layout.part;
    const def = part.def;
    const totals = def.totalsRowCount;
    // Rows the table will cover; the totals row itself moves down with it.
    for (let row = data.bottom + totals + 1; row <= data.bottom + totals + extra; row++) {
      for (const [column, xml] of this.sheet.cells(row)) {
        if (column >= data.left && column <= data.right && !isEmptyCell(readCell(xml, this.file.strings))) {
          return fail(problem("file.noRoomBelow", { table: this.name, cell: cellAddress(row, column), rows: extra }));
        }
      }
    }
    if (totals > 0) this.sheet.moveCells(data.bottom + 1, data.bottom + 1 + extra, data);
    const ref = { ...def.ref, bottom: def.ref.bottom + extra };
    part.xml = withTableRef(part.xml, def, ref);
    part.def = { ...def, ref };
    part.changed = true;
    this.sheet.tail = extendRanges(this.sheet.tail, data, data.bottom + extra);
    this.sheet.head = withDimension(this.sheet.head, ref);
    this.sheet.markChanged();
    return ok(true);
  }

  /** Gives the row the height its wrapped columns' text needs (LibreOffice does not grow an .xlsx row itself). */
  private fitWrappedHeight(row: number): void {
    const cells = this.sheet.cells(row);
    const wrapped = this.layout.spec.columns.flatMap((spec) => {
      const column = this.layout.columns.get(spec.key);
      const xml = column === undefined || !spec.wrap ? undefined : cells.get(column);
      if (xml === undefined) return [];
      const value = readCell(xml, this.file.strings).value;
      return [{ text: value === null || value === undefined ? "" : String(value), width: spec.width }];
    });
    this.sheet.setRowHeight(row, wrappedRowHeight(wrapped));
  }

  /** Writes the given schema cells of one row; a new row also gets every table formula it lacks. */
  private writeRow(row: number, writes: ReadonlyMap<string, CellValue>, isNew: boolean, styles?: ReadonlyMap<number, string | undefined>): void {
    const existing = this.sheet.cells(row);
    const computed = this.computedColumns();
    const cellAt = (column: number | undefined): CellRead | undefined => {
      const xml = column === undefined ? undefined : existing.get(column);
      return xml === undefined ? undefined : readCell(xml, this.file.strings);
    };
    const book = this.file.styles;
    for (const spec of this.layout.spec.columns) {
      const column = this.layout.columns.get(spec.key);
      // a table formula (the user's calculated column too) is never overwritten by a value
      if (column === undefined || computed.has(column) || !writes.has(spec.key)) continue;
      const cell = cellAt(column);
      const value = writes.get(spec.key) ?? null;
      const formula = formulaValue(spec, value)?.slice(1);
      let style = cell?.style ?? styles?.get(column) ?? columnStyle(this.sheet.head, column);
      // a date (a date-time too) lands in the format the shared rule gives it, so it never shows as 44712
      if (typeof value === "number" && book) {
        const format = writtenDateFormat(spec, book.formatCode(style), book.isDateStyle(style), this.display);
        if (format !== undefined) style = book.withFormat(style, format);
      }
      const content = formula !== undefined ? { formula } : value;
      this.sheet.setCell(row, column, blank(value) && style === undefined ? undefined : renderCell(cellAddress(row, column), style, content));
    }
    this.fitWrappedHeight(row);
    if (!isNew) return;
    for (const [column, formula] of computed) {
      const xml = existing.get(column);
      const cell = xml === undefined ? undefined : readCell(xml, this.file.strings);
      if (cell?.formula !== undefined) continue;
      const style = cell?.style ?? styles?.get(column) ?? columnStyle(this.sheet.head, column);
      this.sheet.setCell(row, column, renderCell(cellAddress(row, column), style, { formula }));
    }
  }
}
