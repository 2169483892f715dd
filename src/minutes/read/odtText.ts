// Turns an ODF text document's content.xml into plain text, one line per paragraph, as the parser reads it.
import type { Element, Node } from "@xmldom/xmldom";
import { ok, type Result } from "../../domain";
import { refuse } from "./refusal";
import { OFFICE, OdtLists, TEXT, type ListInstance } from "./odtLists";
import { attr, childElements, isElement, parseXml, xmlFaultOf } from "./parseXml";

const SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";

/**
 * Elements whose character data is not part of the document's running text (ODF 1.2 §6.1.1):
 * footnote bodies and citations, comments, ruby annotations, the deleted text that tracked changes
 * keep, index templates and the alt text of drawings. mammoth leaves out the same things in .docx.
 */
const SKIPPED: ReadonlySet<string> = new Set([
  `${TEXT} note`,
  `${TEXT} ruby-text`,
  `${TEXT} tracked-changes`,
  `${TEXT} sequence-decls`,
  `${TEXT} variable-decls`,
  `${TEXT} user-field-decls`,
  `${TEXT} table-of-content-source`,
  `${TEXT} illustration-index-source`,
  `${TEXT} alphabetical-index-source`,
  `${TEXT} bibliography-source`,
  `${OFFICE} annotation`,
  `${OFFICE} forms`,
  `${SVG} title`,
  `${SVG} desc`,
]);

const key = (element: Element) => `${element.namespaceURI ?? ""} ${element.localName ?? ""}`;
const isTextElement = (element: Element, localName: string): boolean => element.namespaceURI === TEXT && element.localName === localName;
const isParagraph = (element: Element) => isTextElement(element, "p") || isTextElement(element, "h");
// CDATA is character data like any other; comments and processing instructions are not text.
const isCharacterData = (node: Node): boolean => node.nodeType === node.TEXT_NODE || node.nodeType === node.CDATA_SECTION_NODE;

/**
 * Builds lines while applying ODF's white-space rule (ODF 1.2 §6.1.2): in paragraph text, runs of
 * space, tab, CR and LF collapse to one space, and are dropped at the paragraph's start and end.
 * Spaces the author typed on purpose are `<text:s>`, `<text:tab>` and `<text:line-break>`, kept as is.
 */
class LineWriter {
  readonly lines: string[] = [];
  private current = "";
  private pendingSpace = false;
  private depth = 0;

  startParagraph(): void {
    // A paragraph inside a paragraph (a text box in a frame) becomes its own line.
    if (this.depth > 0) this.flush(false);
    this.depth++;
  }

  endParagraph(): void {
    this.depth--;
    this.flush(this.depth === 0);
  }

  collapsible(text: string): void {
    const parts = text.split(/[ \t\r\n]+/);
    parts.forEach((part, i) => {
      if (i > 0 && this.current !== "") this.pendingSpace = true;
      if (part !== "") this.literal(part);
    });
  }

  literal(text: string): void {
    if (this.pendingSpace) this.current += " ";
    this.pendingSpace = false;
    this.current += text;
  }

  private flush(always: boolean): void {
    if (always || this.current !== "") this.lines.push(this.current);
    this.current = "";
    this.pendingSpace = false;
  }
}

interface ListContext {
  readonly instance: ListInstance;
  readonly styleName: string | undefined;
  readonly level: number;
}

function spaceCount(element: Element): number {
  const count = Number(attr(element, TEXT, "c") ?? "1");
  // A corrupt count must not turn one space into a billion.
  return Number.isInteger(count) && count >= 1 ? Math.min(count, 1000) : 1;
}

function firstParagraph(element: Element): Element | undefined {
  for (const child of childElements(element)) {
    if (isParagraph(child)) return child;
    const nested = firstParagraph(child);
    if (nested !== undefined) return nested;
  }
  return undefined;
}

/** Walks office:text in document order, writing lines and numbering list items as Writer shows them. */
class Walker {
  constructor(
    private readonly out: LineWriter,
    private readonly lists: OdtLists,
  ) {}

  /** Between paragraphs (lists, tables, sections) text nodes are only the XML's indentation. */
  block(element: Element): void {
    if (SKIPPED.has(key(element))) return;
    if (isParagraph(element)) return this.paragraph(element, undefined);
    if (isTextElement(element, "list")) return this.list(element, undefined);
    for (const child of childElements(element)) this.block(child);
  }

