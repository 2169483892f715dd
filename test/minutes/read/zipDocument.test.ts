// Identifying the document inside a zip by its entries, not its name; damaged zips are errors, not throws.
import JSZip from "jszip";
import type { BoundedZip } from "../../../src/minutes/read/boundedZip";
import { identifyZipDocument, openZip } from "../../../src/minutes/read/zipDocument";
import { errorOf, fixture, unwrap } from "./support";

async function zipOf(entries: Record<string, string>): Promise<BoundedZip> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  return unwrap(await openZip(await zip.generateAsync({ type: "uint8array" })));
}

describe("identifyZipDocument", () => {
  test.each([
    ["word/document.xml is Word", { "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }, "docx"],
    ["an ODF text mimetype is ODF text", { mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "<x/>" }, "odt"],
    ["an ODF text template too", { mimetype: "application/vnd.oasis.opendocument.text-template" }, "odt"],
    ["a mimetype with a trailing newline", { mimetype: "application/vnd.oasis.opendocument.text\n" }, "odt"],
  ])("%s", async (_name, entries, format) => {
    expect(unwrap(await identifyZipDocument(await zipOf(entries)))).toBe(format);
  });

  test.each([
    ["an Excel workbook", { "xl/workbook.xml": "<workbook/>" }, "是 Excel 活頁簿（.xlsx），不是會議紀錄文件：請提供 .docx、.odt 或文字檔"],
    ["a PowerPoint deck", { "ppt/presentation.xml": "<p/>" }, "是 PowerPoint 簡報（.pptx），不是會議紀錄文件：請提供 .docx、.odt 或文字檔"],
    ["an ODF spreadsheet", { mimetype: "application/vnd.oasis.opendocument.spreadsheet" }, "是 ODF 試算表（.ods），不是會議紀錄文件：請提供 .docx、.odt 或文字檔"],
    ["an ordinary zip", { "minutes.txt": "主席：陳志銘" }, "是壓縮檔，但不是 Word（.docx）或 ODF 文字（.odt）文件"],
    ["an unknown mimetype", { mimetype: "application/epub+zip" }, "是壓縮檔，但不是 Word（.docx）或 ODF 文字（.odt）文件"],
  ])("%s is refused", async (_name, entries, message) => {
    expect(errorOf(await identifyZipDocument(await zipOf(entries)))).toBe(message);
  });

  test.each([["minutes/secretariat-110.docx", "docx"], ["minutes/secretariat-110.odt", "odt"]])("%s is %s", async (path, format) => {
    const zip = unwrap(await openZip(fixture(path)));
    expect(unwrap(await identifyZipDocument(zip))).toBe(format);
  });
});

describe("openZip", () => {
  test.each([
    ["a zip cut in half", fixture("minutes/secretariat-110.docx").slice(0, 4000)],
    ["only the signature", new Uint8Array([0x50, 0x4b, 0x03, 0x04])],
  ])("%s is a damaged zip", async (_name, bytes) => {
    expect(errorOf(await openZip(bytes))).toBe("是損壞的壓縮檔，無法開啟（.docx 或 .odt 文件可能不完整或已損毀）");
  });
});
