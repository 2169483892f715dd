// Reads a minutes file's bytes (text, .docx or .odt) into the text the parser reads, or says why it cannot.
import { fail, ok, type Result } from "../../domain";
import { problem } from "../../problems";
import { megabytes } from "./boundedZip";
import { decodeText, normalizeLineBreaks, type TextEncoding } from "./decodeText";
import { readDocx } from "./readDocx";
import { readOdt } from "./readOdt";
import { reasonOf, refuse } from "./refusal";
import { namedAsDocument, sniff } from "./sniff";
import { identifyZipDocument, openZip } from "./zipDocument";

/** The largest file (and the most text) we read: minutes are kilobytes, so more is a wrong file. */
export const MAX_MINUTES_BYTES = 10 * 1024 * 1024;

export type MinutesFormat = "text" | "docx" | "odt";

export interface MinutesText {
  /** the text with LF line breaks: a document's paragraphs are one line each */
  readonly text: string;
  readonly format: MinutesFormat;
  /** the text file's encoding; null for .docx and .odt, which are always Unicode */
  readonly encoding: TextEncoding | null;
}


/**
 * Refuses a file over {@link MAX_MINUTES_BYTES} before anything reads it; hosts call it with the size
 * they know (a File's `size`, fs.stat) to avoid loading a huge file at all.
 *
 * @example
 * checkMinutesSize(12_000_000, "scan.txt") //=> fail("檔案「scan.txt」太大（11.5 MB）：上限為 10 MB")
 */
export function checkMinutesSize(byteCount: number, fileName: string): Result<number> {
  if (byteCount > MAX_MINUTES_BYTES) {
    return fail(problem("minutes.fileUnreadable", { file: fileName, reason: { kind: "tooLarge", megabytes: megabytes(byteCount), max: MAX_MINUTES_BYTES / (1024 * 1024) } }));
  }
  return ok(byteCount);
}

async function readDocument(bytes: Uint8Array): Promise<Result<{ text: string; format: "docx" | "odt" }>> {
  const zip = await openZip(bytes);
  if (!zip.ok) return zip;
  const format = await identifyZipDocument(zip.value);
  if (!format.ok) return format;
  const text = format.value === "docx" ? await readDocx(zip.value) : await readOdt(zip.value);
  return text.ok ? ok({ text: text.value, format: format.value }) : text;
}

async function readAny(bytes: Uint8Array, fileName: string): Promise<Result<MinutesText>> {
  if (bytes.length === 0) return refuse({ kind: "empty" });
  const sniffed = sniff(bytes, fileName);
  if (sniffed.type === "not-text") return refuse(sniffed.why);

  let read: MinutesText;
  if (sniffed.type === "zip") {
    const document = await readDocument(bytes);
    if (!document.ok) return document;
    read = { ...document.value, encoding: null };
  } else {
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      const named = namedAsDocument(fileName);
      // A .docx that is not a zip at all was cut short or renamed; say so rather than talk encodings.
      return named === null ? decoded : refuse({ kind: "extensionMismatch", extension: named });
    }
    read = { text: decoded.value.text, format: "text", encoding: decoded.value.encoding };
  }

  const text = normalizeLineBreaks(read.text);
  if (text.trim() === "") return refuse({ kind: "noText", format: read.format });
  // A small zip can inflate to gigabytes of text; the limit holds for what we hand the parser too.
  if (text.length > MAX_MINUTES_BYTES) return refuse({ kind: "textTooLong", format: read.format, max: MAX_MINUTES_BYTES / (1024 * 1024) });
  return ok({ ...read, text });
}

/**
 * Reads minutes from a file's bytes: plain text in UTF-8, UTF-16 (with BOM) or Big5, a Word .docx, or
 * an ODF .odt. The content decides the format; the name only sharpens error messages. Line breaks
 * become LF. Every failure is a one-line zh-TW message that names the file; nothing throws.
 *
 * @param bytes the whole file (Node: fs.readFile; browser: new Uint8Array(await file.arrayBuffer()))
 * @param fileName the file's name, for messages
 * @example
 * await readMinutes(bytes, "第110次處務會議紀錄.docx")
 * //=> ok({ text: "臺北市政府秘書處第 110 次處務會議紀錄\n…", format: "docx", encoding: null })
 * await readMinutes(new Uint8Array(0), "empty.txt")
 * //=> fail("檔案「empty.txt」是空的（0 位元組）")
 */
export async function readMinutes(bytes: Uint8Array, fileName: string): Promise<Result<MinutesText>> {
  const size = checkMinutesSize(bytes.length, fileName);
  if (!size.ok) return size;
  let result: Result<MinutesText>;
  try {
    result = await readAny(bytes, fileName);
  } catch (error) {
    // The readers return Results; this catches a library failing in a way we did not foresee.
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    result = refuse({ kind: "unexpected", detail: reason ?? "" });
  }
  return result.ok ? result : fail(problem("minutes.fileUnreadable", { file: fileName, reason: reasonOf(result) }));
}
