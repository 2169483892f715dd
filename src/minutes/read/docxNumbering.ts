// Word's automatic list numbering ((一)、1.) as text: mammoth drops it, and minutes number their items with it.
import { XMLSerializer, type Document, type Element } from "@xmldom/xmldom";
import { formatListNumber, type NumberStyle } from "./listNumber";
import { attr, childElements, parseXml } from "./parseXml";

// Transitional and Strict OOXML name the same elements in two namespaces.
const W_NAMESPACES: ReadonlySet<string> = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);

/** One level of a list: how its counter starts, is written and restarts. */
interface Level {
  readonly start: number;
  readonly style: NumberStyle | "bullet";
  /** `(%1)`, `%1.%2.`: %n is the counter of level n */
  readonly text: string;
  readonly suffix: string;
  /** 1-based level whose use restarts this one; 0 never; undefined: any shallower level */
  readonly restart: number | undefined;
  /** Word's "legal" numbering writes every level's counter in Arabic digits */
  readonly legal: boolean;
  readonly paragraphStyle: string | undefined;
}

interface AbstractNum {
  readonly id: string;
  readonly levels: ReadonlyMap<number, Level>;
  readonly numStyleLink: string | undefined;
}

interface Num {
  readonly abstractNumId: string;
  readonly startOverrides: ReadonlyMap<number, number>;
  readonly levelOverrides: ReadonlyMap<number, Level>;
}

interface ParagraphStyle {
  readonly basedOn: string | undefined;
  readonly numId: string | undefined;
  readonly ilvl: number | undefined;
}

/** Word's w:numFmt values, by what they write. Unknown formats count in decimal, as Word falls back. */
const FORMATS: Readonly<Record<string, NumberStyle | "bullet">> = {
  decimal: "decimal",
  decimalHalfWidth: "decimal",
  decimalZero: "decimal-zero",
  decimalFullWidth: "decimal-full-width",
  decimalFullWidth2: "decimal-full-width",
  upperRoman: "upper-roman",
  lowerRoman: "lower-roman",
  upperLetter: "upper-letter",
  lowerLetter: "lower-letter",
  taiwaneseCounting: "chinese-counting",
  taiwaneseCountingThousand: "chinese-counting",
  chineseCounting: "chinese-counting",
  chineseCountingThousand: "chinese-counting",
  japaneseCounting: "chinese-counting",
  ideographLegalTraditional: "chinese-legal",
  chineseLegalSimplified: "chinese-legal-simplified",
  taiwaneseDigital: "chinese-digital",
  ideographDigital: "chinese-digital",
  ideographTraditional: "heavenly-stem",
  ideographZodiac: "earthly-branch",
  ideographZodiacTraditional: "stem-branch",
  decimalEnclosedCircle: "circled",
  decimalEnclosedCircleChinese: "circled",
  decimalEnclosedParen: "parenthesized",
  decimalEnclosedFullstop: "full-stop",
  ideographEnclosedCircle: "circled-ideograph",
  none: "none",
  bullet: "bullet",
};

const SUFFIXES: Readonly<Record<string, string>> = { tab: "\t", space: " ", nothing: "" };

const isW = (element: Element, localName: string): boolean => W_NAMESPACES.has(element.namespaceURI ?? "") && element.localName === localName;

function child(element: Element | undefined, localName: string): Element | undefined {
  return element === undefined ? undefined : childElements(element).find((c) => isW(c, localName));
}

function childrenNamed(element: Element, localName: string): Element[] {
  return childElements(element).filter((c) => isW(c, localName));
}

function wAttribute(element: Element | undefined, localName: string): string | undefined {
  if (element === undefined) return undefined;
  for (const ns of W_NAMESPACES) {
    const value = attr(element, ns, localName);
    if (value !== undefined) return value;
  }
  return undefined;
}

const val = (element: Element | undefined): string | undefined => wAttribute(element, "val");

function integer(text: string | undefined): number | undefined {
  return text !== undefined && /^-?\d+$/.test(text.trim()) ? Number(text) : undefined;
}

function readLevel(element: Element): Level {
  const restart = integer(val(child(element, "lvlRestart")));
  return {
    // ECMA-376 17.9.25: an omitted start is zero.
    start: integer(val(child(element, "start"))) ?? 0,
    style: FORMATS[val(child(element, "numFmt")) ?? "decimal"] ?? "decimal",
    text: val(child(element, "lvlText")) ?? "",
    suffix: SUFFIXES[val(child(element, "suff")) ?? "tab"] ?? "\t",
    restart,
    legal: child(element, "isLgl") !== undefined && val(child(element, "isLgl")) !== "0" && val(child(element, "isLgl")) !== "false",
    paragraphStyle: val(child(element, "pStyle")),
  };
}

