// SpreadsheetML written with a namespace prefix (<x:worksheet xmlns:x="…/main"><x:sheetData>…, as some
// generators and .NET's OpenXML SDK write it) read as the usual unprefixed form, so every reader here
// (which looks for <sheetData>, <row>, <c>, <table> …) finds what is there instead of refusing the file.
// A part normalised this way and then edited is saved unprefixed under a default namespace: the same XML.

/** SpreadsheetML's main namespace: transitional (what Excel writes) and strict. */
const MAIN_NAMESPACES: readonly string[] = ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"];

const ROOT = /<([A-Za-z_][\w.-]*):([A-Za-z_][\w.-]*)\b([^>]*)>/;

/**
 * The part with the SpreadsheetML main namespace's prefix taken off its elements, when its root element
 * carries one; any other XML (relationships, an unprefixed part) is returned as it is. A part whose root
 * also declares a different default namespace is left alone: removing the prefix would change its meaning.
 *
 * @example
 * withoutMainPrefix('<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData/></x:worksheet>')
 * //=> '<worksheet xmlns:x="…/main" xmlns="…/main"><sheetData/></worksheet>'
 */
export function withoutMainPrefix(xml: string): string {
  const declaration = /^\s*(?:<\?xml[^>]*\?>\s*)?/.exec(xml)?.[0].length ?? 0;
  const root = ROOT.exec(xml.slice(declaration));
  if (!root || root.index !== 0) return xml;
  const [, prefix = "", , attrs = ""] = root;
  const bound = new RegExp(`\\sxmlns:${prefix}\\s*=\\s*["']([^"']*)["']`).exec(attrs)?.[1];
  if (bound === undefined || !MAIN_NAMESPACES.includes(bound)) return xml;
  const defaultNs = /\sxmlns\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1];
  if (defaultNs !== undefined && defaultNs !== bound) return xml;
  const unprefixed = xml.replace(new RegExp(`<(/?)${prefix}:`, "g"), "<$1");
  if (defaultNs !== undefined) return unprefixed;
  // the root lost its prefix: give it the namespace as its default, right after its name
  const rootName = root[2] ?? "";
  const at = unprefixed.indexOf(`<${rootName}`, declaration) + rootName.length + 1;
  return `${unprefixed.slice(0, at)} xmlns="${bound}"${unprefixed.slice(at)}`;
}
