// The caps on reading a zip: entries counted from the central directory (however many the end record
// claims), declared sizes refused before inflating, actual sizes counted while inflating (a zip may lie),
// and the total of everything read.
import JSZip from "jszip";
import { BoundedZip, ZIP_LIMITS, listZipEntries, type ZipLimits } from "../../../src/minutes/read/boundedZip";
import { writeZip } from "./bombs/makeBombs";
import { errorOf, fixture, unwrap } from "./support";

const KB = 1024;
const limits = (overrides: Partial<ZipLimits>): ZipLimits => ({ ...ZIP_LIMITS, ...overrides });
const filled = (bytes: number) => Buffer.alloc(bytes, "列管".repeat(1)); // repetitive: deflates to almost nothing

async function zipOf(entries: Record<string, Uint8Array | string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(entries)) zip.file(name, data);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("listZipEntries", () => {
  test("reads names and sizes from the central directory of a real document", () => {
    const entries = unwrap(listZipEntries(fixture("minutes/secretariat-110.docx")) ?? { ok: false, error: "no directory" });
    const document = entries.find((e) => e.name === "word/document.xml");
    expect(document?.uncompressedSize).toBeGreaterThan(document?.compressedSize ?? 0);
  });

  test("counts the records themselves, not what the end record claims", () => {
    const bytes = writeZip(Array.from({ length: 12 }, (_, i) => ({ name: `e${i}.xml`, data: Buffer.from("<x/>"), deflate: false })));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    view.setUint16(bytes.length - 22 + 8, 1, true);
    view.setUint16(bytes.length - 22 + 10, 1, true);
    expect(errorOf(listZipEntries(bytes, limits({ maxEntries: 10 })) ?? { ok: true, value: [] })).toBe("是壓縮檔，但內含超過 10 個項目（文件不會有這麼多），未讀取");
  });

  test("bytes without an end record are left to JSZip to call damaged", () => {
    expect(listZipEntries(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBeNull();
  });
});

describe("BoundedZip.open refuses before inflating anything", () => {
  test("more entries than the cap", async () => {
    const many = Object.fromEntries(Array.from({ length: 1_001 }, (_, i) => [`word/media/image${i}.png`, "x"]));
    expect(errorOf(await BoundedZip.open(await zipOf(many)))).toBe("是壓縮檔，但內含超過 1,000 個項目（文件不會有這麼多），未讀取");
  });

  test("more declared content than the cap, even in entries never read", async () => {
    const bytes = writeZip([
      { name: "word/document.xml", data: Buffer.from("<w:document/>"), deflate: true },
      { name: "word/media/huge.bin", data: Buffer.from("x"), deflate: true, declaredBytes: 300 * 1024 * 1024 },
    ]);
    expect(errorOf(await BoundedZip.open(bytes))).toBe("是壓縮檔，但宣告解壓縮後共 300.1 MB，超過 200 MB 上限（可能是惡意的壓縮炸彈），未讀取");
  });

  test("a damaged archive", async () => {
    expect(errorOf(await BoundedZip.open(fixture("minutes/secretariat-110.docx").slice(0, 4000)))).toBe(
      "是損壞的壓縮檔，無法開啟（.docx 或 .odt 文件可能不完整或已損毀）",
    );
  });
});

describe("reading an entry", () => {
  const cap = limits({ maxEntryBytes: 64 * KB, maxReadBytes: 150 * KB });

  test.each<[string, number | undefined]>([
    ["declared over the cap: refused without inflating", undefined],
    ["declared small, inflating past the cap: stopped by the running count", 100],
  ])("%s", async (_, declaredBytes) => {
    const zip = unwrap(await BoundedZip.open(writeZip([{ name: "content.xml", data: filled(200 * KB), deflate: true, declaredBytes }]), cap));
    expect(errorOf(await zip.bytes("content.xml"))).toBe("content.xml 解壓縮後超過 0.0625 MB 上限（可能是惡意的壓縮炸彈），未讀取");
  });

  test("at the cap exactly is read whole", async () => {
    const zip = unwrap(await BoundedZip.open(writeZip([{ name: "content.xml", data: filled(64 * KB), deflate: true }]), cap));
    expect(unwrap(await zip.bytes("content.xml"))?.length).toBe(64 * KB);
  });

  test("entries each under the cap, together over the total", async () => {
    const entries = ["a.xml", "b.xml", "c.xml"].map((name) => ({ name, data: filled(60 * KB), deflate: true }));
    const zip = unwrap(await BoundedZip.open(writeZip(entries), cap));
    expect(unwrap(await zip.bytes("a.xml"))?.length).toBe(60 * KB);
    expect(unwrap(await zip.bytes("b.xml"))?.length).toBe(60 * KB);
    expect(errorOf(await zip.bytes("c.xml"))).toBe("解壓縮後的內容合計超過 0.146484375 MB 上限（可能是惡意的壓縮炸彈），未讀取");
  });

  test("a missing entry is undefined; text keeps a BOM for the XML parser", async () => {
    const zip = unwrap(await BoundedZip.open(await zipOf({ "content.xml": "\uFEFF<x>列管</x>" })));
    expect(unwrap(await zip.text("styles.xml"))).toBeUndefined();
    expect(unwrap(await zip.text("content.xml"))).toBe("\uFEFF<x>列管</x>");
  });

  test("an entry whose deflate stream is garbage is damaged, not a throw", async () => {
    const bytes = writeZip([{ name: "content.xml", data: Buffer.from("<x/>".repeat(100)), deflate: true }]);
    bytes.fill(0xff, 42, 48); // inside the compressed data, which starts after the 30-byte header and the name
    const zip = unwrap(await BoundedZip.open(bytes));
    expect(errorOf(await zip.bytes("content.xml"))).toBe("content.xml 無法解壓縮（檔案可能已損毀）");
  });
});