function levelsOf(element: Element): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childrenNamed(element, "lvl")) levels.set(integer(wAttribute(lvl, "ilvl")) ?? 0, readLevel(lvl));
  return levels;
}

/** The numbering definitions of a .docx: numbering.xml plus the styles that carry numbering. */
export class DocxNumbering {
  private readonly abstracts = new Map<string, AbstractNum>();
  private readonly nums = new Map<string, Num>();
  private readonly paragraphStyles = new Map<string, ParagraphStyle>();
  private readonly numberingStyles = new Map<string, string>();

  // Counters are kept per abstract definition, as Word does: two w:num over one w:abstractNum are one list.
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly seen = new Set<string>();

  constructor(numberingXml: string | undefined, stylesXml: string | undefined) {
    const numbering = numberingXml === undefined ? undefined : parseXml(numberingXml);
    if (numbering?.ok) {
      for (const element of childrenNamed(numbering.value, "abstractNum")) {
        const id = wAttribute(element, "abstractNumId") ?? "";
        this.abstracts.set(id, { id, levels: levelsOf(element), numStyleLink: val(child(element, "numStyleLink")) });
      }
      for (const element of childrenNamed(numbering.value, "num")) {
        const startOverrides = new Map<number, number>();
        const levelOverrides = new Map<number, Level>();
        for (const override of childrenNamed(element, "lvlOverride")) {
          const ilvl = integer(wAttribute(override, "ilvl")) ?? 0;
          const start = integer(val(child(override, "startOverride")));
          if (start !== undefined) startOverrides.set(ilvl, start);
          const lvl = child(override, "lvl");
          if (lvl !== undefined) levelOverrides.set(ilvl, readLevel(lvl));
        }
        this.nums.set(wAttribute(element, "numId") ?? "", { abstractNumId: val(child(element, "abstractNumId")) ?? "", startOverrides, levelOverrides });
      }
    }
    const styles = stylesXml === undefined ? undefined : parseXml(stylesXml);
    if (styles?.ok) {
      for (const style of childrenNamed(styles.value, "style")) {
        const id = wAttribute(style, "styleId") ?? "";
        const numPr = child(child(style, "pPr"), "numPr");
        const numId = val(child(numPr, "numId"));
        if (wAttribute(style, "type") === "numbering") {
          if (numId !== undefined) this.numberingStyles.set(id, numId);
        } else {
          this.paragraphStyles.set(id, { basedOn: val(child(style, "basedOn")), numId, ilvl: integer(val(child(numPr, "ilvl"))) });
        }
      }
    }
  }

  /** True when the document defines any list at all (most minutes typed by hand do not). */
  get isEmpty(): boolean {
    return this.nums.size === 0;
  }

  /** The abstract definition behind a w:num, through numStyleLink indirection (a list style). */
  private abstractFor(numId: string): AbstractNum | undefined {
    let abstract = this.abstracts.get(this.nums.get(numId)?.abstractNumId ?? "");
    for (let hops = 0; abstract?.numStyleLink !== undefined && hops < 5; hops++) {
      const linkedNum = this.numberingStyles.get(abstract.numStyleLink);
      abstract = linkedNum === undefined ? undefined : this.abstracts.get(this.nums.get(linkedNum)?.abstractNumId ?? "");
    }
    return abstract;
  }

  private styleNumbering(styleId: string | undefined): { numId: string | undefined; ilvl: number | undefined } {
    let numId: string | undefined;
    let ilvl: number | undefined;
    const visited = new Set<string>();
    for (let id = styleId; id !== undefined && !visited.has(id); id = this.paragraphStyles.get(id)?.basedOn) {
      visited.add(id);
      const style = this.paragraphStyles.get(id);
      numId ??= style?.numId;
      ilvl ??= style?.ilvl;
    }
    return { numId, ilvl };
  }

