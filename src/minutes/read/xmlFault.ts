// Says why @xmldom/xmldom refused an office document's XML, and on which line, as a typed fault the
// catalogue words in zh-TW and English (readerCatalogue.ts): users read this, not xmldom's English.
import { ParseError } from "@xmldom/xmldom";
import type { XmlFault, XmlReason } from "../../problems";

const oneLine = (text: string | undefined): string => (text ?? "").replace(/\s+/g, " ").trim().slice(0, 60);

/** xmldom 0.9's messages for what damaged or hand-edited office XML contains; `tag` is the start tag at the error. */
const REASONS: readonly (readonly [RegExp, (match: RegExpExecArray, tag: string | undefined) => XmlReason])[] = [
  [/^Opening and ending tag mismatch: "(.*)" != "(.*)"$/, (m) => ({ kind: "tagMismatch", open: m[1] ?? "", close: m[2] ?? "" })],
  [/^unclosed xml tag\(s\): (.*)$/, (m) => ({ kind: "unclosed", elements: (m[1] ?? "").split(", ") })],
  [/^unexpected end of input$/, () => ({ kind: "endsInTag" })],
  [/^entity not (?:found:|matching Reference production: )(.*)$/, (m) => ({ kind: "unknownEntity", entity: m[1] ?? "" })],
  [/^EntityRef: expecting ;$/, () => ({ kind: "entityNoSemicolon" })],
  [/NamespaceError: prefix is non-null and namespace is null/, (_m, tag) => (tag === undefined ? { kind: "undeclaredPrefix" } : { kind: "undeclaredPrefix", tag })],
  [/HierarchyRequestError|^Extra content at the end of the document/, () => ({ kind: "afterRoot" })],
  [/^Unexpected content outside root element: '([\s\S]*)'$/, (m) => ({ kind: "outsideRoot", text: oneLine(m[1]) })],
  [/^Attribute (.*) redefined$/, (m) => ({ kind: "attributeRepeated", attribute: m[1] ?? "" })],
  [/^element parse error: |^Unescaped '<' not allowed/, () => ({ kind: "badSyntax" })],
  [/^missing root element$/, () => ({ kind: "noElement" })],
];

/**
 * Why xmldom refused a document, with the line: `{ line: 3, reason: { kind: "tagMismatch", open: "text:p",
 * close: "text:span" } }` (第 3 行：開始標籤 <text:p> 與結束標籤 </text:span> 不相符). An error we have no
 * wording for keeps xmldom's own text (`other`), so the reason is never lost.
 *
 * @param error what parseFromString threw (a ParseError carries the line and column)
 * @param reported the first error xmldom reported, the cause rather than the aftermath
 */
export function xmlFault(xml: string, error: unknown, reported: string | undefined): XmlFault {
  const locator: unknown = error instanceof ParseError ? error.locator : undefined;
  const at = typeof locator === "object" && locator !== null && "lineNumber" in locator && "columnNumber" in locator ? locator : undefined;
  const line = typeof at?.lineNumber === "number" && at.lineNumber > 0 ? at.lineNumber : undefined;
  const column = typeof at?.columnNumber === "number" ? at.columnNumber : 1;
  // xmldom points at the "<" of the element it was building; naming it beats a bare line number.
  const tag = line === undefined ? undefined : /^<([^\s/>]+)/.exec(xml.split(/\r\n?|\n/)[line - 1]?.slice(column - 1) ?? "")?.[1];
  const message = reported ?? (error instanceof Error ? error.message : String(error));
  let reason: XmlReason = { kind: "other", detail: oneLine(message) };
  for (const [pattern, say] of REASONS) {
    const match = pattern.exec(message);
    if (match === null) continue;
    reason = say(match, tag);
    break;
  }
  return line === undefined ? { reason } : { line, reason };
}
