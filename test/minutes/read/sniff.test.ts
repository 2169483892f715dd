// Recognizing files by their first bytes: zips, images, PDF, old Office, RTF; the name only refines messages.
import { namedAsDocument, sniff } from "../../../src/minutes/read/sniff";
import { problem, renderProblem } from "../../../src/problems";
import { hex, utf8 } from "./support";

const ADVICE = "請提供 .docx、.odt 或文字檔";

describe("sniff", () => {
  test.each([
    ["a zip (docx, odt)", hex("504b030414000000"), "x.docx", { type: "zip" }],
    ["a zip whatever its name", hex("504b030414000000"), "minutes.txt", { type: "zip" }],
    ["text", utf8("臺北市政府秘書處"), "x.txt", { type: "text" }],
    ["bytes too short for any signature", hex("50"), "x.txt", { type: "text" }],
    ["PNG", hex("89504e470d0a1a0a0000"), "scan.png", { type: "not-text", reason: `是 PNG 圖片，不是會議紀錄：${ADVICE}` }],
    ["JPEG named .txt", hex("ffd8ffe000104a46"), "minutes.txt", { type: "not-text", reason: `是 JPEG 圖片，不是會議紀錄：${ADVICE}` }],
    ["GIF", utf8("GIF89a"), "x.gif", { type: "not-text", reason: `是 GIF 圖片，不是會議紀錄：${ADVICE}` }],
    ["TIFF", hex("49492a0008000000"), "x.tif", { type: "not-text", reason: `是 TIFF 圖片，不是會議紀錄：${ADVICE}` }],
    ["WebP", hex("52494646aaaaaaaa57454250"), "x.webp", { type: "not-text", reason: `是 WebP 圖片，不是會議紀錄：${ADVICE}` }],
    ["HEIC (iPhone photo)", hex("0000001866747970686569630000"), "IMG.HEIC", { type: "not-text", reason: `是 HEIC 圖片，不是會議紀錄：${ADVICE}` }],
    ["PDF", utf8("%PDF-1.7\n"), "紀錄.pdf", { type: "not-text", reason: `是 PDF 文件，無法讀取文字：${ADVICE}` }],
    ["Word 97-2003", hex("d0cf11e0a1b11ae1"), "紀錄.doc", { type: "not-text", reason: "是舊版 Word 97-2003 格式（.doc），無法讀取：請在 Word 另存為 .docx 或 .odt" }],
    ["an OLE2 file named .docx is an encrypted document", hex("d0cf11e0a1b11ae1"), "紀錄.DOCX", { type: "not-text", reason: "是加密（設有密碼）的 Office 文件，無法讀取：請移除密碼後再試" }],
    ["Excel 97-2003", hex("d0cf11e0a1b11ae1"), "list.xls", { type: "not-text", reason: `是舊版 Office 97-2003 格式（.xls），不是會議紀錄文件：${ADVICE}` }],
    ["RTF", utf8("{\\rtf1\\ansi"), "紀錄.rtf", { type: "not-text", reason: "是 RTF 文件，無法讀取：請另存為 .docx、.odt 或純文字" }],
  ])("%s", (_name, bytes, fileName, expected) => {
    expect(sniff(bytes, fileName)).toMatchObject(expected);
  });
});

describe("namedAsDocument reads the extension, case-insensitively", () => {
  test.each([
    ["紀錄.docx", "docx"],
    ["紀錄.ODT", "odt"],
    ["紀錄.txt", null],
    ["docx", null],
    ["archive.docx.zip", null],
  ])("%s → %s", (name, expected) => {
    expect(namedAsDocument(name)).toBe(expected);
  });
});

describe("sniff: the reason as data, worded in either language", () => {
  test.each<[string, number[], string, string]>([
    ["PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0], "scan.png", "the file is a PNG image, not minutes: give a .docx, an .odt or a text file"],
    ["an encrypted .docx", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "紀錄.docx", "the file is an encrypted (password-protected) Office document, which cannot be read: remove the password and try again"],
  ])("%s", (_name, bytes, fileName, english) => {
    const sniffed = sniff(new Uint8Array(bytes), fileName);
    if (sniffed.type !== "not-text") throw new Error("expected not-text");
    const found = problem("minutes.readerReason", { reason: sniffed.why });
    expect(renderProblem(found, "zh-TW")).toBe(sniffed.reason);
    expect(renderProblem(found, "en")).toBe(english);
  });
});
