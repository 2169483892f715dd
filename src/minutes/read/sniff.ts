// Recognizes what a file is from its first bytes: a zip (docx/odt), a known non-text file, or possibly text.

/** What the first bytes say; for a file that is not text, `reason` is the zh-TW message (without the file name). */
export type Sniffed =
  | { readonly type: "zip" }
  | { readonly type: "text" }
  | { readonly type: "not-text"; readonly reason: string };

interface Signature {
  readonly bytes: readonly (number | null)[];
  readonly kind: string;
}

/** `kind` names the file for the message; `null` matches any byte (RIFF and ISO-BMFF carry a size before their brand). */
const IMAGES: readonly Signature[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: "PNG 圖片" },
  { bytes: [0xff, 0xd8, 0xff], kind: "JPEG 圖片" },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: "GIF 圖片" },
  { bytes: [0x49, 0x49, 0x2a, 0x00], kind: "TIFF 圖片" },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], kind: "TIFF 圖片" },
  { bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50], kind: "WebP 圖片" },
  { bytes: [null, null, null, null, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63], kind: "HEIC 圖片" },
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66];

const ADVICE = "請提供 .docx、.odt 或文字檔";

function startsWith(bytes: Uint8Array, signature: readonly (number | null)[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => b === null || bytes[i] === b);
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot === -1 ? "" : fileName.slice(dot + 1).toLowerCase();
}

/**
 * An OLE2 compound file is an Office 97–2003 document, or a modern one that is password-protected
 * (Office wraps an encrypted .docx in OLE2). Only the name tells the two apart.
 */
function ole2Reason(fileName: string): string {
  const extension = extensionOf(fileName);
  if (extension === "docx" || extension === "xlsx" || extension === "pptx") {
    return `是加密（設有密碼）的 Office 文件，無法讀取：請移除密碼後再試`;
  }
  if (extension === "xls" || extension === "ppt") return `是舊版 Office 97-2003 格式（.${extension}），不是會議紀錄文件：${ADVICE}`;
  return `是舊版 Word 97-2003 格式（.doc），無法讀取：請在 Word 另存為 .docx 或 .odt`;
}

/**
 * Sorts bytes by their signature. The name is only a hint for the message (an OLE2 file named .docx
 * is an encrypted Word file, not an old one); the content decides the format.
 *
 * @example
 * sniff(pngBytes, "scan.png") //=> { type: "not-text", reason: "是 PNG 圖片，不是會議紀錄：請提供 .docx、.odt 或文字檔" }
 */
export function sniff(bytes: Uint8Array, fileName: string): Sniffed {
  if (startsWith(bytes, ZIP)) return { type: "zip" };
  const image = IMAGES.find((s) => startsWith(bytes, s.bytes));
  if (image !== undefined) return { type: "not-text", reason: `是 ${image.kind}，不是會議紀錄：${ADVICE}` };
  if (startsWith(bytes, PDF)) return { type: "not-text", reason: `是 PDF 文件，無法讀取文字：${ADVICE}` };
  if (startsWith(bytes, OLE2)) return { type: "not-text", reason: ole2Reason(fileName) };
  if (startsWith(bytes, RTF)) return { type: "not-text", reason: `是 RTF 文件，無法讀取：請另存為 .docx、.odt 或純文字` };
  return { type: "text" };
}

/** True when the name says Word or ODF, so a failure to decode can say the document looks damaged. */
export function namedAsDocument(fileName: string): "docx" | "odt" | null {
  const extension = extensionOf(fileName);
  return extension === "docx" || extension === "odt" ? extension : null;
}
