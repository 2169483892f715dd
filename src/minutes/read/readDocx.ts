// Reads the text of a Word document (.docx) through mammoth, one line per paragraph.
import type JSZip from "jszip";
import mammoth from "mammoth";
import { fail, ok, type Result } from "../../domain";
import { DocxNumbering, insertListNumbers } from "./docxNumbering";

const DOCUMENT = "word/document.xml";
// Where Word, Writer and every other producer put them; a document elsewhere keeps mammoth's text.
const NUMBERING = "word/numbering.xml";
const STYLES = "word/styles.xml";

// mammoth's raw text drops manual line breaks (Shift+Enter), gluing two lines into one. U+2028 LINE
// SEPARATOR is valid XML, survives mammoth, never occurs in real Word text, and means a line break anyway.
const LINE_BREAK = /<w:(br|cr)\b([^>]*?)(?:\/>|>\s*<\/w:\1>)/g;
const LINE_SEPARATOR = "\u2028";

/** Turns line breaks into text mammoth keeps; page and column breaks stay as mammoth treats them. */
export function markLineBreaks(documentXml: string): string {
  return documentXml.replace(LINE_BREAK, (whole, _name, attributes: string) =>
    /w:type\s*=\s*["'](page|column)["']/.test(attributes) ? whole : `<w:t>${LINE_SEPARATOR}</w:t>`,
  );
}

async function entryText(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

/**
 * mammoth's Node build reads `buffer` and its browser build `arrayBuffer`; both hand the value to
 * JSZip, which takes a Uint8Array or an ArrayBuffer, so one object serves both hosts.
 */
function mammothInput(bytes: Uint8Array): { arrayBuffer: ArrayBuffer; buffer: Uint8Array } {
  const copy = new Uint8Array(bytes);
  return { arrayBuffer: copy.buffer, buffer: copy };
}

/**
 * The text of a .docx: each paragraph one line (mammoth ends every paragraph with a blank line;
 * that is undone), tabs kept, manual line breaks kept as new lines. Word's automatic numbering is
 * not text to mammoth (a paragraph Word shows as `(一) 請總務組…` would come out as `請總務組…`),
 * so the labels are computed from numbering.xml and written in first (see {@link insertListNumbers}).
 *
 * @param bytes the .docx file as given
 * @param zip the same file, already opened (its XML is read here without unzipping it twice)
 * @example
 * await readDocx(docxBytes, await JSZip.loadAsync(docxBytes)) //=> ok("臺北市政府秘書處第 110 次處務會議紀錄\n…")
 */
export async function readDocx(bytes: Uint8Array, zip: JSZip): Promise<Result<string>> {
  try {
    const entry = zip.file(DOCUMENT);
    if (entry === null) return fail(`是 Word 文件，但缺少 ${DOCUMENT}（檔案可能已損毀）`);
    const xml = await entry.async("string");
    const numbering = await entryText(zip, NUMBERING);
    const numbered = numbering === undefined ? xml : insertListNumbers(xml, new DocxNumbering(numbering, await entryText(zip, STYLES)));
    const marked = markLineBreaks(numbered);
    let input = bytes;
    if (marked !== xml) {
      zip.file(DOCUMENT, marked);
      input = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
    }
    const raw = await mammoth.extractRawText(mammothInput(input));
    const text = raw.value.replace(/\n\n/g, "\n").replace(/\n$/, "").replaceAll(LINE_SEPARATOR, "\n");
    return ok(text);
  } catch {
    return fail("是 Word 文件，但內容無法讀取（檔案可能已損毀）");
  }
}
