// The 辦理情形 report as Word (.docx) with the `docx` library: the same layout as the .odt (A4 landscape,
// a CJK font, the header row repeated on each page, page numbers in the footer, statistics last). The
// case table's body rows are written as text by docxRows.ts and spliced in after packing (see
// spliceCaseRows): building them as library objects took 2 of the 3 s a 10,000-case report cost.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph as DocxParagraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
} from "docx";
import JSZip from "jszip";
import type { ReportModel } from "../report";
import { bodyRowsXml } from "./docxRows";
import { CASE_COLUMNS, FONT, PAGE, STATISTICS_COLUMNS, caseCells, statisticsPage, titleBlock, type Cell, type LayoutColumn, type Paragraph } from "./reportLayout";

const twip = (cm: number) => convertMillimetersToTwip(cm * 10);
// Word's run font: Latin and East Asian faces; a reader without Noto Sans CJK TC falls back to its own CJK font.
const font = { ascii: FONT.cjk, hAnsi: FONT.cjk, eastAsia: FONT.cjk };
const size = (pt: number) => pt * 2; // half-points

// Runs carry only what differs from their paragraph style (bold, the 未填報 red): fewer elements to build.
function run(r: Paragraph[number]): TextRun {
  const bold = r.strong === true || r.flag === true;
  return bold ? new TextRun({ text: r.text, bold: true, ...(r.flag ? { color: "C00000" } : {}) }) : new TextRun(r.text);
}

const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = { top: border, bottom: border, left: border, right: border };

// Borders, margins and widths are set once on the table (tblBorders, tblCellMar, tblGrid), not per cell:
// the docx library's cost grows with every element, and a 5,000-row report has 35,000 cells.
function cell(content: Cell, options: { header?: boolean; alignEnd?: boolean } = {}): TableCell {
  return new TableCell({
    ...(options.header ? { verticalAlign: VerticalAlign.CENTER, shading: { type: ShadingType.CLEAR, fill: "D9D9D9", color: "auto" } } : {}),
    children: content.map(
      (p) =>
        new DocxParagraph({
          style: options.header ? "Head" : "Cell",
          ...(options.header ? { alignment: AlignmentType.CENTER } : options.alignEnd ? { alignment: AlignmentType.END } : {}),
          children: p.map(run),
        }),
    ),
  });
}

function table(columns: readonly LayoutColumn[], rows: readonly (readonly Cell[])[], numeric = false): Table {
  const total = columns.reduce((sum, c) => sum + c.widthCm, 0);
  return tableOf(columns, total, rows.map((row) => new TableRow({ children: row.map((content, i) => cell(content, { alignEnd: numeric && i > 0 })) })));
}

function tableOf(columns: readonly LayoutColumn[], total: number, body: readonly TableRow[]): Table {
  const header = new TableRow({ tableHeader: true, children: columns.map((c) => cell([[{ text: c.header }]], { header: true })) });
  return new Table({
    width: { size: twip(total), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: columns.map((c) => twip(c.widthCm)),
    borders: { ...borders, insideHorizontal: border, insideVertical: border },
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    rows: [header, ...body],
  });
}

// The case table's body is spliced in as text after the library has written the document: the library
// writes the table (properties, grid, repeated header row) and one marker row where the body goes.
const BODY_MARKER = "\u2063REPORT-CASE-ROWS\u2063";

function caseTableWithMarker(): Table {
  const total = CASE_COLUMNS.reduce((sum, c) => sum + c.widthCm, 0);
  return tableOf(CASE_COLUMNS, total, [new TableRow({ children: [new TableCell({ columnSpan: CASE_COLUMNS.length, children: [new DocxParagraph(BODY_MARKER)] })] })]);
}

/** Replaces the marker row of word/document.xml with the body rows, re-zipping the package. */
async function spliceCaseRows(packed: ArrayBuffer, rowsXml: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(packed);
  const entry = zip.file("word/document.xml");
  if (entry === null) throw new Error("docx 套件缺少 word/document.xml");
  const xml = await entry.async("string");
  const at = xml.indexOf(BODY_MARKER);
  const start = xml.lastIndexOf("<w:tr>", at);
  const end = xml.indexOf("</w:tr>", at);
  if (at < 0 || start < 0 || end < 0 || xml.indexOf(BODY_MARKER, at + 1) >= 0) throw new Error("docx 報告的案件表格標記列找不到或不只一個");
  zip.file("word/document.xml", xml.slice(0, start) + rowsXml + xml.slice(end + "</w:tr>".length), { createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

const line = (text: string, pt: number, options: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; pageBreakBefore?: boolean } = {}) =>
  new DocxParagraph({
    alignment: options.align ?? AlignmentType.START,
    pageBreakBefore: options.pageBreakBefore === true,
    spacing: { before: 60 },
    children: [new TextRun({ text, font, size: size(pt), bold: options.bold === true })],
  });

/** Writes the report as .docx bytes. */
export async function writeReportDocx(model: ReportModel): Promise<Uint8Array> {
  const t = titleBlock(model);
  const stats = statisticsPage(model);
  const footer = new Footer({
    children: [
      new DocxParagraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ font, size: size(9), children: ["第 ", PageNumber.CURRENT, " 頁，共 ", PageNumber.TOTAL_PAGES, " 頁"] })],
      }),
    ],
  });
  const doc = new Document({
    title: model.title,
    creator: "會議列管 Minutes Tracker",
    styles: {
      default: { document: { run: { font, size: size(10) } } },
      paragraphStyles: [
        { id: "Cell", name: "Report cell", basedOn: "Normal", run: { font, size: size(9.5) } },
        { id: "Head", name: "Report header cell", basedOn: "Normal", run: { font, size: size(10), bold: true } },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twip(PAGE.heightCm), height: twip(PAGE.widthCm), orientation: PageOrientation.LANDSCAPE },
            margin: { top: twip(PAGE.marginTopCm), bottom: twip(PAGE.marginBottomCm), left: twip(PAGE.marginCm), right: twip(PAGE.marginCm) },
          },
        },
        footers: { default: footer },
        children: [
          line(t.organization, 13, { bold: true, align: AlignmentType.CENTER }),
          line(t.title, 16, { bold: true, align: AlignmentType.CENTER }),
          ...(t.subtitle === "" ? [] : [line(t.subtitle, 12, { align: AlignmentType.CENTER })]),
          line(t.note, 9, { align: AlignmentType.END }),
          caseTableWithMarker(),
          line(stats.heading, 14, { bold: true, align: AlignmentType.CENTER, pageBreakBefore: true }),
          table(STATISTICS_COLUMNS, stats.rows.map((row) => row.map((text): Cell => [[{ text }]])), true),
          ...stats.longest.map((text) => line(text, 9.5)),
        ],
      },
    ],
  });
  const rowsXml = bodyRowsXml(model.rows.map(caseCells), CASE_COLUMNS.map((c) => twip(c.widthCm)));
  // Packer.toBuffer needs Node's Buffer; toArrayBuffer works in the task pane too.
  return spliceCaseRows(await Packer.toArrayBuffer(doc), rowsXml);
}
