// readMinutes' refusals are problems: the zh-TW text as before (the file named, then why), and English
// with no Chinese but the file's own name.
import { readMinutes } from "../../../src/minutes/read";
import { renderProblem } from "../../../src/problems";
import { chineseIn } from "../../support/language";


test.each<[string, Uint8Array, string, string, string]>([
  ["empty", new Uint8Array(0), "empty.txt", "檔案「empty.txt」是空的（0 位元組）", "the file “empty.txt” is empty (0 bytes)"],
  ["a NUL byte", new Uint8Array([0x41, 0x00, 0x42]), "a.txt", "檔案「a.txt」不是文字檔：第 2 個位元組是 NUL（可能是二進位檔，或沒有 BOM 的 UTF-16 文字）", "the file “a.txt” is not a text file: byte 2 is NUL (a binary file, or UTF-16 text without a BOM?)"],
  ["blanks only", new TextEncoder().encode("  \n \n"), "blank.txt", "檔案「blank.txt」沒有文字內容（只有空白）", "the file “blank.txt” holds no text: the file has only blanks"],
  ["a .docx that is not a zip", new Uint8Array([0xff, 0xfe, 0xfd, 0x80, 0x81]), "紀錄.docx", "檔案「紀錄.docx」的副檔名是 .docx，但內容不是 Word 文件（不是壓縮檔，可能已損毀）", "the file “紀錄.docx” is named .docx but is not a Word document (not a zip; it may be damaged)"],
  ["a PDF", new TextEncoder().encode("%PDF-1.7\n"), "scan.pdf", "檔案「scan.pdf」是 PDF 文件，無法讀取文字：請提供 .docx、.odt 或文字檔", "the file “scan.pdf” is a PDF document, whose text cannot be read: give a .docx, an .odt or a text file"],
])("%s", async (_name, bytes, file, zh, en) => {
  const read = await readMinutes(bytes, file);
  if (read.ok || read.problem === undefined) throw new Error("expected a problem");
  expect(read.error).toBe(zh);
  expect(renderProblem(read.problem, "zh-TW")).toBe(zh);
  const english = renderProblem(read.problem, "en");
  expect(english).toBe(en);
  expect(chineseIn(english.replace(file, ""))).toBe("");
});
