// A new tracking workbook from the schema: a sheet per table, each a real Excel Table with the schema's
// headers, formats, widths, frozen header, validation lists and formulas; 設定, 組室 and 組室總覽 seeded.
// exceljs lays out sheets, styles and conditional formats; the table parts and validations are then
// written by this module's own XML (exceljs cannot write a calculated column formula).
import ExcelJS from "exceljs";
import { DEFAULT_DIVISIONS } from "../../domain";
import { divisionToCells, settingsToCells, type CellRow } from "../cells";
import { DEFAULT_SETTINGS, SCHEMA, STATUS_STYLES, TABLE_STYLE, WORKBOOK_FONT, columnSpec, tableSpec, type TableSpec } from "../schema";
import { columnLetters, formatRange } from "../a1";
import { isRelType } from "./parts";
import { withValidation } from "./sheetFrame";
import { parseTableXml, renderTableXml } from "./tableXml";
import { listValidation, renderValidation } from "./validation";
import { XlsxPackage } from "./xlsxPackage";

/** The schema formula in the form a cell or a table column stores it: no leading =. */
const stored = (formula: string) => formula.replace(/^=/, "");

/** The rows a new table starts with: seeded data, or one blank row (Excel tables hold at least one). */
function initialRows(spec: TableSpec): CellRow[] {
  switch (spec.key) {
    case "settings":
      return [settingsToCells(DEFAULT_SETTINGS)];
    case "divisions":
      return DEFAULT_DIVISIONS.map(divisionToCells);
    case "overview":
      return DEFAULT_DIVISIONS.map((d) => ({ division: d.name }));
    default:
      return [{}];
  }
}

type ExcelValue = string | number | boolean | null | { formula: string };

function excelValue(spec: TableSpec, key: string, cells: CellRow): ExcelValue {
  const column = columnSpec(spec.key, key);
  if (column.kind === "formula" && column.formula !== undefined) return { formula: stored(column.formula) };
  const value = cells[key] ?? null;
  // Only the 設定 as-of date holds a formula (=TODAY()) among the value columns.
  if (typeof value === "string" && value.startsWith("=") && spec.key === "settings") return { formula: stored(value) };
  return value === "" ? null : value;
}

function addTableSheet(workbook: ExcelJS.Workbook, spec: TableSpec): void {
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  const rows = initialRows(spec);
  sheet.addTable({
    name: spec.name,
    ref: "A1",
    headerRow: true,
    style: { theme: TABLE_STYLE, showRowStripes: true },
    columns: spec.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: rows.map((cells) => spec.columns.map((c) => excelValue(spec, c.key, cells))),
  });
  spec.columns.forEach((column, i) => {
    const excelColumn = sheet.getColumn(i + 1);
    excelColumn.width = column.width;
    // The column's own format, font and wrapping too, so cells added below the table look alike.
    excelColumn.numFmt = column.numberFormat;
    const font = { name: WORKBOOK_FONT.name, size: WORKBOOK_FONT.size, charset: WORKBOOK_FONT.charset };
    // Every column top-aligned: a row grown for a wrapped 案由 reads from its first line across.
    const alignment = column.wrap ? ({ wrapText: true, vertical: "top" } as const) : ({ vertical: "top" } as const);
    excelColumn.font = font;
    excelColumn.alignment = alignment;
    for (let row = 1; row <= rows.length + 1; row++) {
      const cell = sheet.getCell(row, i + 1);
      if (row > 1) cell.numFmt = column.numberFormat;
      cell.font = font;
      if (row > 1) cell.alignment = alignment;
    }
  });
  sheet.getCell(1, 1).note = spec.purpose;

  if (spec.key === "cases") {
    const status = columnLetters(spec.columns.findIndex((c) => c.key === "status") + 1);
    sheet.addConditionalFormatting({
      ref: formatRange({ top: 2, left: 1, bottom: rows.length + 1, right: spec.columns.length }),
      rules: Object.entries(STATUS_STYLES).map(([label, style], i) => ({
        type: "expression",
        priority: i + 1,
        formulae: [`$${status}2="${label}"`],
        style: {
          font: { color: { argb: `FF${style.font.slice(1)}` } },
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${style.fill.slice(1)}` } },
        },
      })),
    });
  }
}

/** Rewrites each table part as this store writes tables, and adds the validation lists. */
async function finishTables(bytes: Uint8Array): Promise<Uint8Array> {
  const opened = await XlsxPackage.open(bytes, "new workbook");
  if (!opened.ok) throw new Error(opened.error);
  const pkg = opened.value;
  for (const rel of await pkg.relationships(pkg.workbookPath)) {
    if (!isRelType(rel, "worksheet")) continue;
    for (const tableRel of await pkg.relationships(rel.path)) {
      if (!isRelType(tableRel, "table")) continue;
      const written = parseTableXml((await pkg.text(tableRel.path)) ?? "");
      const spec = SCHEMA.find((s) => s.name === written?.name);
      if (!written || !spec) throw new Error(`exceljs wrote a table this schema does not know: ${tableRel.path}`);
      pkg.setText(
        tableRel.path,
        renderTableXml({
          id: written.id,
          name: spec.name,
          ref: written.ref,
          style: TABLE_STYLE,
          columns: spec.columns.map((c, i) => ({ id: i + 1, name: c.header, ...(c.kind === "formula" && c.formula ? { formula: stored(c.formula) } : {}) })),
        }),
      );
      let sheetXml = (await pkg.text(rel.path)) ?? "";
      spec.columns.forEach((column, i) => {
        const validation = listValidation(column);
        const range = { top: 2, left: i + 1, bottom: written.ref.bottom, right: i + 1 };
        if (validation) sheetXml = withValidation(sheetXml, renderValidation(validation, formatRange(range)));
      });
      // exceljs writes a note's <legacyDrawing> after <tableParts>; the worksheet schema wants it before.
      sheetXml = sheetXml.replace(/(<tableParts\b[\s\S]*?<\/tableParts>)(<legacyDrawing\b[^>]*\/>)/, "$2$1");
      pkg.setText(rel.path, sheetXml);
    }
  }
  return pkg.toBytes();
}

/** The bytes of a new, empty tracking workbook. */
export async function createWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "會議列管 Minutes Tracker";
  // Formula cells carry no results until a spreadsheet computes them.
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const spec of SCHEMA) addTableSheet(workbook, spec);
  const cases = SCHEMA.findIndex((s) => s.key === tableSpec("cases").key);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: cases, visibility: "visible" }];
  const buffer = await workbook.xlsx.writeBuffer();
  return finishTables(new Uint8Array(buffer));
}
