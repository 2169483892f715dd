// The document behind the fake Excel: sheets of cells and tables over them, with the Excel behaviours
// the store depends on (input parsing, the quote prefix, tables growing when written below, filters).
import type { CellValue } from "../../../../src/workbook/cells";

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat: string;
  /** entered with a leading apostrophe: Excel's quote prefix */
  quotePrefix?: boolean;
}

export interface Area {
  readonly sheet: FakeSheet;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

export interface Filter {
  /** a custom filter's criteria; a values filter has `values` instead */
  readonly criteria1?: string;
  readonly values?: readonly string[];
  readonly criteria2?: string;
  readonly operator?: string;
}

export interface Validation {
  readonly area: Area;
  rule?: unknown;
  errorAlert?: unknown;
}

export interface ConditionalFormat {
  readonly area: Area;
  readonly type: string;
  formula?: string;
  fill?: string;
  font?: string;
}

export class FakeSheet {
  readonly rows: (FakeCell | undefined)[][] = [];
  frozenRows = 0;
  readonly columnWidths = new Map<number, number>();
  /** whole-column formats set through getEntireColumn().format: font name, wrapText, verticalAlignment */
  readonly columnFormats = new Map<number, Record<string, unknown>>();
  /** named sheet views: each keeps its own filters */
  readonly views = new Map<string, Map<string, Filter>>();
  /** the sheet view the current user has active (null: the shared default view) */
  activeView: string | null = null;
  readonly validations: Validation[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];

  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.rows[row]?.[col];
  }

  cellForWrite(row: number, col: number): FakeCell {
    const line = (this.rows[row] ??= []);
    return (line[col] ??= { value: "", numberFormat: "General" });
  }

  /** Rows (exclusive) and columns in use, for clearing the whole sheet. */
  extent(): { rows: number; cols: number } {
    return { rows: this.rows.length, cols: Math.max(0, ...this.rows.map((r) => r?.length ?? 0)) };
  }
}

export class FakeTable {
  showTotals = false;
  style = "TableStyleMedium9";
  /** filters of the shared (default) view, by column name */
  readonly filters = new Map<string, Filter>();

  constructor(
    public name: string,
    public sheet: FakeSheet,
    public top: number,
    public left: number,
    /** header + body (+ totals) rows */
    public height: number,
    public width: number,
  ) {}

  get bodyRows(): number {
    return this.height - 1 - (this.showTotals ? 1 : 0);
  }

  headers(): string[] {
    return Array.from({ length: this.width }, (_, c) => String(this.sheet.cell(this.top, this.left + c)?.value ?? ""));
  }

  header(): Area {
    return { sheet: this.sheet, top: this.top, left: this.left, rows: 1, cols: this.width };
  }

  body(): Area {
    return { sheet: this.sheet, top: this.top + 1, left: this.left, rows: this.bodyRows, cols: this.width };
  }

  whole(): Area {
    return { sheet: this.sheet, top: this.top, left: this.left, rows: this.height, cols: this.width };
  }
}

const NUMERIC = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** Options that decide how pessimistic the fake is about Excel. */
export interface ParseOptions {
  /**
   * Whether a Text-formatted ("@") cell keeps "=1+1" written through Range.values as text. Microsoft's
   * reference documents only that such a value "is interpreted as a formula", so the fake says no.
   */
  readonly textFormatKeepsFormulasAsText: boolean;
}

/** Writes one value the way Excel parses an entry: quote prefix, formulas, numbers, text formats. */
export function enter(cell: FakeCell, input: unknown, options: ParseOptions): void {
  delete cell.formula;
  delete cell.quotePrefix;
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  const text = String(input);
  if (text === "") {
    cell.value = "";
  } else if (text.startsWith("'")) {
    cell.value = text.slice(1);
    cell.quotePrefix = true;
  } else if (cell.numberFormat === "@" && (options.textFormatKeepsFormulasAsText || !/^[=+\-@]/.test(text))) {
    cell.value = text;
  } else if (/^[=+\-@]/.test(text) && !NUMERIC.test(text)) {
    cell.formula = text.startsWith("=") ? text : `=${text}`;
    cell.value = "#FORMULA!";
  } else if (cell.numberFormat !== "@" && NUMERIC.test(text.trim())) {
    cell.value = Number(text);
  } else {
    cell.value = text;
  }
}

export const valueOf = (cell: FakeCell | undefined): CellValue => cell?.value ?? "";

/** What Range.formulas returns: the formula, else the value (a quote prefix is not part of it). */
export const formulaOf = (cell: FakeCell | undefined): CellValue => cell?.formula ?? cell?.value ?? "";

export function areaCells<T>(area: Area, read: (cell: FakeCell | undefined) => T): T[][] {
  return Array.from({ length: area.rows }, (_, r) => Array.from({ length: area.cols }, (_, c) => read(area.sheet.cell(area.top + r, area.left + c))));
}

/** Random permutation with a seed, so a "user sorted the table" test is repeatable. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