  private paragraph(element: Element, label: string | undefined): void {
    this.out.startParagraph();
    // A heading that carries its formatted number (<text:number>) needs no label of ours.
    if (label !== undefined && !childElements(element).some((c) => isTextElement(c, "number"))) this.out.literal(label);
    for (const child of element.childNodes) this.inline(child);
    this.out.endParagraph();
  }

  private inline(node: Node): void {
    if (isCharacterData(node)) return this.out.collapsible(node.nodeValue ?? "");
    if (!isElement(node) || SKIPPED.has(key(node))) return;
    if (isParagraph(node)) return this.paragraph(node, undefined);
    if (isTextElement(node, "s")) return this.out.literal(" ".repeat(spaceCount(node)));
    if (isTextElement(node, "tab")) return this.out.literal("\t");
    if (isTextElement(node, "line-break")) return this.out.literal("\n");
    for (const child of node.childNodes) this.inline(child);
  }

  private list(element: Element, parent: ListContext | undefined): void {
    const styleName =
      attr(element, TEXT, "style-name") ?? parent?.styleName ?? this.lists.listStyleOfParagraph(attr(firstParagraph(element) ?? element, TEXT, "style-name"));
    const context = { instance: parent?.instance ?? this.lists.startList(element, styleName), styleName, level: (parent?.level ?? 0) + 1 };
    for (const child of childElements(element)) {
      if (isTextElement(child, "list-item")) this.item(child, context, true);
      else if (isTextElement(child, "list-header")) this.item(child, context, false);
      else this.block(child);
    }
  }

  /** An item's first paragraph gets the number; an item that opens with a nested list is numbered there. */
  private item(element: Element, context: ListContext, numbered: boolean): void {
    const children = childElements(element);
    const first = children[0];
    let label = numbered && first !== undefined && isParagraph(first) ? this.lists.label(context.instance, context.styleName, context.level, element) : undefined;
    for (const child of children) {
      if (SKIPPED.has(key(child))) continue;
      if (isParagraph(child)) {
        this.paragraph(child, label);
        label = undefined;
      } else if (isTextElement(child, "list")) {
        this.list(child, context);
      } else {
        this.block(child);
      }
    }
  }
}

const isOffice = (element: Element, localName: string): boolean => element.namespaceURI === OFFICE && element.localName === localName;

function findBodyText(root: Element): Element | undefined {
  const body = childElements(root).find((c) => isOffice(c, "body"));
  return body === undefined ? undefined : childElements(body).find((c) => isOffice(c, "text"));
}

/**
 * The text of an ODF text document: every `text:p` and `text:h` is one line, list items and table
 * cells included, in document order. `<text:s text:c="3"/>` is three spaces, `<text:tab/>` a tab,
 * `<text:line-break/>` a new line. Automatic list numbering is not text in ODF (the list style
 * draws it), so the label Writer shows, `(一)` or `1.`, is computed from the list styles of
 * content.xml and styles.xml and written before the item's first paragraph. Outline numbering of
 * headings (Tools > Chapter Numbering) is not reproduced.
 *
 * @param contentXml content.xml of the .odt
 * @param stylesXml styles.xml, where named list styles live; without it such lists are unnumbered
 * @example
 * odtContentToText('…<office:text><text:p>主席：陳志銘</text:p><text:p>紀錄：<text:s/>許菁芳</text:p></office:text>…')
 * //=> ok("主席：陳志銘\n紀錄： 許菁芳")
 */
export function odtContentToText(contentXml: string, stylesXml?: string): Result<string> {
  const root = parseXml(contentXml);
  if (!root.ok) return refuse({ kind: "xmlInvalid", part: "content.xml", fault: xmlFaultOf(root) });
  const body = findBodyText(root.value);
  if (body === undefined) return refuse({ kind: "odtNoBody" });
  // A damaged styles.xml costs only the numbering of lists whose style it holds, not the text.
  const styles = stylesXml === undefined ? undefined : parseXml(stylesXml);
  const out = new LineWriter();
  new Walker(out, new OdtLists(styles?.ok ? [root.value, styles.value] : [root.value])).block(body);
  return ok(out.lines.join("\n"));
}
