// An .xlsx opened from bytes: its parts as text, edited in place and zipped again. Everything we do not
// edit (charts, pivot tables, named sheet views, styles) stays as the file had it.
import JSZip from "jszip";
import { fail, ok, type Result } from "../../domain";
import { problem, type NotWorkbookReason } from "../../problems";
import { withoutMainPrefix } from "./namespaces";
import { isRelType, parseRelationships, relsPathOf, type Relationship } from "./parts";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

export class XlsxPackage {
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();
  private readonly removed = new Set<string>();

  private constructor(
    private readonly zip: JSZip,
    /** the workbook part, usually xl/workbook.xml */
    readonly workbookPath: string,
  ) {}

  /**
   * Opens the bytes of an .xlsx, or says in words why they are not one (an old .xls, a Word file, a
   * damaged zip). `name` is how messages call the file.
   */
  static async open(bytes: Uint8Array, name: string): Promise<Result<XlsxPackage>> {
    const notWorkbook = (reason: NotWorkbookReason, detail?: string) =>
      fail(problem("file.notWorkbook", detail === undefined ? { name, reason } : { name, reason, detail }));
    if (bytes.length === 0) return notWorkbook("empty");
    if (startsWith(bytes, OLE_MAGIC)) return notWorkbook("oldExcel");
    if (!startsWith(bytes, ZIP_MAGIC)) return notWorkbook("notZip");
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (error) {
      return notWorkbook("corrupt", error instanceof Error ? error.message : String(error));
    }
    if (zip.file("word/document.xml")) return notWorkbook("word");
    if (zip.file("mimetype") || zip.file("content.xml")) return notWorkbook("odf");
    const rootRels = zip.file("_rels/.rels");
    const root = rootRels ? parseRelationships("", await rootRels.async("string")) : [];
    const main = root.find((rel) => isRelType(rel, "officeDocument"));
    const workbookPath = main?.path ?? "xl/workbook.xml";
    if (!zip.file(workbookPath)) return notWorkbook("noWorkbookPart");
    return ok(new XlsxPackage(zip, workbookPath));
  }

  has(path: string): boolean {
    return !this.removed.has(path) && (this.texts.has(path) || this.zip.file(path) !== null);
  }

  /** A part as text (SpreadsheetML with a namespace prefix read unprefixed); undefined when the package has no such part. */
  async text(path: string): Promise<string | undefined> {
    if (this.removed.has(path)) return undefined;
    const cached = this.texts.get(path);
    if (cached !== undefined) return cached;
    const file = this.zip.file(path);
    if (!file) return undefined;
    const text = withoutMainPrefix(await file.async("string"));
    this.texts.set(path, text);
    return text;
  }

  async relationships(partPath: string): Promise<Relationship[]> {
    const xml = await this.text(relsPathOf(partPath));
    return xml === undefined ? [] : parseRelationships(partPath, xml);
  }

  setText(path: string, xml: string): void {
    this.texts.set(path, xml);
    this.changed.add(path);
    this.removed.delete(path);
  }

  remove(path: string): void {
    this.removed.add(path);
    this.changed.delete(path);
  }

  /** The package zipped again; parts never changed keep their compressed bytes. */
  async toBytes(): Promise<Uint8Array> {
    for (const path of this.removed) this.zip.remove(path);
    for (const path of this.changed) this.zip.file(path, this.texts.get(path) ?? "");
    this.removed.clear();
    this.changed.clear();
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }
}
