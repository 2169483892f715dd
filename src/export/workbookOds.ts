// The tracking workbook as an OpenDocument spreadsheet (.ods): every schema sheet with its header, the
// rows as typed cells (text, numbers, real dates with a date style), column widths, and the computed
// columns as working OpenFormula (openFormula.ts), so LibreOffice recalculates 狀態, 逾期天數 and 組室總覽
// to what computeStatus says. Written over jszip (odfPackage.ts) like the .odt report.
import type { CellValue } from "../workbook/cells";
import { caseToCells, divisionToCells, historyToCells, meetingToCells, settingsToCells } from "../workbook/cells";
import { serialToIso } from "../workbook/excelDate";
import type { WorkbookData } from "../workbook/model";
import { SCHEMA, type ColumnSpec, type TableKey, type TableSpec } from "../workbook/schema";
import { fontFaceDecls, MIME, writeOdfPackage } from "./odfPackage";
import { toOpenFormula, type SheetLayout } from "./openFormula";
import { FONT } from "./reportLayout";
import { escapeXml } from "./xml";

type Cells = Readonly<Partial<Record<string, CellValue>>>;

/** Each table's rows as cells by column key, as the stores write them (date-times on 設定's 時區 clock). */
function tableRows(data: WorkbookData): Record<TableKey, readonly Cells[]> {
  const zone = data.settings.timeZone;
  return {
    meetings: data.meetings.map((m) => meetingToCells(m, zone)),
    cases: data.cases.map((c) => caseToCells(c, zone)),
    history: data.history.map((h) => historyToCells(h, zone)),
    divisions: data.divisions.map(divisionToCells),
    settings: [settingsToCells({ ...data.settings })],
    overview: data.divisions.map((d) => ({ division: d.name })),
  };
}

// a character of a CJK column is about 0.25 cm wide at 10 pt
const widthCm = (c: ColumnSpec) => `${Math.max(1.5, c.width * 0.25).toFixed(2)}cm`;

function styles(): string {
  return (
    fontFaceDecls(FONT) +
    `<office:styles><style:default-style style:family="table-cell"><style:text-properties style:font-name="${FONT.cjk}" style:font-name-asian="${FONT.cjk}" fo:font-size="10pt" style:font-size-asian="10pt"/></style:default-style></office:styles>`
  );
}

function automaticStyles(): string {
  const columns = SCHEMA.flatMap((t) => t.columns.map((c, i) => `<style:style style:name="co-${t.key}-${i}" style:family="table-column"><style:table-column-properties style:column-width="${widthCm(c)}"/></style:style>`));
  return (
    `<office:automatic-styles>` +
    `<number:date-style style:name="N-date"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>` +
    `<number:date-style style:name="N-datetime"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:date-style>` +
    `<number:number-style style:name="N-int"><number:number number:decimal-places="0" number:min-integer-digits="1"/></number:number-style>` +
    `<number:percentage-style style:name="N-pct"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>` +
    columns.join("") +
    `<style:style style:name="ce-head" style:family="table-cell"><style:table-cell-properties fo:background-color="#DDEBF7" fo:border-bottom="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>` +
    `<style:style style:name="ce-date" style:family="table-cell" style:data-style-name="N-date"/>` +
    `<style:style style:name="ce-datetime" style:family="table-cell" style:data-style-name="N-datetime"/>` +
    `<style:style style:name="ce-int" style:family="table-cell" style:data-style-name="N-int"/>` +
    `<style:style style:name="ce-pct" style:family="table-cell" style:data-style-name="N-pct"/>` +
    `<style:style style:name="ce-text" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/></style:style>` +
    `</office:automatic-styles>`
  );
}

const textCell = (text: string) => `<table:table-cell table:style-name="ce-text" office:value-type="string"><text:p>${escapeXml(text)}</text:p></table:table-cell>`;

