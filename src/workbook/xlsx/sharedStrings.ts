// The shared string table (xl/sharedStrings.xml) as an array: cells of type "s" hold an index into it.
import { stringItemText } from "./xml";

export function parseSharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const strings: string[] = [];
  for (const match of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) strings.push(match[1] === undefined ? "" : stringItemText(match[1]));
  return strings;
}
