// Recognizes what a file is from its first bytes: a zip (docx/odt), a known non-text file, or possibly text.
import { problem, renderMessage, type ReaderReason } from "../../problems";

/** What the first bytes say; for a file that is not text, `reason` is the zh-TW message (without the file name). */
export type Sniffed =
  | { readonly type: "zip" }
  | { readonly type: "text" }
  | { readonly type: "not-text"; /** the zh-TW message (without the file name) */ readonly reason: string; readonly why: ReaderReason };

interface Signature {
  readonly bytes: readonly (number | null)[];
  readonly kind: string;
}

/** `kind` names the file for the message; `null` matches any byte (RIFF and ISO-BMFF carry a size before their brand). */
const IMAGES: readonly Signature[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: "PNG" },
  { bytes: [0xff, 0xd8, 0xff], kind: "JPEG" },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: "GIF" },
  { bytes: [0x49, 0x49, 0x2a, 0x00], kind: "TIFF" },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], kind: "TIFF" },
  { bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50], kind: "WebP" },
  { bytes: [null, null, null, null, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63], kind: "HEIC" },
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66];

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
function ole2Reason(fileName: string): ReaderReason {
  const extension = extensionOf(fileName);
  if (extension === "docx" || extension === "xlsx" || extension === "pptx") return { kind: "encryptedOffice" };
  if (extension === "xls" || extension === "ppt") return { kind: "oldOffice", extension };
  return { kind: "oldWord" };
}

/** Not text: the reason as data and, for callers that read it, in zh-TW. */
const notText = (why: ReaderReason): Sniffed => ({ type: "not-text", reason: renderMessage(problem("minutes.readerReason", { reason: why }), "zh-TW"), why });

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
  if (image !== undefined) return notText({ kind: "image", image: image.kind });
  if (startsWith(bytes, PDF)) return notText({ kind: "pdf" });
  if (startsWith(bytes, OLE2)) return notText(ole2Reason(fileName));
  if (startsWith(bytes, RTF)) return notText({ kind: "rtf" });
  return { type: "text" };
}

/** True when the name says Word or ODF, so a failure to decode can say the document looks damaged. */
export function namedAsDocument(fileName: string): "docx" | "odt" | null {
  const extension = extensionOf(fileName);
  return extension === "docx" || extension === "odt" ? extension : null;
}
