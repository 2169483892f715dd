// Says in zh-TW, with the line, why @xmldom/xmldom refused an office document's XML: users see this, not xmldom's English.
import { ParseError } from "@xmldom/xmldom";

const oneLine = (text: string | undefined): string => (text ?? "").replace(/\s+/g, " ").trim().slice(0, 60);

/** xmldom 0.9's messages for what damaged or hand-edited office XML contains; `tag` is the start tag at the error. */
const REASONS: readonly (readonly [RegExp, (match: RegExpExecArray, tag: string | undefined) => string])[] = [
  [/^Opening and ending tag mismatch: "(.*)" != "(.*)"$/, (m) => `開始標籤 <${m[1]}> 與結束標籤 </${m[2]}> 不相符`],
  [/^unclosed xml tag\(s\): (.*)$/, (m) => `元素 ${(m[1] ?? "").split(", ").map((name) => `<${name}>`).join("、")} 沒有結束（文件不完整）`],
  [/^unexpected end of input$/, () => "文件在標籤中途結束（文件不完整）"],
  [/^entity not (?:found:|matching Reference production: )(.*)$/, (m) => `無法辨識的實體「${m[1]}」`],
  [/^EntityRef: expecting ;$/, () => "實體缺少結尾的「;」（文字中的 & 應寫成 &amp;）"],
  [/NamespaceError: prefix is non-null and namespace is null/, (_m, tag) => `${tag === undefined ? "" : `標籤 <${tag}> 的`}命名空間前置詞沒有宣告`],
  [/HierarchyRequestError|^Extra content at the end of the document/, () => "根元素之後還有內容"],
  [/^Unexpected content outside root element: '([\s\S]*)'$/, (m) => `根元素之外有文字「${oneLine(m[1])}」`],
  [/^Attribute (.*) redefined$/, (m) => `屬性 ${m[1]} 重複出現`],
  [/^element parse error: |^Unescaped '<' not allowed/, () => "標籤或屬性的寫法不正確"],
  [/^missing root element$/, () => "沒有任何 XML 元素"],
];

/**
 * The message for a document xmldom refused: `第 3 行：開始標籤 <text:p> 與結束標籤 </text:span> 不相符`.
 * An error we have no wording for keeps xmldom's own text, so the reason is never lost.
 *
 * @param error what parseFromString threw (a ParseError carries the line and column)
 * @param reported the first error xmldom reported, the cause rather than the aftermath
 */
export function xmlErrorMessage(xml: string, error: unknown, reported: string | undefined): string {
  const locator: unknown = error instanceof ParseError ? error.locator : undefined;
  const at = typeof locator === "object" && locator !== null && "lineNumber" in locator && "columnNumber" in locator ? locator : undefined;
  const line = typeof at?.lineNumber === "number" && at.lineNumber > 0 ? at.lineNumber : undefined;
  const column = typeof at?.columnNumber === "number" ? at.columnNumber : 1;
  // xmldom points at the "<" of the element it was building; naming it beats a bare line number.
  const tag = line === undefined ? undefined : /^<([^\s/>]+)/.exec(xml.split(/\r\n?|\n/)[line - 1]?.slice(column - 1) ?? "")?.[1];
  const message = reported ?? (error instanceof Error ? error.message : String(error));
  let reason = `XML 格式錯誤（${oneLine(message)}）`;
  for (const [pattern, say] of REASONS) {
    const match = pattern.exec(message);
    if (match === null) continue;
    reason = say(match, tag);
    break;
  }
  return line === undefined ? reason : `第 ${line} 行：${reason}`;
}
