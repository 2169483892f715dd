// Reading a zip (a .docx or .odt) without trusting it: the number of entries and the sizes they declare
// are checked from the central directory before the zip is opened, and every entry read is inflated as a
// stream with a running count that stops the moment it passes the cap. A few hundred kilobytes that
// inflate to gigabytes (a decompression bomb) are refused after at most the cap, before any parser sees them.
import JSZip from "jszip";
import { ok, type Result } from "../../domain";
import { refuse } from "./refusal";

/** The caps; minutes are tens of kilobytes of XML, so each is far above any real document. */
export interface ZipLimits {
  /** entries in the archive */
  readonly maxEntries: number;
  /** bytes one entry may inflate to (document.xml, content.xml, styles, numbering …) */
  readonly maxEntryBytes: number;
  /** bytes all the entries read may inflate to, together */
  readonly maxReadBytes: number;
  /** bytes all the entries may declare, together, including those never read (images) */
  readonly maxDeclaredBytes: number;
}

export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 1_000,
  maxEntryBytes: 20 * 1024 * 1024,
  maxReadBytes: 40 * 1024 * 1024,
  maxDeclaredBytes: 200 * 1024 * 1024,
};

/** What the central directory says about one entry. */
export interface ZipEntryInfo {
  readonly name: string;
  readonly compressedSize: number;
  /** as declared; 0xFFFFFFFF when it defers to a ZIP64 field, which we take at its word: huge */
  readonly uncompressedSize: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** MB with one decimal, rounded up, so a size just over a cap never reads as the cap. */
export const megabytes = (byteCount: number): string => (Math.ceil((byteCount / (1024 * 1024)) * 10) / 10).toFixed(1);
const capText = (byteCount: number): string => `${byteCount / (1024 * 1024)} MB`;

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

/** Where the central directory starts and how many records it claims, from the (ZIP64) end record. */
function directoryStart(view: DataView, eocd: number): { offset: number; claimed: number } | null {
  let offset = view.getUint32(eocd + 16, true);
  let claimed = view.getUint16(eocd + 10, true);
  if (offset === 0xffffffff || claimed === 0xffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) return null;
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE) return null;
    claimed = Number(view.getBigUint64(record + 32, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  return { offset, claimed };
}

/**
 * The entries as the central directory lists them, walked record by record (a count that lies does not
 * matter), stopping with an error past `limits.maxEntries`. Null when the bytes have no readable central
 * directory: JSZip then decides how broken the archive is.
 */
export function listZipEntries(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): Result<ZipEntryInfo[]> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) return null;
  const start = directoryStart(view, eocd);
  if (start === null) return null;
  const names = new TextDecoder("utf-8");
  const entries: ZipEntryInfo[] = [];
  let at = start.offset;
  while (at + 46 <= view.byteLength && view.getUint32(at, true) === CENTRAL_SIGNATURE) {
    if (entries.length >= limits.maxEntries) {
      return refuse({ kind: "zipTooManyEntries", max: limits.maxEntries.toLocaleString("en-US") });
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return ok(entries);
}

/**
 * Checks what the zip declares before it is opened: no more than `maxEntries` entries, and no more
 * than `maxDeclaredBytes` inflated in all. Per-entry caps are checked when an entry is read.
 */
export function checkZipDirectory(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): Result<ReadonlyMap<string, ZipEntryInfo>> {
  const listed = listZipEntries(bytes, limits);
  if (listed === null) return ok(new Map());
  if (!listed.ok) return listed;
  const declared = listed.value.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.maxDeclaredBytes) {
    return refuse({ kind: "zipDeclaredTooLarge", megabytes: megabytes(declared), cap: capText(limits.maxDeclaredBytes) });
  }
  return ok(new Map(listed.value.map((e) => [e.name, e])));
}

/** JSZip's per-entry stream, which its typings leave out; it pauses, so a read can stop midway. */
type EntryStream = JSZip.JSZipStreamHelper<Uint8Array>;
const streamOf = (file: JSZip.JSZipObject): EntryStream => (file as unknown as { internalStream(type: "uint8array"): EntryStream }).internalStream("uint8array");

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const whole = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}

