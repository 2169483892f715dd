// The document readers' problems (src/minutes/read): why a minutes file's bytes give no text. A reader
// fails with `minutes.readerReason` (the reason alone, e.g. 是空的（0 位元組）); readMinutes names the
// file around it (`minutes.fileUnreadable`: 檔案「x.txt」是空的（0 位元組）). Reasons not yet converted
// travel as `written` and are shown as written in either language.
import { wording } from "./wording";

export type MinutesFormatWords = "text" | "docx" | "odt";

/** Why the bytes are not minutes we can read. */
export type ReaderReason =
  | { readonly kind: "empty" }
  | { readonly kind: "tooLarge"; readonly megabytes: string; readonly max: number }
  | { readonly kind: "unexpected"; readonly detail: string }
  | { readonly kind: "extensionMismatch"; readonly extension: "docx" | "odt" }
  | { readonly kind: "noText"; readonly format: MinutesFormatWords }
  | { readonly kind: "textTooLong"; readonly format: MinutesFormatWords; readonly max: number }
  | { readonly kind: "controlCharacter"; readonly line: number; readonly code: string }
  | { readonly kind: "utf16Undecodable" }
  | { readonly kind: "nulByte"; readonly byte: number }
  | { readonly kind: "unknownEncoding" }
  | { readonly kind: "image"; readonly image: string }
  | { readonly kind: "pdf" }
  | { readonly kind: "rtf" }
  | { readonly kind: "encryptedOffice" }
  | { readonly kind: "oldOffice"; readonly extension: string }
  | { readonly kind: "oldWord" }
  | { readonly kind: "written"; readonly text: string };

const ADVICE_ZH = "請提供 .docx、.odt 或文字檔";
const ADVICE_EN = "give a .docx, an .odt or a text file";
const DOCUMENT_ZH: Record<MinutesFormatWords, string> = { text: "", docx: "是 Word 文件，但", odt: "是 ODF 文件，但" };
const DOCUMENT_EN: Record<MinutesFormatWords, string> = { text: "the file", docx: "the Word document", odt: "the ODF document" };

function reasonZh(r: ReaderReason): string {
  switch (r.kind) {
    case "empty":
      return "是空的（0 位元組）";
    case "tooLarge":
      return `太大（${r.megabytes} MB）：上限為 ${r.max} MB`;
    case "unexpected":
      return `無法讀取（${r.detail}）`;
    case "extensionMismatch":
      return `的副檔名是 .${r.extension}，但內容不是 ${r.extension === "docx" ? "Word" : "ODF"} 文件（不是壓縮檔，可能已損毀）`;
    case "noText":
      return `${DOCUMENT_ZH[r.format]}沒有文字內容${r.format === "text" ? "（只有空白）" : ""}`;
    case "textTooLong":
      return `${DOCUMENT_ZH[r.format]}文字超過 ${r.max} MB 上限`;
    case "controlCharacter":
      return `不是文字檔：第 ${r.line} 行含有控制字元 U+${r.code}（可能是二進位檔）`;
    case "utf16Undecodable":
      return "標示為 UTF-16 編碼（有 BOM），但內容無法解碼（檔案可能已損毀）";
    case "nulByte":
      return `不是文字檔：第 ${r.byte} 個位元組是 NUL（可能是二進位檔，或沒有 BOM 的 UTF-16 文字）`;
    case "unknownEncoding":
      return "無法辨識文字編碼：不是有效的 UTF-8，也不像 Big5 中文文字（可能是二進位檔）";
    case "image":
      return `是 ${r.image} 圖片，不是會議紀錄：${ADVICE_ZH}`;
    case "pdf":
      return `是 PDF 文件，無法讀取文字：${ADVICE_ZH}`;
    case "rtf":
      return "是 RTF 文件，無法讀取：請另存為 .docx、.odt 或純文字";
    case "encryptedOffice":
      return "是加密（設有密碼）的 Office 文件，無法讀取：請移除密碼後再試";
    case "oldOffice":
      return `是舊版 Office 97-2003 格式（.${r.extension}），不是會議紀錄文件：${ADVICE_ZH}`;
    case "oldWord":
      return "是舊版 Word 97-2003 格式（.doc），無法讀取：請在 Word 另存為 .docx 或 .odt";
    case "written":
      return r.text;
  }
}

function reasonEn(r: ReaderReason): string {
  switch (r.kind) {
    case "empty":
      return "is empty (0 bytes)";
    case "tooLarge":
      return `is too large (${r.megabytes} MB): the limit is ${r.max} MB`;
    case "unexpected":
      return `cannot be read (${r.detail})`;
    case "extensionMismatch":
      return `is named .${r.extension} but is not ${r.extension === "docx" ? "a Word" : "an ODF"} document (not a zip; it may be damaged)`;
    case "noText":
      return `holds no text: ${DOCUMENT_EN[r.format]} has ${r.format === "text" ? "only blanks" : "no text"}`;
    case "textTooLong":
      return `holds too much text: ${DOCUMENT_EN[r.format]}'s text is over the ${r.max} MB limit`;
    case "controlCharacter":
      return `is not a text file: line ${r.line} holds the control character U+${r.code} (a binary file?)`;
    case "utf16Undecodable":
      return "is marked as UTF-16 (it has a BOM) but its content cannot be decoded (it may be damaged)";
    case "nulByte":
      return `is not a text file: byte ${r.byte} is NUL (a binary file, or UTF-16 text without a BOM?)`;
    case "unknownEncoding":
      return "has an encoding that cannot be recognized: it is neither valid UTF-8 nor Big5 Chinese text (a binary file?)";
    case "image":
      return `is a ${r.image} image, not minutes: ${ADVICE_EN}`;
    case "pdf":
      return `is a PDF document, whose text cannot be read: ${ADVICE_EN}`;
    case "rtf":
      return "is an RTF document, which cannot be read: save it as .docx, .odt or plain text";
    case "encryptedOffice":
      return "is an encrypted (password-protected) Office document, which cannot be read: remove the password and try again";
    case "oldOffice":
      return `is in the old Office 97-2003 format (.${r.extension}), not a minutes document: ${ADVICE_EN}`;
    case "oldWord":
      return "is in the old Word 97-2003 format (.doc), which cannot be read: save it from Word as .docx or .odt";
    case "written":
      return r.text;
  }
}

export const READER_CATALOGUE = {
  "minutes.readerReason": wording<{ reason: ReaderReason }>(
    (p) => reasonZh(p.reason),
    (p) => `the file ${reasonEn(p.reason)}`,
  ),
  "minutes.fileUnreadable": wording<{ file: string; reason: ReaderReason }>(
    (p) => `檔案「${p.file}」${reasonZh(p.reason)}`,
    (p) => `the file “${p.file}” ${reasonEn(p.reason)}`,
  ),
} as const;
