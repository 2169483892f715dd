// Writes rows into one table of a workbook file: by key where the row exists (wherever the user sorted
// it), appended at the table's end otherwise, growing the table with its formulas, formats and checks.
// Only schema columns are written, and of those only the cells cellRules.cellsToWrite names: the user's
// own columns and cells that already mean the value (a formula, spaces, a comment, a format) stay.
import { fail, ok, type Result } from "../../domain";
import { problem } from "../../problems";
import { cellsToWrite, formulaValue } from "../cellRules";
import type { CellRow, CellValue } from "../cells";
import { sameNumberFormat } from "../numberFormat";
import { dateFormatFor, dateTimeFormatFor, isSchemaDateFormat, type DateDisplay } from "../schema";
import { cellAddress, type CellRange } from "../a1";
import { readCell, renderCell, type CellRead } from "./cellXml";
import { isEmptyCell, type SheetRow } from "./readTables";
import { wrappedRowHeight } from "./rowHeight";
import type { SheetData } from "./sheetData";
import { columnStyle, extendRanges, withDimension } from "./sheetFrame";
import type { TableLayout } from "./tableLayout";
import { dataRange, withTableRef } from "./tableXml";
import type { WorkbookFile } from "./workbookFile";

export interface KeyedRow {
  readonly key: string;
  readonly cells: CellRow;
}

const blank = (value: CellValue | undefined) => value === null || value === undefined || value === "";

/**
 * A cell as the write rule compares it: its value (a formula's cached result), except in 設定, whose
 * cells are compared as formulas (=TODAY() is what 基準日 means), as the Excel store reads that row.
 */
function comparable(cell: CellRead | undefined, formulas: boolean): CellValue | undefined {
  if (cell === undefined) return undefined;
  return formulas && cell.formula !== undefined ? `=${cell.formula}` : cell.value;
}

export class TableWriter {
  private readonly sheet: SheetData;
  private readonly keyRows = new Map<string, number>();
  /** the last data row holding anything; new rows go below it, into blank rows the table ends with first */
  private lastFilled: number;

  constructor(
    private readonly file: WorkbookFile,
    private readonly layout: TableLayout,
    rows: readonly SheetRow[],
    keys: readonly string[],
    /** the 設定 日期顯示 read from the workbook: the format of the date cells this writer writes */
    private readonly display: DateDisplay = "西元",
  ) {
    this.sheet = file.sheet(layout.part.sheetPath);
    rows.forEach((row, i) => {
      const key = keys[i];
      if (key !== undefined) this.keyRows.set(key, row.row);
    });
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

  /** Updates rows whose key exists and appends the others, in the order given. */
  upsert(rows: readonly KeyedRow[]): Result<true> {
    const appends = new Map<string, CellRow>();
    for (const { key, cells } of rows) {
      const row = this.keyRows.get(key);
      if (row === undefined) appends.set(key, cells);
      else this.writeRow(row, cells, false);
    }
    return this.append([...appends.values()], [...appends.keys()]);
  }

  /** Appends rows at the table's end, growing the table when its blank rows run out. */
  append(rows: readonly CellRow[], keys: readonly (string | undefined)[] = []): Result<true> {
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
    rows.forEach((cells, i) => {
      const row = start + i;
      this.writeRow(row, cells, true, styles);
      const key = keys[i];
      if (key !== undefined) this.keyRows.set(key, row);
    });
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

  /** Writes the schema columns of one row; a new row also gets every table formula it lacks. */
  private writeRow(row: number, cells: CellRow, isNew: boolean, styles?: ReadonlyMap<number, string | undefined>): void {
    const existing = this.sheet.cells(row);
    const computed = this.computedColumns();
    const cellAt = (column: number | undefined): CellRead | undefined => {
      const xml = column === undefined ? undefined : existing.get(column);
      return xml === undefined ? undefined : readCell(xml, this.file.strings);
    };
    const asFormulas = this.layout.spec.key === "settings";
    const writes = cellsToWrite(this.layout.spec, (key) => comparable(cellAt(this.layout.columns.get(key)), asFormulas), cells);
    for (const spec of this.layout.spec.columns) {
      const column = this.layout.columns.get(spec.key);
      // a table formula (the user's calculated column too) is never overwritten by a value
      if (column === undefined || computed.has(column) || !writes.has(spec.key)) continue;
      const cell = cellAt(column);
      const value = writes.get(spec.key) ?? null;
      const formula = formulaValue(spec, value)?.slice(1);
      let style = cell?.style ?? styles?.get(column) ?? columnStyle(this.sheet.head, column);
      // A date lands in a date format even where the user's column had none (General shows 44712), in the
      // one 日期顯示 asks for; a date format of the user's own (not one the schema writes) stays.
      const book = this.file.styles;
      // A date-time (匯入時間 …) likewise, in a date-time format: an older workbook's column is text (@).
      if ((spec.kind === "date" || spec.kind === "datetime") && typeof value === "number" && book) {
        const wanted = spec.kind === "date" ? dateFormatFor(this.display) : dateTimeFormatFor(this.display);
        const code = book.formatCode(style);
        if (!book.isDateStyle(style) || (!sameNumberFormat(code, wanted) && isSchemaDateFormat(code))) style = book.withFormat(style, wanted);
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
