// Opens an .ods of the tracking workbook (one this add-in wrote, or LibreOffice saved from it) as the
// workbook's data: each schema sheet is found by name, its columns by header, cells read with their
// types (repeated cells and rows expanded as ODF stores them), and every row decoded by the same codec
// as the .xlsx stores (cells.ts), so the same checks and messages apply. The standalone pane turns the
// result into its .xlsx file.
import { DOMParser, type Element } from "@xmldom/xmldom";
import JSZip from "jszip";
import { fail, ok, parseIsoDate, type Division, type Result } from "../domain";
import { problem } from "../problems";
import { caseFromCells, divisionFromCells, historyFromCells, meetingFromCells, settingsFromCells, type CellValue } from "../workbook/cells";
import { isoToSerial } from "../workbook/excelDate";
import type { CaseRow, HistoryRow, MeetingRow, WorkbookData } from "../workbook/model";
import { SCHEMA, type TableKey } from "../workbook/schema";
import { MIME } from "./odfPackage";

const TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
/** More repeated empty rows or cells than any workbook has: LibreOffice pads sheets to 1,048,576 rows. */
const MAX_REPEAT = 100_000;

/** True when the bytes are an ODF spreadsheet package (its mimetype entry comes first, stored). */
export function isOds(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(30, 38 + MIME.ods.length));
  return head === `mimetype${MIME.ods}`;
}

type Cells = Record<string, CellValue>;

const children = (el: Element, ns: string, name: string): Element[] =>
  Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === name);

function cellText(cell: Element): string {
  return children(cell, TEXT_NS, "p")
    .map((p) => p.textContent ?? "")
    .join("\n");
}

/**
 * An office:date-value as a serial: 2022-03-17 is a whole day, 2026-12-05T08:56:20.048 (a date-time,
 * local time as ODF writes it) adds the time of day as the fraction. Undefined for anything else.
 */
function dateValueSerial(value: string): number | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?$/u.exec(value.trim());
  if (!match) return undefined;
  const day = parseIsoDate(match[1] ?? "");
  if (!day.ok) return undefined;
  const [hours, minutes, seconds] = [match[2], match[3], match[4]].map((part) => Number(part ?? "0")) as [number, number, number];
  const ms = Math.round(Number(match[5] ?? "0") * 1000);
  return isoToSerial(day.value) + (((hours * 60 + minutes) * 60 + seconds) * 1000 + ms) / 86_400_000;
}

function cellValue(cell: Element): CellValue {
  const type = cell.getAttributeNS(OFFICE_NS, "value-type");
  if (type === "float" || type === "percentage" || type === "currency") return Number(cell.getAttributeNS(OFFICE_NS, "value"));
  if (type === "date") return dateValueSerial(cell.getAttributeNS(OFFICE_NS, "date-value") ?? "") ?? cellText(cell);
  if (type === "boolean") return cell.getAttributeNS(OFFICE_NS, "boolean-value") === "true";
  const text = cellText(cell);
  return text === "" ? null : text;
}

/** A sheet's rows as cell lists (header first), repeats expanded up to the last non-empty cell. */
function sheetRows(table: Element): { values: CellValue[]; formulas: (string | null)[] }[] {
  const rows: { values: CellValue[]; formulas: (string | null)[] }[] = [];
  const rowElements = [...children(table, TABLE_NS, "table-header-rows").flatMap((h) => children(h, TABLE_NS, "table-row")), ...children(table, TABLE_NS, "table-row")];
  for (const row of rowElements) {
    const values: CellValue[] = [];
    const formulas: (string | null)[] = [];
    for (const cell of [...children(row, TABLE_NS, "table-cell"), ...children(row, TABLE_NS, "covered-table-cell")]) {
      const repeat = Math.min(Number(cell.getAttributeNS(TABLE_NS, "number-columns-repeated") || "1"), MAX_REPEAT);
      const value = cellValue(cell);
      const formula = cell.getAttributeNS(TABLE_NS, "formula") || null;
      // empty cells repeated to the sheet's edge (16,384 columns) are padding: no schema table is 64 columns wide
      const times = value === null && formula === null ? Math.min(repeat, 64) : repeat;
      for (let i = 0; i < times; i++) {
        values.push(value);
        formulas.push(formula);
      }
    }
    const repeatRows = Math.min(Number(row.getAttributeNS(TABLE_NS, "number-rows-repeated") || "1"), MAX_REPEAT);
    const empty = values.every((v) => v === null) && formulas.every((f) => f === null);
    if (empty) continue; // padding rows (LibreOffice repeats empty rows to the sheet's end)
    for (let i = 0; i < repeatRows; i++) rows.push({ values, formulas });
  }
  return rows;
}

