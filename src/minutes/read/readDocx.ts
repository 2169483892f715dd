// Reads the text of a Word document (.docx) through mammoth, one line per paragraph. mammoth unzips
// what it is given itself, so it is given a zip rebuilt from parts already read under the caps.
import JSZip from "jszip";
import mammoth from "mammoth";
import { ok, type Result } from "../../domain";
import { reasonOf, refuse } from "./refusal";
import type { BoundedZip } from "./boundedZip";
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

/** The parts mammoth may read for raw text: XML and relationships. Media are never inflated. */
const isXmlPart = (name: string): boolean => /\.(xml|rels)$/iu.test(name);

const decodeUtf8 = (bytes: Uint8Array | undefined): string | undefined =>
  bytes === undefined ? undefined : new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

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
 * Every XML part is inflated under the caps of {@link BoundedZip} (document.xml first, so a bomb there is
 * named) before mammoth or xmldom sees a byte of it; mammoth reads a zip rebuilt from those parts.
 *
 * @param zip the .docx, opened with openZip
 * @example
 * await readDocx(unwrap(await openZip(docxBytes))) //=> ok("臺北市政府秘書處第 110 次處務會議紀錄\n…")
 */
export async function readDocx(zip: BoundedZip): Promise<Result<string>> {
  if (!zip.has(DOCUMENT)) return refuse({ kind: "missingPart", format: "docx", part: DOCUMENT });
  const parts = new Map<string, Uint8Array>();
  for (const name of [DOCUMENT, ...zip.names().filter((n) => n !== DOCUMENT && isXmlPart(n))]) {
    const read = await zip.bytes(name);
    if (!read.ok) return refuse({ kind: "inDocument", format: "docx", inner: reasonOf(read) });
    if (read.value !== undefined) parts.set(name, read.value);
  }
  try {
    const xml = decodeUtf8(parts.get(DOCUMENT)) ?? "";
    const numbering = decodeUtf8(parts.get(NUMBERING));
    const numbered = numbering === undefined ? xml : insertListNumbers(xml, new DocxNumbering(numbering, decodeUtf8(parts.get(STYLES))));
    const marked = markLineBreaks(numbered);
    const checked = new JSZip();
    for (const [name, bytes] of parts) checked.file(name, name === DOCUMENT && marked !== xml ? marked : bytes);
    const input = await checked.generateAsync({ type: "uint8array", compression: "STORE" });
    const raw = await mammoth.extractRawText(mammothInput(input));
    const text = raw.value.replace(/\n\n/g, "\n").replace(/\n$/, "").replaceAll(LINE_SEPARATOR, "\n");
    return ok(text);
  } catch {
    return refuse({ kind: "docxUnreadable" });
  }
}
