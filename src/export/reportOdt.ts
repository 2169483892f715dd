// The 辦理情形 report as an OpenDocument text (.odt, ODF 1.3): A4 landscape, a CJK font, the case
// table's header row repeated on every page (table:table-header-rows), page numbers in the footer, and
// the statistics on the last page. Written over jszip (odfPackage.ts): no maintained ODF writer library
// for JavaScript fits, and the parts needed here are small.
import type { ReportModel } from "../report";
import { fontFaceDecls, MIME, writeOdfPackage } from "./odfPackage";
import { CASE_COLUMNS, FONT, PAGE, STATISTICS_COLUMNS, caseCells, statisticsPage, titleBlock, type Cell, type LayoutColumn, type Paragraph } from "./reportLayout";
import { escapeXml, odfText } from "./xml";

const cm = (n: number) => `${n.toFixed(2)}cm`;

const textProps = (size: string, extra = "") =>
  `<style:text-properties style:font-name="${FONT.cjk}" style:font-name-asian="${FONT.cjk}" fo:font-size="${size}" style:font-size-asian="${size}"${extra}/>`;

function styles(): string {
  const width = cm(PAGE.widthCm);
  const height = cm(PAGE.heightCm);
  return (
    fontFaceDecls(FONT) +
    `<office:styles>` +
    `<style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="115%"/>` +
    `${textProps("10pt", ' fo:language="zh" fo:country="TW" style:language-asian="zh" style:country-asian="TW"')}</style:default-style>` +
    `<style:style style:name="Standard" style:family="paragraph" style:class="text"/>` +
    `<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">` +
    `<style:paragraph-properties fo:text-align="center"/>${textProps("9pt")}</style:style>` +
    `</office:styles>` +
    `<office:automatic-styles><style:page-layout style:name="A4Landscape">` +
    `<style:page-layout-properties fo:page-width="${width}" fo:page-height="${height}" style:print-orientation="landscape" ` +
    `fo:margin-top="${cm(PAGE.marginTopCm)}" fo:margin-bottom="${cm(PAGE.marginBottomCm)}" fo:margin-left="${cm(PAGE.marginCm)}" fo:margin-right="${cm(PAGE.marginCm)}"/>` +
    `<style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.3cm"/></style:footer-style>` +
    `</style:page-layout></office:automatic-styles>` +
    `<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4Landscape"><style:footer>` +
    `<text:p text:style-name="Footer">第 <text:page-number text:select-page="current">1</text:page-number> 頁，共 <text:page-count>1</text:page-count> 頁</text:p>` +
    `</style:footer></style:master-page></office:master-styles>`
  );
}

function paragraphStyle(name: string, paragraph: string, text: string, master = ""): string {
  return `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="Standard"${master}><style:paragraph-properties ${paragraph}/>${text}</style:style>`;
}

function tableStyles(name: string, columns: readonly LayoutColumn[]): string {
  const total = columns.reduce((sum, c) => sum + c.widthCm, 0);
  return (
    `<style:style style:name="${name}" style:family="table"><style:table-properties style:width="${cm(total)}" table:align="left" fo:margin-top="0.2cm"/></style:style>` +
    columns.map((c, i) => `<style:style style:name="${name}.C${i}" style:family="table-column"><style:table-column-properties style:column-width="${cm(c.widthCm)}"/></style:style>`).join("")
  );
}

