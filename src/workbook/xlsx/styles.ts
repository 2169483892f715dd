// Cell styles (xl/styles.xml), only as far as dates need them: whether a cell's style shows a date, and
// a style like another but with the schema's date format, so a date never shows up as 44712.
import { isDateFormat } from "../dateFormats";
import { escapeXml, findTag, getAttr, setAttr } from "./xml";

// Built-in number formats that show a date (ECMA-376 18.8.30, with the East Asian ids 27–36 and 50–58).
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 22, ...Array.from({ length: 10 }, (_, i) => 27 + i), ...Array.from({ length: 9 }, (_, i) => 50 + i)]);

export class StyleBook {
  private readonly formats = new Map<number, string>();
  private readonly xfs: string[] = [];
  private readonly derived = new Map<string, string>();
  changed = false;

  constructor(private xml: string) {
    for (const m of xml.matchAll(/<numFmt\b([^>]*?)\/?>/g)) {
      const attrs = m[1] ?? "";
      this.formats.set(Number(getAttr(attrs, "numFmtId") ?? "-1"), getAttr(attrs, "formatCode") ?? "");
    }
    const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
    for (const m of (cellXfs?.[1] ?? "").matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)) this.xfs.push(m[0]);
  }

  private numFmtId(style: string | undefined): number {
    const xf = this.xfs[Number(style ?? "0")];
    return xf === undefined ? 0 : Number(getAttr(/^<xf\b([^>]*?)\/?>/.exec(xf)?.[1] ?? "", "numFmtId") ?? "0");
  }

  /** The format code of a style's custom number format; undefined for a built-in format. */
  formatCode(style: string | undefined): string | undefined {
    return this.formats.get(this.numFmtId(style));
  }

  isDateStyle(style: string | undefined): boolean {
    const id = this.numFmtId(style);
    const code = this.formats.get(id);
    return code === undefined ? BUILT_IN_DATES.has(id) : isDateFormat(code);
  }

  /** The index of a style like `style` but with number format `code`, added to the book when new. */
  withFormat(style: string | undefined, code: string): string {
    const base = style ?? "0";
    const key = `${base}|${code}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    let id = [...this.formats].find(([, c]) => c === code)?.[0];
    if (id === undefined) {
      id = Math.max(163, ...this.formats.keys()) + 1;
      this.formats.set(id, code);
      const fmt = `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`;
      const numFmts = findTag(this.xml, "numFmts");
      if (!numFmts) this.xml = this.xml.replace(/(<styleSheet\b[^>]*>)/, `$1<numFmts count="1">${fmt}</numFmts>`);
      else if (numFmts.selfClosing) this.xml = `${this.xml.slice(0, numFmts.start)}<numFmts count="1">${fmt}</numFmts>${this.xml.slice(numFmts.end)}`;
      else {
        const close = this.xml.indexOf("</numFmts>");
        const count = Number(getAttr(numFmts.attrs, "count") ?? "0") + 1;
        this.xml = `${this.xml.slice(0, numFmts.start)}<numFmts${setAttr(numFmts.attrs, "count", String(count))}>${this.xml.slice(numFmts.end, close)}${fmt}${this.xml.slice(close)}`;
      }
    }
    const source = this.xfs[Number(base)] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const xf = source.replace(/^<xf\b([^>]*?)(\/?)>/, (_w, attrs: string, slash: string) => `<xf${setAttr(setAttr(attrs, "numFmtId", String(id)), "applyNumberFormat", "1")}${slash}>`);
    const index = String(this.xfs.length);
    this.xfs.push(xf);
    const cellXfs = findTag(this.xml, "cellXfs");
    if (!cellXfs) throw new Error("styles.xml has no <cellXfs>");
    const close = this.xml.indexOf("</cellXfs>");
    this.xml = `${this.xml.slice(0, cellXfs.start)}<cellXfs${setAttr(cellXfs.attrs, "count", String(this.xfs.length))}>${this.xml.slice(cellXfs.end, close)}${xf}${this.xml.slice(close)}`;
    this.derived.set(key, index);
    this.changed = true;
    return index;
  }

  toXml(): string {
    return this.xml;
  }
}