/** Each schema table's data rows as cells by column key; a missing sheet or column is named. */
function tableCells(root: Element): Result<Record<TableKey, Cells[]>> {
  const sheets = new Map<string, Element>();
  for (const body of root.getElementsByTagNameNS(OFFICE_NS, "spreadsheet")) for (const t of children(body, TABLE_NS, "table")) sheets.set(t.getAttributeNS(TABLE_NS, "name") ?? "", t);
  const out = {} as Record<TableKey, Cells[]>;
  for (const spec of SCHEMA) {
    const sheet = sheets.get(spec.name);
    if (!sheet) return fail(problem("ods.sheetMissing", { sheet: spec.name }));
    const [header, ...rows] = sheetRows(sheet);
    const positions = new Map<string, number>();
    header?.values.forEach((v, i) => {
      if (typeof v === "string") positions.set(v.trim(), i);
    });
    const missing = spec.columns.filter((c) => c.kind !== "formula" && c.required === true && !positions.has(c.header));
    if (missing.length > 0) return fail(problem("ods.columnsMissing", { sheet: spec.name, columns: missing.map((c) => c.header) }));
    out[spec.key] = rows.map((row) => {
      const cells: Cells = {};
      for (const c of spec.columns) {
        const at = positions.get(c.header);
        if (at === undefined || c.kind === "formula") continue;
        const formula = row.formulas[at];
        // =TODAY() as the as-of date means "today", whatever its cached result
        cells[c.key] = spec.key === "settings" && formula !== null && formula !== undefined && /TODAY\(\)/iu.test(formula) ? "=TODAY()" : (row.values[at] ?? null);
      }
      return cells;
    });
  }
  return ok(out);
}

function decodeAll<T>(rows: readonly Cells[], decode: (cells: Cells, row: number) => Result<T>): Result<T[]> {
  const out: T[] = [];
  for (const [i, cells] of rows.entries()) {
    const decoded = decode(cells, i + 2);
    if (!decoded.ok) return decoded;
    out.push(decoded.value);
  }
  return ok(out);
}

/** Reads an .ods of the tracking workbook. */
export async function readWorkbookOds(bytes: Uint8Array): Promise<Result<WorkbookData>> {
  if (!isOds(bytes)) return fail(problem("ods.notOds", {}));
  let xml: string | undefined;
  try {
    xml = await (await JSZip.loadAsync(bytes)).file("content.xml")?.async("string");
  } catch (error) {
    return fail(problem("ods.damaged", { detail: error instanceof Error ? error.message : String(error) }));
  }
  if (xml === undefined) return fail(problem("ods.noContent", {}));
  const parsed = new DOMParser({ onError: () => undefined }).parseFromString(xml, "text/xml");
  const root = parsed.documentElement;
  if (!root) return fail(problem("ods.contentUnreadable", {}));
  const tables = tableCells(root);
  if (!tables.ok) return tables;
  const t = tables.value;
  // 設定 first: its 時區 is the zone of the date-time cells
  const settings = settingsFromCells(t.settings[0]);
  if (!settings.ok) return settings;
  const zone = settings.value.timeZone;
  const meetings = decodeAll<MeetingRow>(t.meetings, (cells, row) => meetingFromCells(cells, row, zone));
  if (!meetings.ok) return meetings;
  const cases = decodeAll<CaseRow>(t.cases, (cells, row) => caseFromCells(cells, row, zone));
  if (!cases.ok) return cases;
  const history = decodeAll<HistoryRow>(t.history, (cells, row) => historyFromCells(cells, row, zone));
  if (!history.ok) return history;
  const divisions = t.divisions.map((cells) => divisionFromCells(cells)).filter((d): d is Division => d !== undefined);
  return ok({ meetings: meetings.value, cases: cases.value, history: history.value, divisions, settings: settings.value });
}
