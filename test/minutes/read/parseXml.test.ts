// parseXml: xmldom's tree read by namespace, what it keeps of the text, and its refusals as typed faults with the line (zh-TW and English).
import type { Element, Node } from "@xmldom/xmldom";
import { failureMessage } from "../../../src/domain";
import { attr, childElements, isElement, parseXml, xmlFaultOf } from "../../../src/minutes/read/parseXml";
import { errorOf, unwrap } from "./support";

const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

/** A compact view of a tree for table tests: `{ns}name(children)`, text as JSON. */
function show(node: Node): string {
  if (!isElement(node)) return JSON.stringify(node.nodeValue);
  const children: string[] = [];
  for (const child of node.childNodes) children.push(show(child));
  return `{${node.namespaceURI ?? ""}}${node.localName ?? ""}(${children.join(",")})`;
}

describe("parseXml reads the tree by namespace", () => {
  test.each([
    ["an empty element", "<a/>", "{}a()"],
    ["text and children", "<a>甲<b>乙</b>丙</a>", '{}a("甲",{}b("乙"),"丙")'],
    ["a default namespace", '<a xmlns="urn:x"><b/></a>', "{urn:x}a({urn:x}b())"],
    ["an inner declaration shadows an outer one", '<p:a xmlns:p="urn:1"><p:b xmlns:p="urn:2"/><p:c/></p:a>', "{urn:1}a({urn:2}b(),{urn:1}c())"],
    ["entities and character references are decoded", "<a>&amp;&apos;&gt;&#x6CE8;&#38515;&#x20BB7;</a>", '{}a("&\'>注陳𠮷")'],
    ["CDATA is text, kept verbatim", "<a><![CDATA[<b>&amp;]]></a>", '{}a("<b>&amp;")'],
    ["CRLF and CR are LF (XML 1.0)", "<a>甲\r\n乙\r丙</a>", '{}a("甲\\n乙\\n丙")'],
    ["U+2028 and U+0085 stay text (xmldom's XML 1.1 default would make them LF)", "<a>甲\u2028乙\u0085</a>", '{}a("甲\u2028乙\u0085")'],
  ])("%s", (_name, xml, expected) => {
    expect(show(unwrap(parseXml(xml)))).toBe(expected);
  });

  test("attr reads by namespace and local name, undefined when absent", () => {
    const root = unwrap(parseXml('<t:s xmlns:t="urn:t" t:c="&lt;3" b="1" xml:id="L1"/>'));
    expect(attr(root, "urn:t", "c")).toBe("<3");
    expect(attr(root, XML_NAMESPACE, "id")).toBe("L1");
    expect(attr(root, "urn:t", "b")).toBeUndefined();
    expect(attr(root, "urn:other", "c")).toBeUndefined();
  });

  test("childElements leaves out text, comments and processing instructions", () => {
    const root = unwrap(parseXml("<a>甲<!-- c --><b/><?pi x?>乙<c/></a>"));
    expect(childElements(root).map((e: Element) => e.localName)).toEqual(["b", "c"]);
  });

  test("a deep document is read", () => {
    const depth = 5000;
    let node: Element | undefined = unwrap(parseXml("<a>".repeat(depth) + "底" + "</a>".repeat(depth)));
    for (let i = 1; i < depth; i++) node = node === undefined ? undefined : childElements(node)[0];
    expect(node?.textContent).toBe("底");
  });

  test("warnings do not fail a readable document", () => {
    expect(show(unwrap(parseXml("<a>壞\uFFFD字</a>")))).toBe('{}a("壞\uFFFD字")');
  });
});

describe("parseXml refuses malformed XML with the line, in zh-TW", () => {
  test.each([
    ["mismatched tags", "<a>\n<b></a>", "第 2 行：開始標籤 <b> 與結束標籤 </a> 不相符"],
    ["an unclosed element", "<a>\n<b>", "第 2 行：元素 <a>、<b> 沒有結束（文件不完整）"],
    ["a tag cut short", '<a>\n<b c="1"', "第 2 行：文件在標籤中途結束（文件不完整）"],
    ["an unknown entity", "<a>\n<b/>\n<c>&nbsp;</c></a>", "第 3 行：無法辨識的實體「&nbsp;」"],
    ["an entity without its semicolon", "<a>A &amp B</a>", "第 1 行：實體缺少結尾的「;」（文字中的 & 應寫成 &amp;）"],
    ["an entity a DOCTYPE declares is not expanded", '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', "第 1 行：無法辨識的實體「&x;」"],
    ["an undeclared element prefix", "<a>\n  <t:p/></a>", "第 2 行：標籤 <t:p> 的命名空間前置詞沒有宣告"],
    ["an undeclared attribute prefix", "<a>\n  <p t:c='1'/></a>", "第 2 行：標籤 <p> 的命名空間前置詞沒有宣告"],
    ["text before the root (xmldom gives no line there)", "甲\n乙<a/>", "根元素之外有文字「甲乙」"],
    ["content after the root", "<a/>\n乙", "第 1 行：根元素之後還有內容"],
    ["two roots", "<a/><b/>", "第 1 行：根元素之後還有內容"],
    ["a repeated attribute", '<a b="1" b="2"/>', "第 1 行：屬性 b 重複出現"],
    ["a lone <", "<a>1 < 2</a>", "第 1 行：標籤或屬性的寫法不正確"],
    ["nothing at all", "  ", "沒有任何 XML 元素"],
    ["an error without wording of ours keeps xmldom's", "<a><!-- x", "第 1 行：XML 格式錯誤（comment is not well-formed at position 3）"],
  ])("%s", (_name, xml, message) => {
    expect(errorOf(parseXml(xml))).toBe(message);
  });
});

describe("parseXml's refusals in English: the same fault, no Chinese", () => {
  test.each<[string, string, number | undefined, string]>([
    ["mismatched tags", "<a>\n<b></a>", 2, "line 2: the start tag <b> does not match the end tag </a>"],
    ["an unclosed element", "<a>\n<b>", 2, "line 2: the elements <a>, <b> are never closed (the document is incomplete)"],
    ["an undeclared element prefix", "<a>\n  <t:p/></a>", 2, "line 2: the tag <t:p> has a namespace prefix that is not declared"],
    ["text before the root", "甲\n乙<a/>", undefined, "there is text outside the root element: “甲乙”"],
    ["nothing at all", "  ", undefined, "there is no XML element at all"],
    ["an error without wording of ours keeps xmldom's", "<a><!-- x", 1, "line 1: the XML is malformed (comment is not well-formed at position 3)"],
  ])("%s", (_name, xml, line, english) => {
    const result = parseXml(xml);
    if (result.ok) throw new Error("parsed");
    expect(failureMessage(result, "en")).toBe(english);
    expect(xmlFaultOf(result).line).toBe(line);
  });
});
