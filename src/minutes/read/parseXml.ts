// Parses the XML inside .docx and .odt zips with @xmldom/xmldom: a Result instead of a throw, and element access by namespace.
import { DOMParser, type Element, type Node } from "@xmldom/xmldom";
import { fail, ok, type Failure, type Result } from "../../domain";
import { problem, type XmlFault } from "../../problems";
import { xmlFault } from "./xmlFault";

/**
 * The root element of an XML document, or why it is not well-formed, with the line (`minutes.xmlInvalid`,
 * worded in zh-TW and English by the catalogue).
 * Warnings (a stray U+FFFD, an unquoted attribute) do not fail it: the document is still readable.
 *
 * @example
 * parseXml("<t:p/>") //=> fail("第 1 行：標籤 <t:p> 的命名空間前置詞沒有宣告")
 */
export function parseXml(xml: string): Result<Element> {
  let reason: string | undefined;
  try {
    const parser = new DOMParser({
      // XML 1.0 line ends: xmldom's default (XML 1.1) would also turn U+2028 and U+0085 in the text into LF.
      normalizeLineEndings: (source) => source.replace(/\r\n?/g, "\n"),
      onError: (level, message) => {
        if (level === "warning") return;
        reason ??= message;
        // Stop at the first error: what xmldom reports after it is mostly the aftermath.
        throw new Error(message);
      },
    });
    const root = parser.parseFromString(xml, "text/xml").documentElement;
    return root === null ? fail(problem("minutes.xmlInvalid", { fault: { reason: { kind: "noElement" } } })) : ok(root);
  } catch (error) {
    return fail(problem("minutes.xmlInvalid", { fault: xmlFault(xml, error, reason) }));
  }
}

/** The fault parseXml refused a document for, to nest in a reader's reason (是 ODF 文件，但 content.xml 不是有效的 XML…). */
export function xmlFaultOf(failure: Pick<Failure, "error" | "problem">): XmlFault {
  return failure.problem?.code === "minutes.xmlInvalid" ? failure.problem.params.fault : { reason: { kind: "other", detail: failure.error } };
}

export const isElement = (node: Node): node is Element => node.nodeType === node.ELEMENT_NODE;

/** The element children of `element`, in document order (text, comments and processing instructions left out). */
export function childElements(element: Element): Element[] {
  const children: Element[] = [];
  for (let node = element.firstChild; node !== null; node = node.nextSibling) if (isElement(node)) children.push(node);
  return children;
}

/** An attribute by namespace and local name, e.g. `attr(el, TEXT, "c")` for `text:c="3"`; undefined when absent. */
export function attr(element: Element, namespace: string, localName: string): string | undefined {
  return element.getAttributeNS(namespace, localName) ?? undefined;
}
