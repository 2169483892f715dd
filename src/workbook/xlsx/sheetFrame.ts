// Edits around a worksheet's rows: column widths and styles (<cols>), the used range (<dimension>), and
// the ranges conditional formats and validations cover, which grow with the table as Excel grows them.
import { formatRange, parseRange, type CellRange } from "../a1";
import { getAttr, setAttr } from "./xml";

interface ColEntry {
  readonly min: number;
  readonly max: number;
  readonly style?: string;
}

function colEntries(head: string): ColEntry[] {
  const cols = /<cols>([\s\S]*?)<\/cols>/.exec(head);
  if (!cols) return [];
  return [...(cols[1] ?? "").matchAll(/<col\b([^>]*?)\/?>/g)].map((m) => {
    const attrs = m[1] ?? "";
    const style = getAttr(attrs, "style");
    return { min: Number(getAttr(attrs, "min") ?? "0"), max: Number(getAttr(attrs, "max") ?? "0"), ...(style !== undefined ? { style } : {}) };
  });
}

/** The default style of a column (what Excel gives a new cell there), if the sheet sets one. */
export function columnStyle(head: string, column: number): string | undefined {
  return colEntries(head).find((c) => c.min <= column && column <= c.max)?.style;
}

/**
 * Sets the default style of `column` (its <col style>), splitting a <col> that spans several columns so
 * the others keep theirs. A column no <col> covers is left as it is.
 */
export function withColumnStyle(head: string, column: number, style: string): string {
  const cols = /<cols>([\s\S]*?)<\/cols>/.exec(head);
  if (!cols) return head;
  const bodyStart = cols.index + "<cols>".length;
  const body = cols[1] ?? "";
  for (const m of body.matchAll(/<col\b([^>]*?)\/?>/g)) {
    const attrs = m[1] ?? "";
    const min = Number(getAttr(attrs, "min") ?? "0");
    const max = Number(getAttr(attrs, "max") ?? "0");
    if (column < min || column > max) continue;
    const col = (from: number, to: number, s: string | undefined) => {
      let a = setAttr(setAttr(attrs, "min", String(from)), "max", String(to));
      if (s !== undefined) a = setAttr(a, "style", s);
      return `<col${a}/>`;
    };
    const parts = [
      ...(min < column ? [col(min, column - 1, undefined)] : []),
      col(column, column, style),
      ...(column < max ? [col(column + 1, max, undefined)] : []),
    ];
    const start = bodyStart + (m.index ?? 0);
    return `${head.slice(0, start)}${parts.join("")}${head.slice(start + m[0].length)}`;
  }
  return head;
}

/** Gives `column` a width when no <col> covers it yet (a column the store adds to a table). */
export function withColumnWidth(head: string, column: number, width: number): string {
  const entries = colEntries(head);
  if (entries.some((c) => c.min <= column && column <= c.max)) return head;
  const col = `<col min="${column}" max="${column}" width="${width}" customWidth="1"/>`;
  const cols = /<cols>([\s\S]*?)<\/cols>/.exec(head);
  if (!cols) return head.replace(/<sheetData\b/, `<cols>${col}</cols><sheetData`);
  // <col> elements are kept in column order.
  const body = cols[1] ?? "";
  const after = [...body.matchAll(/<col\b([^>]*?)\/?>/g)].find((m) => Number(getAttr(m[1] ?? "", "min") ?? "0") > column);
  const insertAt = (cols.index + "<cols>".length) + (after ? (after.index ?? 0) : body.length);
  return `${head.slice(0, insertAt)}${col}${head.slice(insertAt)}`;
}

/** The <dimension> grown to include `range`. */
export function withDimension(head: string, range: CellRange): string {
  return head.replace(/<dimension\b([^>]*?)ref="([^"]*)"/, (whole, before: string, ref: string) => {
    const old = parseRange(ref);
    const union = old
      ? { top: Math.min(old.top, range.top), left: Math.min(old.left, range.left), bottom: Math.max(old.bottom, range.bottom), right: Math.max(old.right, range.right) }
      : range;
    return `<dimension${before}ref="${formatRange(union)}"`;
  });
}

/**
 * Conditional formats and validations that end on a table's last data row, within its columns, are
 * extended to `newBottom`, as Excel extends them when a table grows.
 */
export function extendRanges(tail: string, data: CellRange, newBottom: number): string {
  if (newBottom === data.bottom) return tail;
  const grow = (sqref: string): string =>
    sqref
      .split(/\s+/)
      .map((token) => {
        const r = parseRange(token);
        if (!r || r.bottom !== data.bottom || r.top < data.top || r.left < data.left || r.right > data.right) return token;
        return formatRange({ ...r, bottom: newBottom });
      })
      .join(" ");
  return tail
    .replace(/(<(?:conditionalFormatting|dataValidation)\b[^>]*?\ssqref=")([^"]*)(")/g, (_w, a: string, sqref: string, b: string) => `${a}${grow(sqref)}${b}`)
    .replace(/(<xm:sqref>)([^<]*)(<\/xm:sqref>)/g, (_w, a: string, sqref: string, b: string) => `${a}${grow(sqref)}${b}`);
}

// Elements that follow <dataValidations> in a worksheet, in schema order (CT_Worksheet).
const AFTER_VALIDATIONS = ["hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/** Adds a <dataValidation> element, creating <dataValidations> in its schema position when needed. */
export function withValidation(tail: string, validation: string): string {
  const existing = /<dataValidations\b([^>]*?)>([\s\S]*?)<\/dataValidations>/.exec(tail);
  if (existing) {
    const count = (existing[2]?.match(/<dataValidation\b/g)?.length ?? 0) + 1;
    const replaced = `<dataValidations count="${count}">${existing[2] ?? ""}${validation}</dataValidations>`;
    return tail.slice(0, existing.index) + replaced + tail.slice(existing.index + existing[0].length);
  }
  const element = `<dataValidations count="1">${validation}</dataValidations>`;
  for (const name of AFTER_VALIDATIONS) {
    const at = tail.search(new RegExp(`<${name}[\\s/>]`));
    if (at >= 0) return tail.slice(0, at) + element + tail.slice(at);
  }
  const end = tail.lastIndexOf("</worksheet>");
  return tail.slice(0, end) + element + tail.slice(end);
}