/** A date-time serial (already on the workbook's local clock) as ODF's zone-less 2026-12-05T08:56:20.048. */
function localDateTime(serial: number): string | undefined {
  const day = serialToIso(serial);
  if (day === undefined) return undefined;
  const ms = Math.round((serial - Math.floor(serial)) * 86_400_000);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const time = `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
  return `${day}T${time}`;
}

function valueCell(column: ColumnSpec, value: CellValue | undefined): string {
  if (value === null || value === undefined || value === "") return "<table:table-cell/>";
  if (column.kind === "date" && typeof value === "number") {
    const iso = serialToIso(value);
    return iso === undefined ? textCell(String(value)) : `<table:table-cell table:style-name="ce-date" office:value-type="date" office:date-value="${iso}"><text:p>${iso}</text:p></table:table-cell>`;
  }
  if (column.kind === "datetime" && typeof value === "number") {
    const local = localDateTime(value);
    return local === undefined ? textCell(String(value)) : `<table:table-cell table:style-name="ce-datetime" office:value-type="date" office:date-value="${local}"><text:p>${local.slice(0, 16).replace("T", " ")}</text:p></table:table-cell>`;
  }
  if (typeof value === "number") return `<table:table-cell table:style-name="ce-int" office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`;
  if (typeof value === "boolean") return `<table:table-cell office:value-type="boolean" office:boolean-value="${value}"><text:p>${value ? "TRUE" : "FALSE"}</text:p></table:table-cell>`;
  return textCell(value);
}

function sheetXml(spec: TableSpec, rows: readonly Cells[], layouts: ReadonlyMap<string, SheetLayout>): string {
  const head = `<table:table-header-rows><table:table-row>${spec.columns.map((c) => `<table:table-cell table:style-name="ce-head" office:value-type="string"><text:p>${escapeXml(c.header)}</text:p></table:table-cell>`).join("")}</table:table-row></table:table-header-rows>`;
  const body = rows
    .map((cells, i) => {
      const row = i + 2;
      const xml = spec.columns.map((c) => {
        const value = cells[c.key];
        if (c.kind === "formula" && c.formula !== undefined) {
          const style = c.numberFormat === "0" ? ' table:style-name="ce-int"' : c.numberFormat === "0.0%" ? ' table:style-name="ce-pct"' : "";
          return `<table:table-cell${style} table:formula="${escapeXml(toOpenFormula(c.formula, spec.name, row, layouts))}"/>`;
        }
        // =TODAY() as the as-of date stays a formula, so the sheet is right tomorrow (text elsewhere is never one)
        if (spec.key === "settings" && typeof value === "string" && /^=TODAY\(\)$/iu.test(value)) {
          return `<table:table-cell table:style-name="ce-date" table:formula="of:=TODAY()" office:value-type="date"/>`;
        }
        return valueCell(c, value);
      });
      return `<table:table-row>${xml.join("")}</table:table-row>`;
    })
    .join("");
  return (
    `<table:table table:name="${escapeXml(spec.name)}">` +
    spec.columns.map((_, i) => `<table:table-column table:style-name="co-${spec.key}-${i}"/>`).join("") +
    head +
    body +
    `</table:table>`
  );
}

/**
 * Writes the workbook as .ods bytes.
 *
 * @param created when the file is made (ISO timestamp, for its metadata)
 */
export function writeWorkbookOds(data: WorkbookData, created: string): Promise<Uint8Array> {
  const rows = tableRows(data);
  const layouts = new Map<string, SheetLayout>(
    SCHEMA.map((t) => [t.name, { sheet: t.name, columns: new Map(t.columns.map((c, i) => [c.header, i])), rows: rows[t.key].length }]),
  );
  const sheets = SCHEMA.map((t) => sheetXml(t, rows[t.key], layouts)).join("");
  return writeOdfPackage({
    mime: MIME.ods,
    content: fontFaceDecls(FONT) + automaticStyles() + `<office:body><office:spreadsheet>${sheets}</office:spreadsheet></office:body>`,
    styles: styles(),
    title: "會議列管",
    created,
  });
}
