// ODF content.xml to text: one line per paragraph, ODF's white-space rule, and what is not running text.
import { odtContentToText } from "../../../src/minutes/read/odtText";
import { errorOf, unwrap } from "./support";

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
].join(" ");

/** content.xml around the given office:text body, with automatic styles. */
function content(body: string, styles = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:automatic-styles>${styles}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`;
}

/** A number level as Writer writes it; `followedBy` switches to the label-alignment mode of newer files. */
function level(n: number, format: string, prefix = "", suffix = "", extra = "", followedBy?: string): string {
  const properties =
    followedBy === undefined
      ? "<style:list-level-properties/>"
      : `<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="${followedBy}"/></style:list-level-properties>`;
  return `<text:list-level-style-number text:level="${n}" style:num-prefix="${prefix}" style:num-suffix="${suffix}" style:num-format="${format}" ${extra}>${properties}</text:list-level-style-number>`;
}

const MINUTES_LIST = `<text:list-style style:name="L1">${level(1, "一, 二, 三, ...", "(", ")")}${level(2, "1", "", ".")}${level(3, "1", "(", ")", "", "space")}</text:list-style>`;
const item = (text: string, nested = "", extra = "") => `<text:list-item${extra}><text:p>${text}</text:p>${nested}</text:list-item>`;
const list = (items: string, extra = "") => `<text:list${extra}>${items}</text:list>`;

describe("odtContentToText: paragraphs and headings are lines", () => {
  test.each([
    ["one paragraph", "<text:p>主席：陳志銘</text:p>", "主席：陳志銘"],
    ["paragraphs and a heading", '<text:h text:outline-level="1">貳、報告事項</text:h><text:p>一、宣達市政會議裁指示事項。</text:p>', "貳、報告事項\n一、宣達市政會議裁指示事項。"],
    ["an empty paragraph is an empty line", "<text:p>甲</text:p><text:p/><text:p>乙</text:p>", "甲\n\n乙"],
    ["spans and links are inline", '<text:p><text:span text:style-name="T1">**總務組**</text:span>補充：<text:a>連結</text:a></text:p>', "**總務組**補充：連結"],
    ["list items, nested too", "<text:list><text:list-item><text:p>(一) 甲</text:p><text:list><text:list-item><text:p>1. 乙</text:p></text:list-item></text:list></text:list-item><text:list-item><text:p>(二) 丙</text:p></text:list-item></text:list>", "(一) 甲\n1. 乙\n(二) 丙"],
    ["a list header", "<text:list><text:list-header><text:p>會議結論：</text:p></text:list-header></text:list>", "會議結論："],
    ["table cells, row by row", "<table:table><table:table-row><table:table-cell><text:p>案號</text:p></table:table-cell><table:table-cell><text:p>決定</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>10902</text:p></table:table-cell><table:table-cell><text:p>解除列管</text:p></table:table-cell></table:table-row></table:table>", "案號\n決定\n10902\n解除列管"],
    ["sections are transparent", "<text:section><text:p>甲</text:p></text:section>", "甲"],
    ["a heading's formatted number", "<text:h><text:number>壹、</text:number>宣讀紀錄</text:h>", "壹、宣讀紀錄"],
  ])("%s", (_name, body, text) => {
    expect(unwrap(odtContentToText(content(body)))).toBe(text);
  });
});

describe("odtContentToText: spaces, tabs and line breaks", () => {
  test.each([
    ["<text:s/> is one space", "<text:p>甲<text:s/>乙</text:p>", "甲 乙"],
    ['<text:s text:c="3"/> is three', '<text:p>甲<text:s text:c="3"/>乙</text:p>', "甲   乙"],
    ["leading spaces are <text:s>", '<text:p><text:s text:c="2"/>2. 公文附件</text:p>', "  2. 公文附件"],
    ["Writer's own form: a space, then <text:s>", '<text:p>請文書組 <text:s text:c="2"/>辦理</text:p>', "請文書組   辦理"],
    ["<text:tab/> is a tab", "<text:p>甲<text:tab/>乙</text:p>", "甲\t乙"],
    ["<text:line-break/> is a new line", "<text:p>甲<text:line-break/>乙</text:p>", "甲\n乙"],
    ["runs of white space collapse to one space", "<text:p>10   時\n\t0 分</text:p>", "10 時 0 分"],
    ["collapsing crosses element boundaries", "<text:p>甲 <text:span> 乙</text:span></text:p>", "甲 乙"],
    ["white space at a paragraph's start and end is dropped", "<text:p>\n  甲乙  \n</text:p>", "甲乙"],
    ["indentation between paragraphs is not text", "\n  <text:p>甲</text:p>\n  <text:p>乙</text:p>\n", "甲\n乙"],
    ["a corrupt space count is one space", '<text:p>甲<text:s text:c="x"/>乙</text:p>', "甲 乙"],
    ["a huge space count is capped", '<text:p>甲<text:s text:c="99999999"/>乙</text:p>', `甲${" ".repeat(1000)}乙`],
    ["entities are decoded", "<text:p>A&amp;B &lt;附件&gt; &#x6CE8;</text:p>", "A&B <附件> 注"],
  ])("%s", (_name, body, text) => {
    expect(unwrap(odtContentToText(content(body)))).toBe(text);
  });
});

describe("odtContentToText leaves out what is not running text", () => {
  test.each([
    ["a footnote", '<text:p>本案<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>腳註</text:p></text:note-body></text:note>辦理</text:p>', "本案辦理"],
    ["a comment", "<text:p>本案<office:annotation><dc:creator>紀錄</dc:creator><text:p>註解</text:p></office:annotation>辦理</text:p>", "本案辦理"],
    ["deleted text kept by tracked changes", '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>刪除的字</text:p></text:deletion></text:changed-region></text:tracked-changes><text:p>甲<text:change text:change-id="c1"/>乙</text:p>', "甲乙"],
    ["ruby annotations", "<text:p><text:ruby><text:ruby-base>列管</text:ruby-base><text:ruby-text>ㄌㄧㄝˋ</text:ruby-text></text:ruby></text:p>", "列管"],
    ["sequence declarations", '<text:sequence-decls><text:sequence-decl text:name="Table"/></text:sequence-decls><text:p>甲</text:p>', "甲"],
    ["a drawing's alt text", "<text:p>甲<draw:frame><svg:title>圖說</svg:title><svg:desc>描述</svg:desc></draw:frame></text:p>", "甲"],
  ])("%s", (_name, body, text) => {
    expect(unwrap(odtContentToText(content(body)))).toBe(text);
  });

  test("a text box inside a paragraph becomes its own lines", () => {
    const body = "<text:p>前<draw:frame><draw:text-box><text:p>框內</text:p></draw:text-box></draw:frame>後</text:p><text:p>下一段</text:p>";
    expect(unwrap(odtContentToText(content(body)))).toBe("前\n框內\n後\n下一段");
  });
});

describe("odtContentToText numbers list items as Writer shows them", () => {
  test.each([
    [
      "a minutes list: (一) (二) with 1. 2. under them",
      list(item("甲", list(item("甲1") + item("甲2"))) + item("乙", list(item("乙1", list(item("乙1a"))))), ' text:style-name="L1"'),
      "(一)甲\n1.甲1\n2.甲2\n(二)乙\n1.乙1\n(1) 乙1a",
    ],
    ["a new list starts again", list(item("甲") + item("乙"), ' text:style-name="L1"') + "<text:p>中間</text:p>" + list(item("丙"), ' text:style-name="L1"'), "(一)甲\n(二)乙\n中間\n(一)丙"],
    ["continue-numbering continues the last list of the style", list(item("甲"), ' text:style-name="L1"') + "<text:p>中間</text:p>" + list(item("乙"), ' text:style-name="L1" text:continue-numbering="true"'), "(一)甲\n中間\n(二)乙"],
    ["continue-list continues the named list", list(item("甲") + item("乙"), ' xml:id="list1" text:style-name="L1"') + list(item("X"), ' text:style-name="L1"') + list(item("丙"), ' text:style-name="L1" text:continue-list="list1"'), "(一)甲\n(二)乙\n(一)X\n(三)丙"],
    ["an item's start-value", list(item("甲") + item("乙", "", ' text:start-value="5"') + item("丙"), ' text:style-name="L1"'), "(一)甲\n(五)乙\n(六)丙"],
    ["a list header is not numbered", list('<text:list-header><text:p>會議結論：</text:p></text:list-header>' + item("甲"), ' text:style-name="L1"'), "會議結論：\n(一)甲"],
    ["only an item's first paragraph gets the number", list('<text:list-item><text:p>甲</text:p><text:p>續行</text:p></text:list-item>', ' text:style-name="L1"'), "(一)甲\n續行"],
    ["an item that opens with a nested list is numbered there", list('<text:list-item>' + list(item("深")) + "</text:list-item>" + item("淺"), ' text:style-name="L1"'), "1.深\n(一)淺"],
    ["a list without a style is unnumbered", list(item("甲")), "甲"],
  ])("%s", (_name, body, text) => {
    expect(unwrap(odtContentToText(content(body, MINUTES_LIST)))).toBe(text);
  });

  test.each([
    ["display-levels shows the parent's counter", level(1, "1", "", ".") + level(2, "1", "", ".", 'text:display-levels="2"'), "1.甲\n1.1.甲1\n2.乙\n2.1.乙1"],
    ["a label followed by a tab", level(1, "1", "", ".", "", "listtab") + level(2, "a", "", ")", "", "nothing"), "1.\t甲\na)甲1\n2.\t乙\na)乙1"],
    ["start-value of a level", level(1, "I", "", ".", 'text:start-value="3"') + level(2, "A", "(", ")"), "III.甲\n(A)甲1\nIV.乙\n(A)乙1"],
    ["bullets carry no number", '<text:list-level-style-bullet text:level="1" text:bullet-char="•"/>' + level(2, "１, ２, ３, ...", "", "、"), "甲\n１、甲1\n乙\n１、乙1"],
  ])("%s", (_name, levels, text) => {
    const body = list(item("甲", list(item("甲1"))) + item("乙", list(item("乙1"))), ' text:style-name="X"');
    expect(unwrap(odtContentToText(content(body, `<text:list-style style:name="X">${levels}</text:list-style>`)))).toBe(text);
  });

  test("a named list style from styles.xml, reached through the paragraph style", () => {
    const styles = `<office:document-styles ${NS}><office:styles><style:style style:name="Numbering_1" style:family="paragraph" style:list-style-name="Numbering_123"/><text:list-style style:name="Numbering_123">${level(1, "壹, 貳, 參, ...", "", "、")}</text:list-style></office:styles></office:document-styles>`;
    const automatic = '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Numbering_1"/>';
    const body = list('<text:list-item><text:p text:style-name="P1">報告事項</text:p></text:list-item><text:list-item><text:p text:style-name="P1">討論事項</text:p></text:list-item>');
    expect(unwrap(odtContentToText(content(body, automatic), styles))).toBe("壹、報告事項\n貳、討論事項");
    expect(unwrap(odtContentToText(content(body, automatic), "<broken"))).toBe("報告事項\n討論事項");
  });

  test("a heading with its own <text:number> gets no second label", () => {
    const body = list('<text:list-item><text:h><text:number>(一)</text:number>甲</text:h></text:list-item>', ' text:style-name="L1"');
    expect(unwrap(odtContentToText(content(body, MINUTES_LIST)))).toBe("(一)甲");
  });
});

describe("odtContentToText refuses a content.xml it cannot read", () => {
  test.each([
    ["malformed XML", "<office:document-content><office:body>", "content.xml 不是有效的 XML（第 1 行：標籤 <office:document-content> 的命名空間前置詞沒有宣告）"],
    ["a document without office:text", `<office:document-content ${NS}><office:body><office:spreadsheet/></office:body></office:document-content>`, "content.xml 沒有文件本文（office:body/office:text）"],
  ])("%s", (_name, xml, message) => {
    expect(errorOf(odtContentToText(xml))).toBe(message);
  });
});
