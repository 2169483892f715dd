// Decodes the bytes of a plain-text minutes file: UTF-8 (with or without BOM), UTF-16 with BOM, or Big5.
import { ok, type Result } from "../../domain";
import { decodeBig5 } from "./big5";
import { refuse } from "./refusal";

/** How the text was encoded; "utf-8" includes plain ASCII. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "big5";

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

const CTRL_Z = 0x1a;

/** C0 controls other than tab, LF, VT, FF and CR never occur in text a person wrote. */
function findControl(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && (code < 0x09 || code > 0x0d)) return i;
  }
  return -1;
}

function strict(encoding: TextEncoding, bytes: Uint8Array): string | undefined {
  try {
    // The decoder drops a leading BOM itself (ignoreBOM defaults to false).
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split(/\r\n|\r|\n/).length;
}

function checkControls(text: string, encoding: TextEncoding): Result<DecodedText> {
  // DOS editors ended files with Ctrl-Z; old Big5 files still carry it.
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === CTRL_Z) end--;
  const body = text.slice(0, end);
  const control = findControl(body);
  if (control !== -1) {
    const code = body.charCodeAt(control).toString(16).toUpperCase().padStart(4, "0");
    return refuse({ kind: "controlCharacter", line: lineOf(body, control), code });
  }
  return ok({ text: body, encoding });
}

/**
 * Decodes text bytes. A UTF-16 BOM decides UTF-16; otherwise valid UTF-8 wins (its BOM is dropped);
 * otherwise Big5 when the bytes decode strictly as Big5 and read as common Chinese (see
 * {@link decodeBig5}). NUL bytes, other control characters or bytes valid in neither are an error.
 * Line breaks are left as they are: {@link normalizeLineBreaks} does that for every format.
 *
 * @example
 * decodeText(new TextEncoder().encode("\uFEFF主席：陳志銘\r\n")) //=> ok({ text: "主席：陳志銘\r\n", encoding: "utf-8" })
 */
export function decodeText(bytes: Uint8Array): Result<DecodedText> {
  const bom = bytes.length >= 2 ? ((bytes[0] ?? 0) << 8) | (bytes[1] ?? 0) : 0;
  if (bom === 0xfffe || bom === 0xfeff) {
    const encoding = bom === 0xfffe ? "utf-16le" : "utf-16be";
    const text = strict(encoding, bytes);
    if (text === undefined) return refuse({ kind: "utf16Undecodable" });
    return checkControls(text, encoding);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return refuse({ kind: "nulByte", byte: nul + 1 });
  }
  const utf8 = strict("utf-8", bytes);
  if (utf8 !== undefined) return checkControls(utf8, "utf-8");
  const big5 = decodeBig5(bytes);
  if (big5 !== undefined) return checkControls(big5, "big5");
  return refuse({ kind: "unknownEncoding" });
}

/**
 * CRLF (Windows), CR (old Mac) and the Unicode line and paragraph separators become LF; a form feed
 * or vertical tab (a page break or Word's manual line break in pasted text) is a line break too.
 *
 * @example
 * normalizeLineBreaks("主席：陳志銘\r\n紀錄：許菁芳\r") //=> "主席：陳志銘\n紀錄：許菁芳\n"
 */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029\v\f]/g, "\n");
}
