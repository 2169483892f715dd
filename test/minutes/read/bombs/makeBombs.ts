// Decompression bombs for the tests and the benchmark: a .docx whose document.xml and an .odt whose
// content.xml inflate to about 100 MB of valid-looking XML from a few hundred kilobytes. Written with
// Node's zlib and a minimal zip writer (fast, and able to lie about sizes the way a crafted bomb does).
import * as zlib from "node:zlib";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const MB = 1024 * 1024;

export interface BombOptions {
  /** how much the main XML part inflates to (default 100) */
  readonly megabytes?: number;
  /** the size the zip declares for that part: the truth by default; a bomb may claim 1 KB */
  readonly declaredBytes?: number;
}

interface Entry {
  readonly name: string;
  readonly data: Buffer;
  readonly deflate: boolean;
  readonly declaredBytes?: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  // zlib's own where Node has it (20.15 on), else the table: one pass over 100 MB either way
  const native = (zlib as { crc32?: (data: Buffer) => number }).crc32;
  if (native !== undefined) return native(data);
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip of `entries` (no data descriptors, no ZIP64): local headers, data, central directory, end record. */
export function writeZip(entries: readonly Entry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const body = entry.deflate ? zlib.deflateRawSync(entry.data, { level: 9 }) : entry.data;
    const crc = crc32(entry.data);
    const size = entry.declaredBytes ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(entry.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** `megabytes` of paragraphs: repetitive text, so deflate squeezes it about a thousandfold. */
function paragraphs(open: string, close: string, megabytes: number): Buffer {
  const one = Buffer.from(`${open}${"列管案件辦理情形".repeat(40)}${close}`, "utf8");
  const count = Math.ceil((megabytes * MB) / one.length);
  const all = Buffer.alloc(one.length * count);
  for (let i = 0; i < count; i++) one.copy(all, i * one.length);
  return all;
}

const text = (value: string) => Buffer.from(value, "utf8");

/** A .docx whose word/document.xml inflates to about `megabytes` MB. */
export function docxBomb(options: BombOptions = {}): Uint8Array {
  const body = paragraphs("<w:p><w:r><w:t>", "</w:t></w:r></w:p>", options.megabytes ?? 100);
  const document = Buffer.concat([text(`<w:document xmlns:w="${W}"><w:body>`), body, text("</w:body></w:document>")]);
  return writeZip([
    { name: "[Content_Types].xml", data: text('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), deflate: true },
    { name: "word/document.xml", data: document, deflate: true, declaredBytes: options.declaredBytes },
  ]);
}

/** An .odt whose content.xml inflates to about `megabytes` MB. */
export function odtBomb(options: BombOptions = {}): Uint8Array {
  const ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
  const body = paragraphs("<text:p>", "</text:p>", options.megabytes ?? 100);
  const content = Buffer.concat([text(`<office:document-content ${ns}><office:body><office:text>`), body, text("</office:text></office:body></office:document-content>")]);
  return writeZip([
    { name: "mimetype", data: text("application/vnd.oasis.opendocument.text"), deflate: false },
    { name: "content.xml", data: content, deflate: true, declaredBytes: options.declaredBytes },
  ]);
}