/**
 * A zip opened for reading under caps: entries are read by name, each inflated with a running count
 * against the per-entry cap and what is left of the total.
 */
export class BoundedZip {
  private readBytes = 0;

  private constructor(
    readonly zip: JSZip,
    private readonly directory: ReadonlyMap<string, ZipEntryInfo>,
    readonly limits: ZipLimits,
  ) {}

  /**
   * Checks the directory, then opens the zip (JSZip reads only the directory; nothing is inflated).
   *
   * @example
   * await BoundedZip.open(docxBytes) //=> ok(BoundedZip) with has("word/document.xml")
   */
  static async open(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): Promise<Result<BoundedZip>> {
    const directory = checkZipDirectory(bytes, limits);
    if (!directory.ok) return directory;
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch {
      return refuse({ kind: "zipDamaged" });
    }
    if (Object.keys(zip.files).length > limits.maxEntries) {
      return refuse({ kind: "zipTooManyEntries", max: limits.maxEntries.toLocaleString("en-US") });
    }
    return ok(new BoundedZip(zip, directory.value, limits));
  }

  has(name: string): boolean {
    return this.zip.file(name) !== null;
  }

  /** Names of the entries that are files (not folders), in the archive's order. */
  names(): string[] {
    return Object.values(this.zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.name);
  }

  /** The entry's bytes, or undefined when there is none; a failure says which entry and why. */
  async bytes(name: string): Promise<Result<Uint8Array | undefined>> {
    const file = this.zip.file(name);
    if (file === null) return ok(undefined);
    const cap = Math.min(this.limits.maxEntryBytes, this.limits.maxReadBytes - this.readBytes);
    const tooBig = (): Result<never> =>
      refuse(
        cap < this.limits.maxEntryBytes
          ? { kind: "zipTotalTooLarge", cap: capText(this.limits.maxReadBytes) }
          : { kind: "zipEntryTooLarge", entry: name, cap: capText(this.limits.maxEntryBytes) },
      );
    // What the directory declares is refused before inflating anything.
    const declared = this.directory.get(name)?.uncompressedSize;
    if (declared !== undefined && declared > cap) return tooBig();
    const inflated = await inflateAtMost(file, cap);
    if (inflated === "too-big") return tooBig();
    if (inflated === "damaged") return refuse({ kind: "zipEntryDamaged", entry: name });
    this.readBytes += inflated.length;
    return ok(inflated);
  }

  /** The entry as UTF-8 text (a BOM kept, as XML parsers expect to see it), or undefined when there is none. */
  async text(name: string): Promise<Result<string | undefined>> {
    const read = await this.bytes(name);
    if (!read.ok) return read;
    return ok(read.value === undefined ? undefined : new TextDecoder("utf-8", { ignoreBOM: true }).decode(read.value));
  }
}

/** Inflates one entry, counting as it goes and stopping as soon as the count passes `cap`. */
function inflateAtMost(file: JSZip.JSZipObject, cap: number): Promise<Uint8Array | "too-big" | "damaged"> {
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let settled = false;
    const settle = (value: Uint8Array | "too-big" | "damaged") => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    let stream: EntryStream;
    try {
      stream = streamOf(file);
    } catch {
      settle("damaged");
      return;
    }
    stream
      .on("data", (chunk) => {
        if (settled) return;
        total += chunk.length;
        if (total > cap) {
          stream.pause();
          chunks.length = 0;
          settle("too-big");
          return;
        }
        chunks.push(chunk);
      })
      .on("error", () => settle("damaged"))
      .on("end", () => settle(concat(chunks, total)))
      .resume();
  });
}
