// The document readers' problems (src/minutes/read): why a minutes file's bytes give no text. A reader
// fails with `minutes.readerReason` (the reason alone, e.g. 是空的（0 位元組）); readMinutes names the
// file around it (`minutes.fileUnreadable`: 檔案「x.txt」是空的（0 位元組）). Reasons not yet converted
// travel as `written` and are shown as written in either language. The XML parser's refusals (a .docx or
// .odt part that is not well-formed) are typed too (`XmlFault`), so the English message quotes no Chinese.
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
  | { readonly kind: "otherOffice"; readonly document: OtherDocument }
  | { readonly kind: "zipNotDocument" }
  | { readonly kind: "zipTooManyEntries"; readonly max: string }
  | { readonly kind: "zipDeclaredTooLarge"; readonly megabytes: string; readonly cap: string }
  | { readonly kind: "zipDamaged" }
  | { readonly kind: "zipEntryDamaged"; readonly entry: string }
  | { readonly kind: "zipTotalTooLarge"; readonly cap: string }
  | { readonly kind: "zipEntryTooLarge"; readonly entry: string; readonly cap: string }
  | { readonly kind: "missingPart"; readonly format: "docx" | "odt"; readonly part: string }
  | { readonly kind: "docxUnreadable" }
  | { readonly kind: "xmlInvalid"; readonly part: string; readonly fault: XmlFault }
  | { readonly kind: "odtNoBody" }
  /** a reason found inside a .docx or .odt: 是 Word 文件，但 … */
  | { readonly kind: "inDocument"; readonly format: "docx" | "odt"; readonly inner: ReaderReason }
  | { readonly kind: "written"; readonly text: string };

/** Why an office document's XML is not well-formed, and where: what xmldom refused, as data. */
export interface XmlFault {
  /** 1-based; absent when the parser gave none (text before the root) */
  readonly line?: number;
  readonly reason: XmlReason;
}

export type XmlReason =
  | { readonly kind: "tagMismatch"; readonly open: string; readonly close: string }
  | { readonly kind: "unclosed"; readonly elements: readonly string[] }
  | { readonly kind: "endsInTag" }
  | { readonly kind: "unknownEntity"; readonly entity: string }
  | { readonly kind: "entityNoSemicolon" }
  | { readonly kind: "undeclaredPrefix"; readonly tag?: string }
  | { readonly kind: "afterRoot" }
  | { readonly kind: "outsideRoot"; readonly text: string }
  | { readonly kind: "attributeRepeated"; readonly attribute: string }
  | { readonly kind: "badSyntax" }
  | { readonly kind: "noElement" }
  /** an error we have no wording for: the XML parser's own (English) message, quoted */
  | { readonly kind: "other"; readonly detail: string };

function xmlReasonZh(r: XmlReason): string {
  switch (r.kind) {
    case "tagMismatch":
      return `開始標籤 <${r.open}> 與結束標籤 </${r.close}> 不相符`;
    case "unclosed":
      return `元素 ${r.elements.map((name) => `<${name}>`).join("、")} 沒有結束（文件不完整）`;
    case "endsInTag":
      return "文件在標籤中途結束（文件不完整）";
    case "unknownEntity":
      return `無法辨識的實體「${r.entity}」`;
    case "entityNoSemicolon":
      return "實體缺少結尾的「;」（文字中的 & 應寫成 &amp;）";
    case "undeclaredPrefix":
      return `${r.tag === undefined ? "" : `標籤 <${r.tag}> 的`}命名空間前置詞沒有宣告`;
    case "afterRoot":
      return "根元素之後還有內容";
    case "outsideRoot":
      return `根元素之外有文字「${r.text}」`;
    case "attributeRepeated":
      return `屬性 ${r.attribute} 重複出現`;
    case "badSyntax":
      return "標籤或屬性的寫法不正確";
    case "noElement":
      return "沒有任何 XML 元素";
    case "other":
      return `XML 格式錯誤（${r.detail}）`;
  }
}

function xmlReasonEn(r: XmlReason): string {
  switch (r.kind) {
    case "tagMismatch":
      return `the start tag <${r.open}> does not match the end tag </${r.close}>`;
    case "unclosed":
      return `the element${r.elements.length === 1 ? "" : "s"} ${r.elements.map((name) => `<${name}>`).join(", ")} ${r.elements.length === 1 ? "is" : "are"} never closed (the document is incomplete)`;
    case "endsInTag":
      return "the document ends in the middle of a tag (it is incomplete)";
    case "unknownEntity":
      return `the entity “${r.entity}” is unknown`;
    case "entityNoSemicolon":
      return "an entity lacks its closing “;” (an & in text must be written &amp;)";
    case "undeclaredPrefix":
      return `${r.tag === undefined ? "a" : `the tag <${r.tag}> has a`} namespace prefix that is not declared`;
    case "afterRoot":
      return "there is content after the root element";
    case "outsideRoot":
      return `there is text outside the root element: “${r.text}”`;
    case "attributeRepeated":
      return `the attribute ${r.attribute} appears twice`;
    case "badSyntax":
      return "a tag or an attribute is written wrongly";
    case "noElement":
      return "there is no XML element at all";
    case "other":
      return `the XML is malformed (${r.detail})`;
  }
}

/** `第 3 行：…` / `line 3: …` */
const xmlFaultZh = (f: XmlFault): string => (f.line === undefined ? xmlReasonZh(f.reason) : `第 ${f.line} 行：${xmlReasonZh(f.reason)}`);
const xmlFaultEn = (f: XmlFault): string => (f.line === undefined ? xmlReasonEn(f.reason) : `line ${f.line}: ${xmlReasonEn(f.reason)}`);

