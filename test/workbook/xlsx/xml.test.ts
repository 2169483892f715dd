// XML helpers: entities, OOXML's _xHHHH_ escapes, and attributes read or set in place.
import { decodeOoxmlText, decodeXml, encodeOoxmlText, escapeXml, findTag, getAttr, setAttr, stringItemText } from "../../../src/workbook/xlsx/xml";

describe("text", () => {
  test.each([
    ["a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;", `a & b <c> "d" 'e'`],
    ["&#x4E2D;&#25991;", "中文"],
    ["&unknown;", "&unknown;"],
  ])("decodes %s", (xml, text) => expect(decodeXml(xml)).toBe(text));

  test("escapes what XML cannot carry as is", () => expect(escapeXml(`<a href="x">&</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"));

  test.each([
    ["控制\u0001字元", "控制_x0001_字元"],
    ["a\r\nb", "a_x000D_\nb"],
    ["literal _x0041_ stays", "literal _x005F_x0041_ stays"],
    ["tab\tand line\nfeed", "tab\tand line\nfeed"],
    ["𠀋 surrogate pair", "𠀋 surrogate pair"],
  ])("%j round-trips through _xHHHH_", (text, encoded) => {
    expect(encodeOoxmlText(text)).toBe(encoded);
    expect(decodeOoxmlText(encoded)).toBe(text);
  });

  test("a string item's text skips phonetic runs", () => {
    expect(stringItemText('<r><t>列管</t></r><r><rPr/><t xml:space="preserve"> 案件</t></r><rPh sb="0" eb="2"><t>ㄌㄧㄝˋ</t></rPh>')).toBe("列管 案件");
    expect(stringItemText("<t/>")).toBe("");
  });
});

describe("attributes", () => {
  test.each([
    [' r="A1" s="3" t="s"', "s", "3"],
    [" r='A1'", "r", "A1"],
    [' xr:uid="{1}" r="A1"', "r", "A1"],
    [' name="A&amp;B"', "name", "A&B"],
    [' r="A1"', "s", undefined],
  ])("getAttr(%j, %s)", (attrs, name, value) => expect(getAttr(attrs, name)).toBe(value));

  test.each([
    [' r="1" spans="1:3"', "spans", undefined, ' r="1"'],
    [' r="1"', "ht", "20", ' r="1" ht="20"'],
    [' r="1" ht="15"', "ht", "20", ' r="1" ht="20"'],
    [' ref="A1:O2"', "ref", "A1:O24", ' ref="A1:O24"'],
  ])("setAttr(%j, %s, %s)", (attrs, name, value, out) => expect(setAttr(attrs, name, value)).toBe(out));

  test("findTag finds a start tag, not a longer name", () => {
    const xml = '<tableColumns count="2"><tableColumn id="1"/></tableColumns><table ref="A1"/>';
    expect(findTag(xml, "table")).toMatchObject({ attrs: ' ref="A1"', selfClosing: true });
    expect(findTag(xml, "tableColumn")).toMatchObject({ attrs: ' id="1"', selfClosing: true });
  });
});
