// ODF list styles and counters: the (一)、1. that Writer draws before list items, which content.xml does not hold as text.
import type { Element } from "@xmldom/xmldom";
import { formatListNumber, type NumberStyle } from "./listNumber";
import { attr, childElements } from "./parseXml";

export const OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
export const TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

interface LevelStyle {
  readonly style: NumberStyle | "bullet";
  readonly prefix: string;
  readonly suffix: string;
  readonly start: number;
  /** how many levels the label shows: 2 gives 1.3 */
  readonly displayLevels: number;
  /** what Writer puts between label and text: a tab, a space or nothing */
  readonly followedBy: string;
}

/** Writer's num-format values; the Asian ones are written as a sample of the sequence. */
function numberStyle(format: string | undefined): NumberStyle {
  if (format === undefined || format === "1") return "decimal";
  if (format === "") return "none";
  if (format === "a") return "lower-letter";
  if (format === "A") return "upper-letter";
  if (format === "i") return "lower-roman";
  if (format === "I") return "upper-roman";
  const sample = [...format.replace(/[,\s.]/g, "")];
  const [first, second] = sample;
  if (first === "一") return "chinese-counting";
  if (first === "壹") return second === "贰" ? "chinese-legal-simplified" : "chinese-legal";
  if (first === "〇") return "chinese-digital";
  if (first === "甲") return "heavenly-stem";
  if (first === "子") return "earthly-branch";
  if (first === "１") return "decimal-full-width";
  if (first === "①") return "circled";
  if (first === "⑴") return "parenthesized";
  if (first === "⒈") return "full-stop";
  if (first === "㊀") return "circled-ideograph";
  return "decimal";
}

const FOLLOWED_BY: Readonly<Record<string, string>> = { listtab: "\t", space: " ", nothing: "" };

const XML = "http://www.w3.org/XML/1998/namespace";

const named = (element: Element, ns: string, localName: string): boolean => element.namespaceURI === ns && element.localName === localName;

function readLevel(element: Element): LevelStyle {
  const properties = childElements(element).find((e) => named(e, STYLE, "list-level-properties"));
  const alignment = properties === undefined ? undefined : childElements(properties).find((e) => named(e, STYLE, "list-level-label-alignment"));
  // The older label-width-and-position mode has no "followed by": the label is positioned, nothing separates it.
  const labelAlignment = properties !== undefined && attr(properties, TEXT, "list-level-position-and-space-mode") === "label-alignment";
  const display = Number(attr(element, TEXT, "display-levels") ?? "1");
  const start = Number(attr(element, TEXT, "start-value") ?? "1");
  return {
    style: named(element, TEXT, "list-level-style-number") ? numberStyle(attr(element, STYLE, "num-format")) : "bullet",
    prefix: attr(element, STYLE, "num-prefix") ?? "",
    suffix: attr(element, STYLE, "num-suffix") ?? "",
    start: Number.isInteger(start) ? start : 1,
    displayLevels: Number.isInteger(display) && display >= 1 ? display : 1,
    followedBy: labelAlignment ? (FOLLOWED_BY[(alignment && attr(alignment, TEXT, "label-followed-by")) ?? "listtab"] ?? "\t") : "",
  };
}

export interface ListInstance {
  readonly counts: (number | undefined)[];
}

/**
 * The list styles of a document (automatic ones in content.xml, named ones in styles.xml) and the
 * counters of the lists read so far. Used in document order by odtContentToText.
 */
export class OdtLists {
  private readonly listStyles = new Map<string, Map<number, LevelStyle>>();
  private readonly paragraphStyles = new Map<string, { parent: string | undefined; listStyle: string | undefined }>();
  private readonly byId = new Map<string, ListInstance>();
  private readonly lastByStyle = new Map<string, ListInstance>();

  constructor(roots: readonly Element[]) {
    for (const root of roots) {
      for (const section of childElements(root)) {
        if (!named(section, OFFICE, "automatic-styles") && !named(section, OFFICE, "styles")) continue;
        for (const style of childElements(section)) {
          const name = attr(style, STYLE, "name");
          if (name === undefined) continue;
          if (named(style, TEXT, "list-style")) {
            const levels = new Map<number, LevelStyle>();
            for (const level of childElements(style)) levels.set(Number(attr(level, TEXT, "level") ?? "1"), readLevel(level));
            this.listStyles.set(name, levels);
          } else if (named(style, STYLE, "style")) {
            this.paragraphStyles.set(name, { parent: attr(style, STYLE, "parent-style-name"), listStyle: attr(style, STYLE, "list-style-name") });
          }
        }
      }
    }
  }

  /** A paragraph style's list style, through its parents (Writer's "Numbering 1" paragraph styles). */
  listStyleOfParagraph(styleName: string | undefined): string | undefined {
    const visited = new Set<string>();
    for (let name = styleName; name !== undefined && !visited.has(name); name = this.paragraphStyles.get(name)?.parent) {
      visited.add(name);
      const listStyle = this.paragraphStyles.get(name)?.listStyle;
      if (listStyle !== undefined) return listStyle;
    }
    return undefined;
  }

  /**
   * The counters for a top-level `text:list`: a new list starts afresh unless it continues another
   * (`text:continue-list` names it, `text:continue-numbering` means the last list of its style).
   */
  startList(list: Element, styleName: string | undefined): ListInstance {
    const continued = attr(list, TEXT, "continue-list");
    let instance = continued === undefined ? undefined : this.byId.get(continued);
    if (instance === undefined && attr(list, TEXT, "continue-numbering") === "true" && styleName !== undefined) {
      instance = this.lastByStyle.get(styleName);
    }
    instance ??= { counts: [] };
    const id = attr(list, XML, "id") ?? attr(list, TEXT, "id");
    if (id !== undefined) this.byId.set(id, instance);
    if (styleName !== undefined) this.lastByStyle.set(styleName, instance);
    return instance;
  }

  /** Advances the counter of `level` (1-based) for a list item and returns the label Writer shows, if any. */
  label(instance: ListInstance, styleName: string | undefined, level: number, item: Element): string | undefined {
    const levels = styleName === undefined ? undefined : this.listStyles.get(styleName);
    const own = levels?.get(level);
    const index = level - 1;
    const startAt = Number(attr(item, TEXT, "start-value") ?? "NaN");
    const current = instance.counts[index];
    instance.counts[index] = Number.isInteger(startAt) ? startAt : current === undefined ? (own?.start ?? 1) : current + 1;
    instance.counts.length = level;
    if (own === undefined || own.style === "bullet") return undefined;
    const shown: string[] = [];
    for (let l = Math.max(1, level - own.displayLevels + 1); l <= level; l++) {
      const style = levels?.get(l)?.style ?? "decimal";
      shown.push(formatListNumber(instance.counts[l - 1] ?? levels?.get(l)?.start ?? 1, style === "bullet" ? "decimal" : style));
    }
    const label = own.prefix + shown.join(".") + own.suffix;
    return label === "" ? undefined : label + own.followedBy;
  }
}
