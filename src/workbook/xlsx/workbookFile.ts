// A tracking workbook file opened for reading and editing: its sheets, its tables (by name, whatever
// sheet they are on), the shared strings, and saving the edits back into the package.
import { ok, type Result } from "../../domain";
import { isRelType, relsPathOf } from "./parts";
import { parseSharedStrings } from "./sharedStrings";
import { SheetData } from "./sheetData";
import { StyleBook } from "./styles";
import { parseTableXml, type TableDef } from "./tableXml";
import { XlsxPackage } from "./xlsxPackage";
import { decodeXml, findTag, getAttr, setAttr } from "./xml";

export interface TablePart {
  /** the table part, e.g. xl/tables/table2.xml */
  readonly path: string;
  readonly sheetPath: string;
  readonly sheetName: string;
  xml: string;
  def: TableDef;
  changed: boolean;
}

export class WorkbookFile {
  private constructor(
    private readonly pkg: XlsxPackage,
    readonly tables: readonly TablePart[],
    private readonly sheets: ReadonlyMap<string, SheetData>,
    readonly strings: readonly string[],
    /** the styles part and its parsed book; a workbook without one gets no date formats added */
    private readonly stylesPath: string | undefined,
    readonly styles: StyleBook | undefined,
  ) {}

  static async open(bytes: Uint8Array, name: string): Promise<Result<WorkbookFile>> {
    const opened = await XlsxPackage.open(bytes, name);
    if (!opened.ok) return opened;
    const pkg = opened.value;
    const workbookXml = (await pkg.text(pkg.workbookPath)) ?? "";
    const workbookRels = await pkg.relationships(pkg.workbookPath);
    const tables: TablePart[] = [];
    const sheets = new Map<string, SheetData>();
    for (const match of workbookXml.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
      const attrs = match[1] ?? "";
      const id = /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(attrs)?.[1];
      const sheetPath = workbookRels.find((rel) => rel.id === id && isRelType(rel, "worksheet"))?.path;
      if (sheetPath === undefined) continue;
      for (const rel of await pkg.relationships(sheetPath)) {
        if (!isRelType(rel, "table")) continue;
        const xml = await pkg.text(rel.path);
        const def = xml === undefined ? undefined : parseTableXml(xml);
        if (xml === undefined || !def) continue;
        tables.push({ path: rel.path, sheetPath, sheetName: decodeXml(getAttr(attrs, "name") ?? ""), xml, def, changed: false });
        if (!sheets.has(sheetPath)) sheets.set(sheetPath, SheetData.parse((await pkg.text(sheetPath)) ?? ""));
      }
    }
    const stringsRel = workbookRels.find((rel) => isRelType(rel, "sharedStrings"));
    const strings = parseSharedStrings(stringsRel ? await pkg.text(stringsRel.path) : undefined);
    const stylesPath = workbookRels.find((rel) => isRelType(rel, "styles"))?.path;
    const stylesXml = stylesPath === undefined ? undefined : await pkg.text(stylesPath);
    return ok(new WorkbookFile(pkg, tables, sheets, strings, stylesPath, stylesXml === undefined ? undefined : new StyleBook(stylesXml)));
  }

  /** The table with this name; Excel compares table names without regard to case. */
  table(name: string): TablePart | undefined {
    const wanted = name.toLowerCase();
    return this.tables.find((t) => t.def.name.toLowerCase() === wanted);
  }

  sheet(path: string): SheetData {
    const sheet = this.sheets.get(path);
    if (!sheet) throw new Error(`sheet ${path} was not loaded`);
    return sheet;
  }

  /**
   * The edited workbook as bytes. Excel is told to recalculate on open (cells written here carry no
   * cached results) and its calculation chain is dropped, so it is rebuilt from the formulas present.
   */
  async save(): Promise<Uint8Array> {
    for (const [path, sheet] of this.sheets) if (sheet.isChanged) this.pkg.setText(path, sheet.serialize());
    for (const table of this.tables) if (table.changed) this.pkg.setText(table.path, table.xml);
    if (this.styles?.changed && this.stylesPath !== undefined) this.pkg.setText(this.stylesPath, this.styles.toXml());
    await this.recalculateOnOpen();
    return this.pkg.toBytes();
  }

  private async recalculateOnOpen(): Promise<void> {
    const path = this.pkg.workbookPath;
    const xml = (await this.pkg.text(path)) ?? "";
    const calcPr = findTag(xml, "calcPr");
    let next: string;
    if (calcPr) {
      next = `${xml.slice(0, calcPr.start)}<calcPr${setAttr(calcPr.attrs, "fullCalcOnLoad", "1")}${calcPr.selfClosing ? "/" : ""}>${xml.slice(calcPr.end)}`;
    } else {
      // calcPr follows definedNames and precedes these, in the workbook schema's order.
      const before = ["oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"]
        .map((name) => xml.search(new RegExp(`<${name}[\\s/>]`)))
        .filter((at) => at >= 0);
      const at = before.length > 0 ? Math.min(...before) : xml.lastIndexOf("</workbook>");
      next = `${xml.slice(0, at)}<calcPr fullCalcOnLoad="1"/>${xml.slice(at)}`;
    }
    if (next !== xml) this.pkg.setText(path, next);

    const rels = await this.pkg.relationships(path);
    const chain = rels.find((rel) => isRelType(rel, "calcChain"));
    if (!chain) return;
    this.pkg.remove(chain.path);
    const relsPath = relsPathOf(path);
    const relsXml = (await this.pkg.text(relsPath)) ?? "";
    this.pkg.setText(relsPath, relsXml.replace(new RegExp(`<Relationship\\b[^>]*?Id="${chain.id}"[^>]*?/>`), ""));
    const types = (await this.pkg.text("[Content_Types].xml")) ?? "";
    this.pkg.setText("[Content_Types].xml", types.replace(new RegExp(`<Override\\b[^>]*?PartName="/${chain.path}"[^>]*?/>`), ""));
  }
}