/** Office files that are not minutes, by their extension. */
export type OtherDocument = "xlsx" | "pptx" | "ods" | "odp" | "odg";
const OTHER_ZH: Record<OtherDocument, string> = {
  xlsx: "Excel 活頁簿（.xlsx）",
  pptx: "PowerPoint 簡報（.pptx）",
  ods: "ODF 試算表（.ods）",
  odp: "ODF 簡報（.odp）",
  odg: "ODF 繪圖（.odg）",
};
const OTHER_EN: Record<OtherDocument, string> = {
  xlsx: "an Excel workbook (.xlsx)",
  pptx: "a PowerPoint presentation (.pptx)",
  ods: "an ODF spreadsheet (.ods)",
  odp: "an ODF presentation (.odp)",
  odg: "an ODF drawing (.odg)",
};
const BOMB_ZH = "（可能是惡意的壓縮炸彈），未讀取";
const BOMB_EN = " (possibly a malicious zip bomb); not read";
const KIND_ZH = { docx: "Word", odt: "ODF" } as const;
const KIND_EN = { docx: "a Word document", odt: "an ODF document" } as const;

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
    case "otherOffice":
      return `是 ${OTHER_ZH[r.document]}，不是會議紀錄文件：${ADVICE_ZH}`;
    case "zipNotDocument":
      return "是壓縮檔，但不是 Word（.docx）或 ODF 文字（.odt）文件";
    case "zipTooManyEntries":
      return `是壓縮檔，但內含超過 ${r.max} 個項目（文件不會有這麼多），未讀取`;
    case "zipDeclaredTooLarge":
      return `是壓縮檔，但宣告解壓縮後共 ${r.megabytes} MB，超過 ${r.cap} 上限${BOMB_ZH}`;
    case "zipDamaged":
      return "是損壞的壓縮檔，無法開啟（.docx 或 .odt 文件可能不完整或已損毀）";
    case "zipEntryDamaged":
      return `${r.entry} 無法解壓縮（檔案可能已損毀）`;
    case "zipTotalTooLarge":
      return `解壓縮後的內容合計超過 ${r.cap} 上限${BOMB_ZH}`;
    case "zipEntryTooLarge":
      return `${r.entry} 解壓縮後超過 ${r.cap} 上限${BOMB_ZH}`;
    case "missingPart":
      return `是 ${KIND_ZH[r.format]} 文件，但缺少 ${r.part}（檔案可能已損毀）`;
    case "docxUnreadable":
      return "是 Word 文件，但內容無法讀取（檔案可能已損毀）";
    case "xmlInvalid":
      return `${r.part} 不是有效的 XML（${xmlFaultZh(r.fault)}）`;
    case "odtNoBody":
      return "content.xml 沒有文件本文（office:body/office:text）";
    case "inDocument":
      return `是 ${KIND_ZH[r.format]} 文件，但 ${reasonZh(r.inner)}`;
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
    case "otherOffice":
      return `is ${OTHER_EN[r.document]}, not a minutes document: ${ADVICE_EN}`;
    case "zipNotDocument":
      return "is a zip but neither a Word (.docx) nor an ODF text (.odt) document";
    case "zipTooManyEntries":
      return `is a zip holding more than ${r.max} entries (no document has so many); not read`;
    case "zipDeclaredTooLarge":
      return `is a zip declaring ${r.megabytes} MB once inflated, over the ${r.cap} limit${BOMB_EN}`;
    case "zipDamaged":
      return "is a damaged zip that cannot be opened (the .docx or .odt may be incomplete or damaged)";
    case "zipEntryDamaged":
      return `has a part, ${r.entry}, that cannot be inflated (it may be damaged)`;
    case "zipTotalTooLarge":
      return `inflates to more than the ${r.cap} limit in all${BOMB_EN}`;
    case "zipEntryTooLarge":
      return `has a part, ${r.entry}, inflating to more than the ${r.cap} limit${BOMB_EN}`;
    case "missingPart":
      return `is ${KIND_EN[r.format]} without ${r.part} (it may be damaged)`;
    case "docxUnreadable":
      return "is a Word document whose content cannot be read (it may be damaged)";
    case "xmlInvalid":
      return `has a ${r.part} that is not valid XML (${xmlFaultEn(r.fault)})`;
    case "odtNoBody":
      return "has a content.xml without a document body (office:body/office:text)";
    case "inDocument":
      return `is ${KIND_EN[r.format]}, but it ${reasonEn(r.inner)}`;
    case "written":
      return r.text;
  }
}

export const READER_CATALOGUE = {
  /** parseXml's refusal alone (the reader names the part and the file around it) */
  "minutes.xmlInvalid": wording<{ fault: XmlFault }>(
    (p) => xmlFaultZh(p.fault),
    (p) => xmlFaultEn(p.fault),
  ),
  "minutes.readerReason": wording<{ reason: ReaderReason }>(
    (p) => reasonZh(p.reason),
    (p) => `the file ${reasonEn(p.reason)}`,
  ),
  "minutes.fileUnreadable": wording<{ file: string; reason: ReaderReason }>(
    (p) => `檔案「${p.file}」${reasonZh(p.reason)}`,
    (p) => `the file “${p.file}” ${reasonEn(p.reason)}`,
  ),
} as const;
