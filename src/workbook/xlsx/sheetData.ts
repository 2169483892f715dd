// A worksheet's XML split into what comes before <sheetData>, its rows, and what comes after; rows are
// parsed only when touched, and rows never touched are written back exactly as they were.
import { columnLetters, parseAddress } from "../a1";
import { moveCell } from "./cellXml";
import { getAttr, setAttr } from "./xml";

interface RowEntry {
  readonly index: number;
  /** the row element exactly as read; undefined once the row was changed or when it is new */
  raw: string | undefined;
  attrs: string;
  body: string;
  cells?: Map<number, string>;
}

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

export class SheetData {
  private readonly rows = new Map<number, RowEntry>();
  private changed = false;

  private constructor(
    /** the worksheet XML up to and including <sheetData> */
    public head: string,
    /** the worksheet XML from </sheetData> on */
    public tail: string,
  ) {}

  static parse(xml: string): SheetData {
    const open = /<sheetData\b[^>]*?(\/?)>/.exec(xml);
    if (!open) throw new Error("worksheet has no <sheetData>");
    const headEnd = open.index + open[0].length;
    if (open[1] === "/") {
      // An empty sheet: <sheetData/> becomes an open/close pair so rows can be added.
      return new SheetData(`${xml.slice(0, open.index)}<sheetData>`, `</sheetData>${xml.slice(headEnd)}`);
    }
    const close = xml.indexOf("</sheetData>", headEnd);
    const sheet = new SheetData(xml.slice(0, headEnd), xml.slice(close));
    const body = xml.slice(headEnd, close);
    let previous = 0;
    for (const match of body.matchAll(ROW)) {
      const attrs = match[1] ?? "";
      const r = getAttr(attrs, "r");
      const index = r === undefined ? previous + 1 : Number(r);
      previous = index;
      // A row without r (rare writers) is written back with one, so rows added later cannot shift it.
      sheet.rows.set(index, { index, raw: r === undefined ? undefined : match[0], attrs, body: match[2] ?? "" });
      if (r === undefined) sheet.changed = true;
    }
    return sheet;
  }

  /** The cells of a row by column number, as XML. */
  cells(row: number): ReadonlyMap<number, string> {
    const entry = this.rows.get(row);
    return entry ? this.parsedCells(entry) : new Map();
  }

  cell(row: number, column: number): string | undefined {
    return this.cells(row).get(column);
  }

  /** Sets (or with undefined removes) the cell at row, column; the XML must carry the right r. */
  setCell(row: number, column: number, xml: string | undefined): void {
    let entry = this.rows.get(row);
    if (!entry) {
      if (xml === undefined) return;
      entry = { index: row, raw: undefined, attrs: ` r="${row}"`, body: "", cells: new Map() };
      this.rows.set(row, entry);
    }
    const cells = this.parsedCells(entry);
    if (xml === undefined) cells.delete(column);
    else cells.set(column, xml);
    entry.raw = undefined;
    this.changed = true;
  }

  /**
   * Sets the row's height in points (ht) or, with undefined, removes it; a height the user set
   * (customHeight="1") is theirs and stays. customHeight is never written, so Excel still refits the row.
   */
  setRowHeight(row: number, height: number | undefined): void {
    const entry = this.rows.get(row);
    if (!entry || getAttr(entry.attrs, "customHeight") === "1" || getAttr(entry.attrs, "customHeight") === "true") return;
    const attrs = setAttr(entry.attrs, "ht", height === undefined ? undefined : String(height));
    if (attrs === entry.attrs) return;
    this.parsedCells(entry);
    entry.attrs = attrs;
    entry.raw = undefined;
    this.changed = true;
  }

  /** The highest row number that has a row element. */
  lastRow(): number {
    let last = 0;
    for (const index of this.rows.keys()) last = Math.max(last, index);
    return last;
  }

  /** The row's cells moved to another row (cells there are replaced); used for a table's totals row. */
  moveCells(from: number, to: number, columns: { readonly left: number; readonly right: number }): void {
    const moving = [...this.cells(from)].filter(([column]) => column >= columns.left && column <= columns.right);
    for (const [column] of moving) this.setCell(from, column, undefined);
    for (const [column, xml] of moving) this.setCell(to, column, moveCell(xml, `${columnLetters(column)}${to}`));
  }

  /** The worksheet XML: the rows in order, untouched rows byte for byte. */
  serialize(): string {
    const indexes = [...this.rows.keys()].sort((a, b) => a - b);
    const parts: string[] = [this.head];
    for (const index of indexes) {
      const entry = this.rows.get(index);
      if (entry) parts.push(entry.raw ?? renderRow(entry, this.parsedCells(entry)));
    }
    parts.push(this.tail);
    return parts.join("");
  }

  get isChanged(): boolean {
    return this.changed;
  }

  markChanged(): void {
    this.changed = true;
  }

  private parsedCells(entry: RowEntry): Map<number, string> {
    if (entry.cells) return entry.cells;
    const cells = new Map<number, string>();
    let previous = 0;
    for (const match of entry.body.matchAll(CELL)) {
      let xml = match[0];
      const r = getAttr(/^<c\b([^>]*)/.exec(xml)?.[1] ?? "", "r");
      const column = r === undefined ? previous + 1 : (parseAddress(r)?.column ?? previous + 1);
      if (r === undefined) xml = moveCell(xml, `${columnLetters(column)}${entry.index}`);
      previous = column;
      cells.set(column, xml);
    }
    entry.cells = cells;
    return cells;
  }
}

function renderRow(entry: RowEntry, cells: ReadonlyMap<number, string>): string {
  // spans is only a hint for Excel's loader; a stale one is worse than none.
  const attrs = setAttr(setAttr(entry.attrs, "r", String(entry.index)), "spans", undefined);
  const columns = [...cells.keys()].sort((a, b) => a - b);
  if (columns.length === 0) return `<row${attrs}/>`;
  return `<row${attrs}>${columns.map((c) => cells.get(c) ?? "").join("")}</row>`;
}
