import { escapeXml, odfText } from "../../src/export/xml";

describe("escapeXml", () => {
  it.each([
    ["總務組辦理中", "總務組辦理中"],
    ["A&B <c> \"d\" 'e'", "A&amp;B &lt;c&gt; &quot;d&quot; &apos;e&apos;"],
    ["貼上\u0007的控制字元\u0000", "貼上的控制字元"],
    ["孤立\uD800代理", "孤立代理"],
    ["𠀋 擴充字", "𠀋 擴充字"],
  ])("%j → %j", (text, xml) => {
    expect(escapeXml(text)).toBe(xml);
  });
});

describe("odfText", () => {
  it.each([
    ["一般文字", "一般文字"],
    ["第 1 項", "第 1 項"],
    ["兩個  空格", '兩個 <text:s text:c="1"/>空格'],
    [" 開頭", '<text:s text:c="1"/>開頭'],
    ["第一行\n第二行\r\n第三行", "第一行<text:line-break/>第二行<text:line-break/>第三行"],
    ["定位\t字元 & 符號", "定位<text:tab/>字元 &amp; 符號"],
  ])("%j → %j", (text, xml) => {
    expect(odfText(text)).toBe(xml);
  });
});
