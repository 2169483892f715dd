// One cell as XML: every cell type read back as a CellValue, and what the store writes.
import { moveCell, readCell, renderCell } from "../../../src/workbook/xlsx/cellXml";

const strings = ["列管中", "=not a formula"];

describe("reading", () => {
  test.each([
    ['<c r="A1" s="2" t="s"><v>0</v></c>', { value: "列管中", style: "2" }],
    ['<c r="A1" t="s"><v>1</v></c>', { value: "=not a formula" }],
    ['<c r="A1" t="inlineStr"><is><t xml:space="preserve"> 11001 </t></is></c>', { value: " 11001 " }],
    ['<c r="A1" t="inlineStr"><is><r><t>列管</t></r><r><t>案件</t></r></is></c>', { value: "列管案件" }],
    ['<c r="B1" s="1"><v>110</v></c>', { value: 110, style: "1" }],
    ['<c r="F1"><v>44637.75</v></c>', { value: 44637.75 }],
    ['<c r="F1" t="d"><v>2022-03-17T00:00:00Z</v></c>', { value: 44637 }],
    ['<c r="A1" t="b"><v>1</v></c>', { value: true }],
    ['<c r="A1" t="e"><v>#N/A</v></c>', { value: "#N/A" }],
    ['<c r="A1" s="3"/>', { value: null, style: "3" }],
    ['<c r="N2" t="str"><f>IF(A2="","無期限","x")</f><v>無期限</v></c>', { value: "無期限", formula: 'IF(A2="","無期限","x")' }],
    ['<c r="A2" s="3"><f>TODAY()</f></c>', { value: null, formula: "TODAY()", style: "3" }],
    ['<c r="N3"><f t="shared" si="0"/><v>0</v></c>', { value: 0, formula: "" }],
    ['<c r="N2"><f>列管案件[[#This Row],[期限]]&lt;設定[基準日]</f></c>', { value: null, formula: "列管案件[[#This Row],[期限]]<設定[基準日]" }],
  ])("%s", (xml, read) => expect(readCell(xml, strings)).toEqual(read));
});

describe("writing", () => {
  test.each([
    ["text, as an inline string", "=1+1", '<c r="E2" s="2" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c>'],
    ["text with markup characters", "<a & b>", '<c r="E2" s="2" t="inlineStr"><is><t xml:space="preserve">&lt;a &amp; b&gt;</t></is></c>'],
    ["a number", 44637, '<c r="E2" s="2"><v>44637</v></c>'],
    ["a boolean", false, '<c r="E2" s="2" t="b"><v>0</v></c>'],
    ["empty", null, '<c r="E2" s="2"/>'],
    ["empty text", "", '<c r="E2" s="2"/>'],
    ["a formula, stored without =", { formula: '=IF(A2="","x",1)' }, '<c r="E2" s="2"><f>IF(A2=&quot;&quot;,&quot;x&quot;,1)</f></c>'],
  ])("%s", (_name, value, xml) => {
    expect(renderCell("E2", "2", value)).toBe(xml);
  });

  test("what is written reads back", () => {
    for (const value of ["=SUM(A1)", "+886", "-3", "@all", "第一行\n第二行", 0, 12.5, true]) expect(readCell(renderCell("A1", undefined, value), []).value).toBe(value);
  });

  test("a number that is not finite is a bug", () => expect(() => renderCell("A1", undefined, Number.NaN)).toThrow(RangeError));

  test("a moved cell keeps its style and content", () => {
    expect(moveCell('<c r="B5" s="4" t="s"><v>3</v></c>', "B9")).toBe('<c r="B9" s="4" t="s"><v>3</v></c>');
    expect(moveCell('<c s="4"/>', "C1")).toBe('<c r="C1" s="4"/>');
  });
});
