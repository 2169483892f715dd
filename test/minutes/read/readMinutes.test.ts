// readMinutes: every format of the sample reads to the same text, and every unusable file has its exact message.
import JSZip from "jszip";
import { MAX_MINUTES_BYTES, checkMinutesSize, readMinutes } from "../../../src/minutes/read";
import { FEATURES_TEXT, SAMPLE_TEXT, errorOf, fixture, hex, unwrap, utf8 } from "./support";

async function replaceEntry(path: string, entry: string, content: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(fixture(path));
  zip.file(entry, content);
  return zip.generateAsync({ type: "uint8array" });
}

const EMPTY_DOCX_BODY =
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p></w:body></w:document>';
const EMPTY_ODT_CONTENT =
  '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p/><text:p> <text:s/></text:p></office:text></office:body></office:document-content>';

describe("every format of the sample reads to the sample's text", () => {
  // The documents were made from the text by scripts/make-minutes-fixtures.sh: one paragraph per line,
  // so the text comes back exactly (no trailing newline, as the source has none).
  test.each([
    ["secretariat-110.txt", "text", "utf-8"],
    ["minutes/secretariat-110-big5.txt", "text", "big5"],
    ["minutes/secretariat-110.docx", "docx", null],
    ["minutes/secretariat-110.odt", "odt", null],
  ])("%s", async (path, format, encoding) => {
    expect(unwrap(await readMinutes(fixture(path), path))).toEqual({ text: SAMPLE_TEXT, format, encoding });
  });

  test.each([["minutes/reader-features.docx"], ["minutes/reader-features.odt"]])("%s reads like the other format", async (path) => {
    expect(unwrap(await readMinutes(fixture(path), path)).text).toBe(FEATURES_TEXT);
  });

  test.each([["minutes/public-works-45.docx"], ["minutes/public-works-45.odt"]])("%s, whose （一） and 1. are automatic numbering, reads as the typed text", async (path) => {
    // The source ends with a newline; a document's last paragraph does not.
    const source = new TextDecoder().decode(fixture("minutes/public-works-45.txt")).replace(/\n$/, "");
    expect(unwrap(await readMinutes(fixture(path), path)).text).toBe(source);
  });

  test("the content decides, not the name", async () => {
    expect(unwrap(await readMinutes(fixture("minutes/secretariat-110.odt"), "紀錄.docx")).format).toBe("odt");
    expect(unwrap(await readMinutes(fixture("minutes/secretariat-110.docx"), "紀錄.txt")).format).toBe("docx");
    expect(unwrap(await readMinutes(utf8("主席：陳志銘"), "紀錄.docx")).format).toBe("text");
  });

  test("UTF-16LE with BOM and CRLF, as Windows Notepad saves Unicode", async () => {
    const text = `\uFEFF${SAMPLE_TEXT.replace(/\n/g, "\r\n")}`;
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(i * 2, text.charCodeAt(i), true);
    expect(unwrap(await readMinutes(bytes, "unicode.txt"))).toEqual({ text: SAMPLE_TEXT, format: "text", encoding: "utf-16le" });
  });

  test("CRLF and CR become LF, and a UTF-8 BOM is dropped", async () => {
    const text = SAMPLE_TEXT.replace(/\n/g, "\r\n");
    expect(unwrap(await readMinutes(utf8(`\uFEFF${text}`), "crlf.txt")).text).toBe(SAMPLE_TEXT);
    expect(unwrap(await readMinutes(utf8(SAMPLE_TEXT.replace(/\n/g, "\r")), "cr.txt")).text).toBe(SAMPLE_TEXT);
  });

  test("bytes that are a view into a larger buffer", async () => {
    const bytes = fixture("minutes/secretariat-110.docx");
    const padded = new Uint8Array(bytes.length + 20);
    padded.set(bytes, 10);
    expect(unwrap(await readMinutes(padded.subarray(10, 10 + bytes.length), "view.docx")).text).toBe(SAMPLE_TEXT);
  });
});

