import JSZip from "jszip";
import { writeReportDocx } from "../../src/export/reportDocx";
import { sampleReport } from "./reportData";

describe("the .docx report's page and table", () => {
  it("is A4 landscape with the CJK font, a repeated header row and page numbers in the footer", async () => {
    const zip = await JSZip.loadAsync(await writeReportDocx(sampleReport()));
    const document = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const footers = await Promise.all(zip.file(/word\/footer\d*\.xml/).map((f) => f.async("string")));
    // A4 in twips: 297 mm = 16838, 210 mm = 11906 (docx rounds from millimetres)
    expect(document).toMatch(/<w:pgSz w:w="1683[78]" w:h="1190[56]" w:orient="landscape"\/>/u);
    expect(document).toContain('w:eastAsia="Noto Sans CJK TC"');
    expect(document.match(/<w:tblHeader\/>/gu)?.length).toBe(2);
    expect(footers.join("")).toMatch(/PAGE[\s\S]*NUMPAGES/u);
  });

  it("has one body row per reported case, spliced where the library's marker row was", async () => {
    const model = sampleReport();
    const zip = await JSZip.loadAsync(await writeReportDocx(model));
    const document = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(document).not.toContain("REPORT-CASE-ROWS");
    const caseTable = document.slice(0, document.indexOf("</w:tbl>"));
    // the header row plus one row per case
    expect(caseTable.match(/<w:tr>/gu)).toHaveLength(model.rows.length + 1);
    for (const row of model.rows) expect(caseTable).toContain(`<w:t xml:space="preserve">${row.caseId}</w:t>`);
    expect(Object.keys(zip.files).filter((name) => name.endsWith("/"))).toEqual([]);
  });
});
