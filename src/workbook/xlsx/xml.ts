// Just enough XML for the parts of an .xlsx we edit in place: escaping, entities, OOXML's _xHHHH_
// escapes, and reading or setting one attribute of a tag without parsing the whole document.

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes the five named entities and numeric character references. */
export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** Escapes text for an element's content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : "&quot;"));
}

/**
 * OOXML writes characters XML 1.0 cannot carry (and a carriage return, which parsers fold into a line
 * feed) as _xHHHH_; a literal "_x0041_" in the text is itself escaped as _x005F_x0041_ so it survives.
 */
export function encodeOoxmlText(text: string): string {
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/[^\t\n\u0020-\uFFFD]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

export function decodeOoxmlText(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// Compiled once per attribute name: reading a sheet asks for r, s and t of every cell.
const ATTR_PATTERNS = new Map<string, RegExp>();

/** The value of attribute `name` in a start tag's attribute text, decoded; undefined when absent. */
export function getAttr(attrs: string, name: string): string | undefined {
  let pattern = ATTR_PATTERNS.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name.replace(/:/g, "\\:")}\\s*=\\s*("([^"]*)"|'([^']*)')`);
    ATTR_PATTERNS.set(name, pattern);
  }
  const match = pattern.exec(attrs);
  if (!match) return undefined;
  return decodeXml(match[2] ?? match[3] ?? "");
}

/** Attribute text (as findTag gives it, no `/`) with `name` set to `value`, added at the end when absent; undefined removes it. */
export function setAttr(attrs: string, name: string, value: string | undefined): string {
  const pattern = new RegExp(`(\\s)${name.replace(/:/g, "\\:")}\\s*=\\s*("[^"]*"|'[^']*')`);
  if (value === undefined) return attrs.replace(pattern, "");
  const rendered = `${name}="${escapeXml(value)}"`;
  if (pattern.test(attrs)) return attrs.replace(pattern, (_whole, space: string) => `${space}${rendered}`);
  return `${attrs.trimEnd()} ${rendered}`;
}

/** The first start tag of element `name` (with its attribute text) at or after `from`, or undefined. */
export function findTag(xml: string, name: string, from = 0): { start: number; end: number; attrs: string; selfClosing: boolean } | undefined {
  const pattern = new RegExp(`<${name}(?=[\\s/>])([^>]*?)(/?)>`, "g");
  pattern.lastIndex = from;
  const match = pattern.exec(xml);
  if (!match) return undefined;
  return { start: match.index, end: match.index + match[0].length, attrs: match[1] ?? "", selfClosing: match[2] === "/" };
}

/** The text of every `<t>` in a string item (shared or inline), without phonetic runs (<rPh>). */
export function stringItemText(xml: string): string {
  const body = xml.includes("<rPh") ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : xml;
  let text = "";
  for (const match of body.matchAll(/<t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/t>)/g)) text += match[1] ?? "";
  return decodeOoxmlText(decodeXml(text));
}