describe("unusable files: one line that names the file and says why", () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, string, string][] = [
    ["an empty file", () => new Uint8Array(0), "empty.txt", "檔案「empty.txt」是空的（0 位元組）"],
    ["only whitespace", () => utf8(" \n\t\r\n　\n"), "blank.txt", "檔案「blank.txt」沒有文字內容（只有空白）"],
    ["only a BOM", () => utf8("\uFEFF"), "bom.txt", "檔案「bom.txt」沒有文字內容（只有空白）"],
    ["a NUL byte", () => hex("e4b8bbe5b8ad00"), "data.bin", "檔案「data.bin」不是文字檔：第 7 個位元組是 NUL（可能是二進位檔，或沒有 BOM 的 UTF-16 文字）"],
    ["a control character", () => utf8("主席：陳志銘\n\u0002"), "ctl.txt", "檔案「ctl.txt」不是文字檔：第 2 行含有控制字元 U+0002（可能是二進位檔）"],
    ["undecodable bytes", () => hex("80818283"), "x.txt", "檔案「x.txt」無法辨識文字編碼：不是有效的 UTF-8，也不像 Big5 中文文字（可能是二進位檔）"],
    ["a PNG image", () => hex("89504e470d0a1a0a0000000d49484452"), "紀錄.png", "檔案「紀錄.png」是 PNG 圖片，不是會議紀錄：請提供 .docx、.odt 或文字檔"],
    ["a PDF", () => utf8("%PDF-1.4\n"), "紀錄.pdf", "檔案「紀錄.pdf」是 PDF 文件，無法讀取文字：請提供 .docx、.odt 或文字檔"],
    ["a Word 97-2003 file", () => hex("d0cf11e0a1b11ae100000000"), "紀錄.doc", "檔案「紀錄.doc」是舊版 Word 97-2003 格式（.doc），無法讀取：請在 Word 另存為 .docx 或 .odt"],
    ["a password-protected .docx", () => hex("d0cf11e0a1b11ae100000000"), "紀錄.docx", "檔案「紀錄.docx」是加密（設有密碼）的 Office 文件，無法讀取：請移除密碼後再試"],
    ["a .docx that is not a zip", () => hex("80818283"), "紀錄.docx", "檔案「紀錄.docx」的副檔名是 .docx，但內容不是 Word 文件（不是壓縮檔，可能已損毀）"],
    ["an .odt that is not a zip", () => hex("00"), "紀錄.odt", "檔案「紀錄.odt」的副檔名是 .odt，但內容不是 ODF 文件（不是壓縮檔，可能已損毀）"],
    ["a cut-short .docx", () => fixture("minutes/secretariat-110.docx").slice(0, 3000), "紀錄.docx", "檔案「紀錄.docx」是損壞的壓縮檔，無法開啟（.docx 或 .odt 文件可能不完整或已損毀）"],
    ["a zip that is no document", async () => new JSZip().file("a.txt", "主席").generateAsync({ type: "uint8array" }), "a.zip", "檔案「a.zip」是壓縮檔，但不是 Word（.docx）或 ODF 文字（.odt）文件"],
    ["an Excel workbook named .docx", async () => new JSZip().file("xl/workbook.xml", "<w/>").generateAsync({ type: "uint8array" }), "紀錄.docx", "檔案「紀錄.docx」是 Excel 活頁簿（.xlsx），不是會議紀錄文件：請提供 .docx、.odt 或文字檔"],
    ["a .docx with no text", () => replaceEntry("minutes/secretariat-110.docx", "word/document.xml", EMPTY_DOCX_BODY), "空白.docx", "檔案「空白.docx」是 Word 文件，但沒有文字內容"],
    ["an .odt with no text", () => replaceEntry("minutes/secretariat-110.odt", "content.xml", EMPTY_ODT_CONTENT), "空白.odt", "檔案「空白.odt」是 ODF 文件，但沒有文字內容"],
    ["an .odt without content.xml", async () => new JSZip().file("mimetype", "application/vnd.oasis.opendocument.text").generateAsync({ type: "uint8array" }), "空.odt", "檔案「空.odt」是 ODF 文件，但缺少 content.xml（檔案可能已損毀）"],
    ["an .odt with broken XML", () => replaceEntry("minutes/secretariat-110.odt", "content.xml", "<office:document-content>"), "壞.odt", "檔案「壞.odt」是 ODF 文件，但 content.xml 不是有效的 XML（第 1 行：標籤 <office:document-content> 的命名空間前置詞沒有宣告）"],
    ["a .docx with broken XML", () => replaceEntry("minutes/secretariat-110.docx", "word/document.xml", "<w:document"), "壞.docx", "檔案「壞.docx」是 Word 文件，但內容無法讀取（檔案可能已損毀）"],
  ];
  test.each(cases)("%s", async (_name, bytes, fileName, message) => {
    expect(errorOf(await readMinutes(await bytes(), fileName))).toBe(message);
  });

  test("a file over 10 MB is refused before it is decoded", async () => {
    const bytes = new Uint8Array(MAX_MINUTES_BYTES + 1).fill(0xff);
    expect(errorOf(await readMinutes(bytes, "big.txt"))).toBe("檔案「big.txt」太大（10.1 MB）：上限為 10 MB");
  });

  test("a file of exactly 10 MB is read", async () => {
    const bytes = new Uint8Array(MAX_MINUTES_BYTES).fill(0x41);
    expect(unwrap(await readMinutes(bytes, "ten.txt")).text.length).toBe(MAX_MINUTES_BYTES);
  });

  test("a small .docx whose document.xml is under the 20 MB cap but holds more than 10 MB of text", async () => {
    const paragraph = `<w:p><w:r><w:t>${"A".repeat(1000)}</w:t></w:r></w:p>`;
    const body = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph.repeat(10_600)}</w:body></w:document>`;
    const zip = await JSZip.loadAsync(fixture("minutes/secretariat-110.docx"));
    const bytes = await zip.file("word/document.xml", body).generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bytes.length).toBeLessThan(MAX_MINUTES_BYTES);
    expect(errorOf(await readMinutes(bytes, "bomb.docx"))).toBe("檔案「bomb.docx」是 Word 文件，但文字超過 10 MB 上限");
  });
});

describe("checkMinutesSize", () => {
  test.each([
    [0, null],
    [MAX_MINUTES_BYTES, null],
    [MAX_MINUTES_BYTES + 1, "檔案「a.txt」太大（10.1 MB）：上限為 10 MB"],
    [12_000_000, "檔案「a.txt」太大（11.5 MB）：上限為 10 MB"],
    [5 * 1024 ** 3, "檔案「a.txt」太大（5120.0 MB）：上限為 10 MB"],
  ])("%d bytes", (size, message) => {
    const result = checkMinutesSize(size, "a.txt");
    expect(result.ok ? null : result.error).toBe(message);
  });
});

describe("nothing throws: damaged documents always come back as a Result", () => {
  test.each([["minutes/secretariat-110.docx"], ["minutes/secretariat-110.odt"]])("%s cut or corrupted anywhere", async (path) => {
    const whole = fixture(path);
    for (let cut = 4; cut < whole.length; cut += Math.ceil(whole.length / 40)) {
      const result = await readMinutes(whole.slice(0, cut), path);
      expect(result.ok).toBe(false);
      const flipped = whole.slice();
      flipped.fill(0x5a, cut, Math.min(cut + 64, whole.length));
      const damaged = await readMinutes(flipped, path);
      if (!damaged.ok) expect(damaged.error).toMatch(new RegExp(`^檔案「${path}」[^\\n]+$`));
    }
  });
});