function automaticStyles(): string {
  const border = 'fo:border="0.5pt solid #000000" fo:padding="0.08cm"';
  return (
    `<office:automatic-styles>` +
    paragraphStyle("Org", 'fo:text-align="center"', textProps("13pt", ' fo:font-weight="bold" style:font-weight-asian="bold"'), ' style:master-page-name="Standard"') +
    paragraphStyle("Title", 'fo:text-align="center" fo:margin-top="0.1cm"', textProps("16pt", ' fo:font-weight="bold" style:font-weight-asian="bold"')) +
    paragraphStyle("Subtitle", 'fo:text-align="center"', textProps("12pt")) +
    paragraphStyle("Note", 'fo:text-align="end" fo:margin-top="0.1cm"', textProps("9pt")) +
    paragraphStyle("Head", 'fo:text-align="center"', textProps("10pt", ' fo:font-weight="bold" style:font-weight-asian="bold"')) +
    paragraphStyle("Cell", 'fo:text-align="start"', textProps("9.5pt")) +
    paragraphStyle("Num", 'fo:text-align="end"', textProps("9.5pt")) +
    paragraphStyle("PageBreak", 'fo:break-before="page" fo:text-align="center"', textProps("14pt", ' fo:font-weight="bold" style:font-weight-asian="bold"')) +
    paragraphStyle("After", 'fo:margin-top="0.2cm"', textProps("9.5pt")) +
    `<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>` +
    `<style:style style:name="Flag" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" fo:color="#C00000"/></style:style>` +
    `<style:style style:name="HeadCell" style:family="table-cell"><style:table-cell-properties ${border} fo:background-color="#D9D9D9" style:vertical-align="middle"/></style:style>` +
    `<style:style style:name="BodyCell" style:family="table-cell"><style:table-cell-properties ${border} style:vertical-align="top"/></style:style>` +
    tableStyles("Cases", CASE_COLUMNS) +
    tableStyles("Stats", STATISTICS_COLUMNS) +
    `</office:automatic-styles>`
  );
}

function runXml(run: Paragraph[number]): string {
  const text = odfText(run.text);
  if (run.flag) return `<text:span text:style-name="Flag">${text}</text:span>`;
  if (run.strong) return `<text:span text:style-name="Strong">${text}</text:span>`;
  return text;
}

const paragraphXml = (paragraph: Paragraph, style = "Cell") => `<text:p text:style-name="${style}">${paragraph.map(runXml).join("")}</text:p>`;

const cellXml = (cell: Cell, style = "BodyCell", paragraphStyleName = "Cell") =>
  `<table:table-cell table:style-name="${style}" office:value-type="string">${cell.map((p) => paragraphXml(p, paragraphStyleName)).join("")}</table:table-cell>`;

function tableXml(name: string, tableName: string, columns: readonly LayoutColumn[], rows: readonly (readonly string[] | readonly Cell[])[], numeric = false): string {
  const head = `<table:table-header-rows><table:table-row>${columns.map((c) => cellXml([[{ text: c.header }]], "HeadCell", "Head")).join("")}</table:table-row></table:table-header-rows>`;
  const body = rows
    .map((row) => `<table:table-row>${row.map((cell, i) => (typeof cell === "string" ? cellXml([[{ text: cell }]], "BodyCell", numeric && i > 0 ? "Num" : "Cell") : cellXml(cell))).join("")}</table:table-row>`)
    .join("");
  return (
    `<table:table table:name="${escapeXml(tableName)}" table:style-name="${name}">` +
    columns.map((_, i) => `<table:table-column table:style-name="${name}.C${i}"/>`).join("") +
    head +
    body +
    `</table:table>`
  );
}

/** The content part's body: title block, case table, statistics page. */
function body(model: ReportModel): string {
  const t = titleBlock(model);
  const stats = statisticsPage(model);
  const p = (style: string, text: string) => `<text:p text:style-name="${style}">${odfText(text)}</text:p>`;
  return (
    `<office:body><office:text>` +
    p("Org", t.organization) +
    p("Title", t.title) +
    (t.subtitle === "" ? "" : p("Subtitle", t.subtitle)) +
    p("Note", t.note) +
    tableXml("Cases", "辦理情形", CASE_COLUMNS, model.rows.map(caseCells)) +
    p("PageBreak", stats.heading) +
    tableXml("Stats", "執行情形統計", STATISTICS_COLUMNS, stats.rows, true) +
    stats.longest.map((line) => p("After", line)).join("") +
    `</office:text></office:body>`
  );
}

/**
 * Writes the report as .odt bytes.
 *
 * @param created when the document is made (ISO timestamp, for its metadata)
 */
export function writeReportOdt(model: ReportModel, created: string): Promise<Uint8Array> {
  return writeOdfPackage({
    mime: MIME.odt,
    content: fontFaceDecls(FONT) + automaticStyles() + body(model),
    styles: styles(),
    title: model.title,
    created,
  });
}
