// Test helpers for the file store: the sample minutes, stores over bytes, and edits made with exceljs
// the way another program (or a person in Excel) would change the file.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DEFAULT_DIVISIONS, createDivisionRegistry, ok, type IsoDate, type Result } from "../../../src/domain";
import { parseMinutes } from "../../../src/minutes/parseMinutes";
import type { MeetingRecord } from "../../../src/minutes/types";
import type { ImportContext } from "../../../src/workbook/applyMeeting";
import { emptyCase, type CaseRow, type Planned, type WorkbookChanges, type WorkbookData } from "../../../src/workbook/model";
import { BytesInMemory, FileStore } from "../../../src/workbook/xlsx";
import { unwrap } from "../../domain/support";

const registry = unwrap(createDivisionRegistry(DEFAULT_DIVISIONS));
const fixtures = join(__dirname, "../../fixtures");
export const minutes = (path: string): MeetingRecord => unwrap(parseMinutes(readFileSync(join(fixtures, path), "utf8"), { registry }));
export const m110 = minutes("secretariat-110.txt");
export const m111 = minutes("minutes/affairs-111-crlf-bom.txt");
export const ctx = (now: string): ImportContext => ({ now, by: "許菁芳", sourceHash: "test" });

export function fileStore(bytes: Uint8Array | null = null): { holder: BytesInMemory; store: FileStore } {
  const holder = new BytesInMemory(bytes);
  return { holder, store: new FileStore(holder, "列管.xlsx") };
}

/** A plan that writes exactly these changes. */
export const write =
  (changes: Partial<WorkbookChanges>): ((data: WorkbookData) => Result<Planned<undefined>>) =>
  () =>
    ok({ changes: { meetings: [], cases: [], history: [], ...changes }, result: undefined });

export function caseRow(caseId: string, extra: Partial<CaseRow> = {}): CaseRow {
  return { ...emptyCase(caseId), meeting: Number(caseId.slice(0, -2)), lead: ["總務組"], text: `案件 ${caseId}`, ...extra };
}

export const date = (text: string): IsoDate => text as IsoDate;

/** A cell value as text, for comparisons (exceljs values are loosely typed). */
export const textOf = (value: unknown): string => (typeof value === "string" || typeof value === "number" ? String(value) : JSON.stringify(value));

export async function loadExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

/**
 * exceljs 4.4 drops every table column after the first one with a <calculatedColumnFormula> (its list
 * parser ends at the nested element), so before exceljs edits a file, the tables lose those formulas,
 * as they would if a person turned the calculated columns off. The cells keep their formulas.
 */
async function withoutCalculatedColumns(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [path, file] of Object.entries(zip.files)) {
    if (!path.startsWith("xl/tables/")) continue;
    const xml = await file.async("string");
    zip.file(path, xml.replace(/<tableColumn\b([^>]*)><calculatedColumnFormula>[\s\S]*?<\/calculatedColumnFormula><\/tableColumn>/g, "<tableColumn$1/>"));
  }
  return zip.generateAsync({ type: "uint8array" });
}

/** The file after `edit` changed it through exceljs, as another program would. */
export async function editWithExcelJs(bytes: Uint8Array, edit: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = await loadExcelJs(await withoutCalculatedColumns(bytes));
  edit(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** exceljs's model of a loaded table: it has no API to reshape one, so tests edit the model. */
export interface ExcelJsTableModel {
  name: string;
  displayName?: string;
  tableRef: string;
  autoFilterRef?: string;
  columns: { name: string; filterButton?: boolean }[];
}

export function tableModel(worksheet: ExcelJS.Worksheet, name: string): ExcelJsTableModel {
  return (worksheet.getTable(name) as unknown as { table: ExcelJsTableModel }).table;
}

export async function partText(bytes: Uint8Array, path: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(path);
  if (!file) throw new Error(`no part ${path}`);
  return file.async("string");
}

/** Every part of the package as text, keyed by path. */
export async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [path, file] of Object.entries(zip.files)) if (!file.dir) parts.set(path, await file.async("string"));
  return parts;
}

/** The table part of a table name, with the sheet that holds it. */
export async function tablePart(bytes: Uint8Array, name: string): Promise<string> {
  for (const [path, text] of await partsOf(bytes)) if (path.startsWith("xl/tables/") && text.includes(`displayName="${name}"`)) return text;
  throw new Error(`no table ${name}`);
}

/** Deletes a table's column as a person would in Excel: the cells shift left and the table narrows. */
export function deleteTableColumn(workbook: ExcelJS.Workbook, table: string, header: string): void {
  const ws = sheet(workbook, table);
  const model = tableModel(ws, table);
  const index = model.columns.findIndex((c) => c.name === header);
  if (index < 0) throw new Error(`no column ${header}`);
  ws.spliceColumns(index + 1, 1);
  model.columns.splice(index, 1);
  const last = String.fromCharCode(64 + model.columns.length);
  model.tableRef = model.tableRef.replace(/:[A-Z]+/, `:${last}`);
  model.autoFilterRef = model.tableRef;
}

/** Adds a column of the user's own at a table's right end, with a value per row from `values`. */
export function addUserColumn(workbook: ExcelJS.Workbook, table: string, header: string, values: (row: number) => string | null): void {
  const ws = sheet(workbook, table);
  const model = tableModel(ws, table);
  model.columns.push({ name: header, filterButton: true });
  const column = model.columns.length;
  const letter = String.fromCharCode(64 + column);
  model.tableRef = model.tableRef.replace(/:[A-Z]+/, `:${letter}`);
  model.autoFilterRef = model.tableRef;
  const bottom = Number(/[0-9]+$/.exec(model.tableRef)?.[0]);
  ws.getCell(1, column).value = header;
  for (let row = 2; row <= bottom; row++) ws.getCell(row, column).value = values(row);
}

/** The file with one part's XML edited, as a spreadsheet program would have saved it. */
export async function editPart(bytes: Uint8Array, path: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(path);
  if (!file) throw new Error(`no part ${path}`);
  const before = await file.async("string");
  const after = edit(before);
  if (after === before) throw new Error(`the edit of ${path} changed nothing`);
  zip.file(path, after);
  return zip.generateAsync({ type: "uint8array" });
}

/**
 * The workbook opened and saved again by LibreOffice Calc (soffice --convert-to xlsx), which also
 * recalculates its formulas: a file "saved by LibreOffice", as a user of it would hand one over.
 */
export async function saveWithLibreOffice(bytes: Uint8Array): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), "libreoffice-"));
  try {
    writeFileSync(join(dir, "in.xlsx"), bytes);
    const profile = pathToFileURL(join(dir, "profile")).href;
    const args = [`-env:UserInstallation=${profile}`, "--headless", "--calc", "--convert-to", "xlsx", "--outdir", join(dir, "out"), join(dir, "in.xlsx")];
    await promisify(execFile)("soffice", args, { timeout: 240_000 });
    return new Uint8Array(readFileSync(join(dir, "out", "in.xlsx")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
