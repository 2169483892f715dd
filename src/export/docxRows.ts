// The .docx case table's body rows written straight as WordprocessingML text. The `docx` library builds
// several objects per cell and serialises them through a generic XML writer; for a 5,000-row report
// (35,000 cells, ~70,000 runs) that was most of the 2.9 s the .docx took. The rows here carry exactly
// what the library wrote for them (cell width, the "Cell" paragraph style, bold and red runs), so
// the document reads the same in Word and LibreOffice; the table, its header row and everything else
// is still the library's (see reportDocx.ts, which splices these rows in place of a marker row).
import type { Cell, Paragraph } from "./reportLayout";
import { escapeXml } from "./xml";

/** The paragraph style the library declares for body cells (reportDocx.ts styles). */
export const CELL_STYLE = "Cell";

function runXml(run: Paragraph[number]): string {
  const text = `<w:t xml:space="preserve">${escapeXml(run.text)}</w:t>`;
  if (run.flag === true) return `<w:r><w:rPr><w:b/><w:bCs/><w:color w:val="C00000"/></w:rPr>${text}</w:r>`;
  if (run.strong === true) return `<w:r><w:rPr><w:b/><w:bCs/></w:rPr>${text}</w:r>`;
  return `<w:r>${text}</w:r>`;
}

function cellXml(content: Cell, widthTwip: number): string {
  let xml = `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widthTwip}"/></w:tcPr>`;
  // A cell must end with a paragraph (ECMA-376 §17.4.66), even an empty one.
  const paragraphs = content.length > 0 ? content : [[]];
  for (const p of paragraphs) xml += `<w:p><w:pPr><w:pStyle w:val="${CELL_STYLE}"/></w:pPr>${p.map(runXml).join("")}</w:p>`;
  return `${xml}</w:tc>`;
}

/**
 * The `<w:tr>` elements of the rows, one cell per column width (in twips). A row with more or fewer
 * cells than columns is a programming error in the layout, so it throws rather than write a table
 * Word would call damaged.
 */
export function bodyRowsXml(rows: readonly (readonly Cell[])[], widthsTwip: readonly number[]): string {
  const parts: string[] = [];
  for (const [index, row] of rows.entries()) {
    if (row.length !== widthsTwip.length) throw new Error(`報告表格第 ${index + 1} 列有 ${row.length} 欄，應為 ${widthsTwip.length} 欄`);
    parts.push(`<w:tr>${row.map((content, i) => cellXml(content, widthsTwip[i] ?? 0)).join("")}</w:tr>`);
  }
  return parts.join("");
}
