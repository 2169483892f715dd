// Table parts (xl/tables/tableN.xml): what a table is called, where it is and its columns; and the few
// edits a store makes to one (grow it, add a column), leaving everything else the user set as it was.
import { formatRange, parseRange, type CellRange } from "../a1";
import { decodeOoxmlText, decodeXml, encodeOoxmlText, escapeXml, findTag, getAttr, setAttr } from "./xml";

export interface TableColumnDef {
  readonly id: number;
  /** the header, as the table part names the column */
  readonly name: string;
  /** the column's calculated formula (stored form, no leading =), when it has one */
  readonly formula?: string;
}

export interface TableDef {
  readonly id: number;
  /** the name formulas use (displayName; Excel keeps name the same) */
  readonly name: string;
  readonly ref: CellRange;
  readonly headerRowCount: number;
  readonly totalsRowCount: number;
  readonly columns: readonly TableColumnDef[];
}

/** Rows of data (between the header and the totals row), as a range. */
export function dataRange(table: TableDef): CellRange {
  return { ...table.ref, top: table.ref.top + table.headerRowCount, bottom: table.ref.bottom - table.totalsRowCount };
}

export function parseTableXml(xml: string): TableDef | undefined {
  const tag = findTag(xml, "table");
  if (!tag) return undefined;
  const ref = parseRange(getAttr(tag.attrs, "ref") ?? "");
  const name = getAttr(tag.attrs, "displayName") ?? getAttr(tag.attrs, "name");
  if (!ref || name === undefined) return undefined;
  const columns: TableColumnDef[] = [];
  for (const match of xml.matchAll(/<tableColumn\b([^>]*?)(?:\/>|>([\s\S]*?)<\/tableColumn>)/g)) {
    const attrs = match[1] ?? "";
    const formula = /<calculatedColumnFormula\b[^>]*>([\s\S]*?)<\/calculatedColumnFormula>/.exec(match[2] ?? "");
    columns.push({
      id: Number(getAttr(attrs, "id") ?? "0"),
      name: decodeOoxmlText(getAttr(attrs, "name") ?? ""),
      ...(formula ? { formula: decodeXml(formula[1] ?? "") } : {}),
    });
  }
  return {
    id: Number(getAttr(tag.attrs, "id") ?? "0"),
    name: decodeOoxmlText(name),
    ref,
    headerRowCount: Number(getAttr(tag.attrs, "headerRowCount") ?? "1"),
    totalsRowCount: Number(getAttr(tag.attrs, "totalsRowCount") ?? "0"),
    columns,
  };
}

function replaceTagAttrs(xml: string, name: string, edit: (attrs: string) => string): string {
  const tag = findTag(xml, name);
  if (!tag) return xml;
  return `${xml.slice(0, tag.start)}<${name}${edit(tag.attrs)}${tag.selfClosing ? "/" : ""}>${xml.slice(tag.end)}`;
}

/** The table part moved to `ref`: the table, its filter range and a saved sort follow. */
export function withTableRef(xml: string, table: TableDef, ref: CellRange): string {
  const next: TableDef = { ...table, ref };
  const filterRef = { ...ref, bottom: ref.bottom - table.totalsRowCount };
  let out = replaceTagAttrs(xml, "table", (attrs) => setAttr(attrs, "ref", formatRange(ref)));
  out = replaceTagAttrs(out, "autoFilter", (attrs) => setAttr(attrs, "ref", formatRange(filterRef)));
  out = replaceTagAttrs(out, "sortState", (attrs) => (getAttr(attrs, "ref") === undefined ? attrs : setAttr(attrs, "ref", formatRange(dataRange(next)))));
  return out;
}

export function renderTableColumn(column: TableColumnDef): string {
  const name = escapeXml(encodeOoxmlText(column.name));
  if (column.formula === undefined) return `<tableColumn id="${column.id}" name="${name}"/>`;
  return `<tableColumn id="${column.id}" name="${name}"><calculatedColumnFormula>${escapeXml(column.formula)}</calculatedColumnFormula></tableColumn>`;
}

/** The table part with one more column at its right end (the caller widens the ref). */
export function withTableColumn(xml: string, column: TableColumnDef): string {
  const close = xml.indexOf("</tableColumns>");
  if (close < 0) throw new Error("table part has no <tableColumns>");
  const out = `${xml.slice(0, close)}${renderTableColumn(column)}${xml.slice(close)}`;
  return replaceTagAttrs(out, "tableColumns", (attrs) => {
    const count = Number(getAttr(attrs, "count") ?? "0");
    return setAttr(attrs, "count", String(count + 1));
  });
}

export interface NewTable {
  readonly id: number;
  readonly name: string;
  readonly ref: CellRange;
  readonly columns: readonly TableColumnDef[];
  readonly style: string;
}

/** A table part as Excel writes one: filter buttons shown, no totals row, banded rows. */
export function renderTableXml(table: NewTable): string {
  const ref = formatRange(table.ref);
  const name = escapeXml(table.name);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${table.id}" name="${name}" displayName="${name}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${table.columns.length}">${table.columns.map(renderTableColumn).join("")}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`
  );
}
