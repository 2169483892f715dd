// One cell of a worksheet as XML (<c>): what it holds, read back as a CellValue, and how the store
// writes one. Text is always written as an inline string, so "=1+1" or "-3" typed in a case stays text.
import type { CellValue } from "../cells";
import { isoToSerial } from "../excelDate";
import { isIsoDate } from "../../domain";
import { decodeOoxmlText, decodeXml, encodeOoxmlText, escapeXml, getAttr, stringItemText } from "./xml";

export interface CellRead {
  readonly value: CellValue;
  /** the formula (stored form, no leading =) when the cell has one; "" for a shared formula's follower */
  readonly formula?: string;
  /** the style index (s attribute) */
  readonly style?: string;
}

/** What a store writes into a cell: a value, or a formula in the stored form with its leading =. */
export type CellWrite = CellValue | { readonly formula: string };

const CELL = /^<c\b([^>]*?)(?:\/>|>([\s\S]*)<\/c>)$/;

/** Reads a `<c>` element; `strings` is the shared string table. */
export function readCell(xml: string, strings: readonly string[]): CellRead {
  const match = CELL.exec(xml);
  if (!match) return { value: null };
  const attrs = match[1] ?? "";
  const body = match[2] ?? "";
  const style = getAttr(attrs, "s");
  const type = getAttr(attrs, "t") ?? "n";
  const f = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
  const formula = f ? decodeXml(f[1] ?? "") : undefined;
  const v = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(body);
  const raw = v ? decodeXml(v[1] ?? "") : undefined;
  let value: CellValue = null;
  switch (type) {
    case "s":
      value = raw === undefined ? null : (strings[Number(raw)] ?? null);
      break;
    case "inlineStr": {
      const is = /<is>([\s\S]*?)<\/is>/.exec(body);
      value = is ? stringItemText(is[1] ?? "") : null;
      break;
    }
    case "str":
    case "e":
      value = raw === undefined ? null : decodeOoxmlText(raw);
      break;
    case "b":
      value = raw === undefined ? null : raw.trim() === "1" || raw.trim() === "true";
      break;
    case "d": {
      // ISO 8601 dates (rare: strict files); the date part is all the workbook keeps.
      const date = raw?.slice(0, 10) ?? "";
      value = isIsoDate(date) ? isoToSerial(date) : (raw ?? null);
      break;
    }
    default:
      value = raw === undefined || raw.trim() === "" ? null : Number(raw);
  }
  return { value, ...(formula !== undefined ? { formula } : {}), ...(style !== undefined ? { style } : {}) };
}

/** A `<c>` element at `address`; null or "" writes an empty (styled) cell. */
export function renderCell(address: string, style: string | undefined, content: CellWrite): string {
  const s = style === undefined ? "" : ` s="${escapeXml(style)}"`;
  if (content !== null && typeof content === "object") {
    const formula = content.formula.replace(/^=/, "");
    return `<c r="${address}"${s}><f>${escapeXml(formula)}</f></c>`;
  }
  if (content === null || content === "") return `<c r="${address}"${s}/>`;
  if (typeof content === "boolean") return `<c r="${address}"${s} t="b"><v>${content ? 1 : 0}</v></c>`;
  if (typeof content === "number") {
    if (!Number.isFinite(content)) throw new RangeError(`cannot write ${content} into ${address}`);
    return `<c r="${address}"${s}><v>${content}</v></c>`;
  }
  return `<c r="${address}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(encodeOoxmlText(content))}</t></is></c>`;
}

/** The cell XML with its style kept and `address` set; used when a row moves. */
export function moveCell(xml: string, address: string): string {
  return xml.replace(/^<c\b([^>]*?)(\/?)>/, (_whole, attrs: string, slash: string) => {
    const rest = attrs.replace(/\s+r\s*=\s*("[^"]*"|'[^']*')/, "");
    return `<c r="${address}"${rest}${slash}>`;
  });
}