  /**
   * The label Word shows before the next paragraph with these properties, advancing the counters
   * (call it for every paragraph, in document order). Undefined for a paragraph without numbering,
   * and for bullets, which carry no number.
   *
   * @param direct the paragraph's own w:numPr values, if any
   * @param styleId the paragraph's w:pStyle
   */
  next(direct: { numId: string | undefined; ilvl: number | undefined }, styleId: string | undefined): string | undefined {
    const inherited = this.styleNumbering(styleId);
    const numId = direct.numId ?? inherited.numId;
    if (numId === undefined || numId === "0") return undefined;
    const abstract = this.abstractFor(numId);
    const num = this.nums.get(numId);
    if (abstract === undefined || num === undefined) return undefined;
    const byStyle = [...abstract.levels].find(([, level]) => level.paragraphStyle !== undefined && level.paragraphStyle === styleId)?.[0];
    const ilvl = Math.min(Math.max(direct.ilvl ?? inherited.ilvl ?? byStyle ?? 0, 0), 8);
    const levelAt = (i: number) => num.levelOverrides.get(i) ?? abstract.levels.get(i);
    const level = levelAt(ilvl);
    if (level === undefined) return undefined;

    const counts = this.counters.get(abstract.id) ?? [];
    this.counters.set(abstract.id, counts);
    const firstUse = !this.seen.has(`${numId}/${ilvl}`);
    this.seen.add(`${numId}/${ilvl}`);
    const override = num.startOverrides.get(ilvl);
    const current = counts[ilvl];
    counts[ilvl] = firstUse && override !== undefined ? override : current === undefined ? level.start : current + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = levelAt(deeper)?.restart;
      if (restart === undefined || (restart !== 0 && ilvl < restart)) counts[deeper] = undefined;
    }

    if (level.style === "bullet") return undefined;
    const label = level.text.replace(/%([1-9])/g, (_whole, digit: string) => {
      const index = Number(digit) - 1;
      const other = levelAt(index);
      const value = counts[index] ?? other?.start ?? 0;
      const style = other === undefined || other.style === "bullet" ? "decimal" : level.legal && index < ilvl ? "decimal" : other.style;
      return formatListNumber(value, style);
    });
    return label === "" ? undefined : label + level.suffix;
  }
}

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

/** A `w:r` holding `text`, in the paragraph's own namespace and prefix (Transitional or Strict, any prefix). */
function labelRun(document: Document, paragraph: Element, text: string): Element {
  const name = (localName: string) => (paragraph.prefix === null ? localName : `${paragraph.prefix}:${localName}`);
  const t = document.createElementNS(paragraph.namespaceURI, name("t"));
  // Labels such as "(一) " end in a space or tab, which a w:t keeps only with xml:space="preserve".
  t.setAttributeNS(XML_NAMESPACE, "xml:space", "preserve");
  t.appendChild(document.createTextNode(text));
  const run = document.createElementNS(paragraph.namespaceURI, name("r"));
  run.appendChild(t);
  return run;
}

/**
 * Writes each numbered paragraph's label into word/document.xml as a run of text at the paragraph's
 * start, so mammoth's raw text shows `(一)` where Word shows it. A document with no lists, or none
 * used, comes back as the same string; one xmldom cannot read comes back unchanged for mammoth to refuse.
 *
 * @example
 * // numbering.xml defines level 0 as taiwaneseCountingThousand, "(%1)", no suffix
 * insertListNumbers('<w:document xmlns:w="…"><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>請總務組</w:t></w:r></w:p>…', numbering)
 * //=> '<w:document xmlns:w="…"><w:body><w:p><w:pPr>…</w:pPr><w:r><w:t xml:space="preserve">(一)</w:t></w:r><w:r><w:t>請總務組</w:t></w:r></w:p>…'
 */
export function insertListNumbers(documentXml: string, numbering: DocxNumbering): string {
  if (numbering.isEmpty) return documentXml;
  const root = parseXml(documentXml);
  const document = root.ok ? root.value.ownerDocument : null;
  if (!root.ok || document === null) return documentXml;
  let changed = false;
  // Copied out first: the list is live, and inserting runs would make xmldom recompute it on every step.
  // Any namespace, then only Word's: DrawingML's a:p in a shape is not a Word paragraph.
  const paragraphs = Array.from(root.value.getElementsByTagNameNS("*", "p")).filter((p) => isW(p, "p"));
  for (const paragraph of paragraphs) {
    // Direct children only: the old w:pPr inside w:pPrChange (tracked formatting) is history, not what Word shows.
    const properties = child(paragraph, "pPr");
    const numPr = child(properties, "numPr");
    const label = numbering.next({ numId: val(child(numPr, "numId")), ilvl: integer(val(child(numPr, "ilvl"))) }, val(child(properties, "pStyle")));
    if (label === undefined) continue;
    paragraph.insertBefore(labelRun(document, paragraph, label), properties === undefined ? paragraph.firstChild : properties.nextSibling);
    changed = true;
  }
  return changed ? new XMLSerializer().serializeToString(document) : documentXml;
}
