// The fake Excel document as plain JSON and back, so the browser's fake host can keep the workbook in
// localStorage and a page reload finds it as Excel would (the document outlives the task pane).
import { FakeExcel, type FakeExcelOptions } from "../../workbook/excel/support/fakeExcel";
import { FakeSheet, FakeTable, type Area, type FakeCell, type Filter } from "../../workbook/excel/support/fakeWorkbook";

interface AreaSnapshot {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

interface SheetSnapshot {
  readonly name: string;
  /** sparse rows as [row, [col, cell][]] pairs: a table sheet is mostly empty past its columns */
  readonly cells: readonly (readonly [number, readonly (readonly [number, FakeCell])[]])[];
  readonly frozenRows: number;
  readonly columnWidths: readonly (readonly [number, number])[];
  readonly views: readonly (readonly [string, readonly (readonly [string, Filter])[]])[];
  readonly activeView: string | null;
  readonly validations: readonly { readonly area: AreaSnapshot; readonly rule?: unknown; readonly errorAlert?: unknown }[];
  readonly conditionalFormats: readonly { readonly area: AreaSnapshot; readonly type: string; readonly formula?: string; readonly fill?: string; readonly font?: string }[];
}

interface TableSnapshot {
  readonly name: string;
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly height: number;
  readonly width: number;
  readonly showTotals: boolean;
  readonly style: string;
  readonly filters: readonly (readonly [string, Filter])[];
}

export interface FakeExcelSnapshot {
  readonly version: 1;
  readonly sheets: readonly SheetSnapshot[];
  readonly tables: readonly TableSnapshot[];
  readonly activeSheet: string | null;
}

const areaOut = (a: Area): AreaSnapshot => ({ sheet: a.sheet.name, top: a.top, left: a.left, rows: a.rows, cols: a.cols });

export function snapshotOf(fake: FakeExcel): FakeExcelSnapshot {
  return {
    version: 1,
    activeSheet: fake.activeSheet,
    sheets: fake.sheets.map((s) => ({
      name: s.name,
      cells: s.rows.flatMap((row, r) => {
        const cells = (row ?? []).flatMap((cell, c) => (cell ? [[c, { ...cell }] as const] : []));
        return cells.length > 0 ? [[r, cells] as const] : [];
      }),
      frozenRows: s.frozenRows,
      columnWidths: [...s.columnWidths],
      views: [...s.views].map(([name, filters]) => [name, [...filters]] as const),
      activeView: s.activeView,
      validations: s.validations.map((v) => ({ area: areaOut(v.area), rule: v.rule, errorAlert: v.errorAlert })),
      conditionalFormats: s.conditionalFormats.map((f) => ({ ...f, area: areaOut(f.area) })),
    })),
    tables: fake.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      top: t.top,
      left: t.left,
      height: t.height,
      width: t.width,
      showTotals: t.showTotals,
      style: t.style,
      filters: [...t.filters],
    })),
  };
}

/** A new fake holding the snapshot's document; throws on a snapshot that names a sheet it lacks. */
export function restoreFake(snapshot: FakeExcelSnapshot, options: FakeExcelOptions = {}): FakeExcel {
  const fake = new FakeExcel(options);
  const sheets = new Map<string, FakeSheet>();
  const sheetNamed = (name: string): FakeSheet => {
    const sheet = sheets.get(name);
    if (!sheet) throw new Error(`fake host: snapshot names a missing sheet ${name}`);
    return sheet;
  };
  const areaIn = (a: AreaSnapshot): Area => ({ ...a, sheet: sheetNamed(a.sheet) });
  for (const s of snapshot.sheets) {
    const sheet = new FakeSheet(s.name);
    for (const [r, cells] of s.cells) {
      const line: (FakeCell | undefined)[] = (sheet.rows[r] = []);
      for (const [c, cell] of cells) line[c] = { ...cell };
    }
    sheet.frozenRows = s.frozenRows;
    for (const [col, width] of s.columnWidths) sheet.columnWidths.set(col, width);
    for (const [name, filters] of s.views) sheet.views.set(name, new Map(filters));
    sheet.activeView = s.activeView;
    sheets.set(s.name, sheet);
    fake.sheets.push(sheet);
  }
  // areas refer to sheets, so they are rebuilt once every sheet exists
  for (const s of snapshot.sheets) {
    const sheet = sheetNamed(s.name);
    for (const v of s.validations) sheet.validations.push({ ...v, area: areaIn(v.area) });
    for (const f of s.conditionalFormats) sheet.conditionalFormats.push({ ...f, area: areaIn(f.area) });
  }
  for (const t of snapshot.tables) {
    const table = new FakeTable(t.name, sheetNamed(t.sheet), t.top, t.left, t.height, t.width);
    table.showTotals = t.showTotals;
    table.style = t.style;
    for (const [name, filter] of t.filters) table.filters.set(name, filter);
    fake.tables.push(table);
  }
  fake.activeSheet = snapshot.activeSheet;
  return fake;
}

/** Parses what localStorage held; null for nothing or a snapshot of another shape (start empty). */
export function parseSnapshot(text: string | null): FakeExcelSnapshot | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === "object" && value !== null && (value as { version?: unknown }).version === 1) return value as FakeExcelSnapshot;
  } catch {
    // a corrupt snapshot is a fresh workbook, as a test harness should not wedge on leftovers
  }
  return null;
}
