import { bodyRowsXml } from "../../src/export/docxRows";
import type { Cell } from "../../src/export/reportLayout";

const P = '<w:pPr><w:pStyle w:val="Cell"/></w:pPr>';
const t = (text: string) => `<w:t xml:space="preserve">${text}</w:t>`;

describe("the .docx case table's body rows as WordprocessingML", () => {
  it.each<[string, Cell, string]>([
    ["a plain run", [[{ text: "11201" }]], `<w:p>${P}<w:r>${t("11201")}</w:r></w:p>`],
    ["a label in bold", [[{ text: "主辦：", strong: true }, { text: "總務組" }]], `<w:p>${P}<w:r><w:rPr><w:b/><w:bCs/></w:rPr>${t("主辦：")}</w:r><w:r>${t("總務組")}</w:r></w:p>`],
    ["未填報 in bold red", [[{ text: "未填報", flag: true }]], `<w:p>${P}<w:r><w:rPr><w:b/><w:bCs/><w:color w:val="C00000"/></w:rPr>${t("未填報")}</w:r></w:p>`],
    ["markup characters escaped, control characters dropped", [[{ text: "A&B <c> \u0007\"q\"" }]], `<w:p>${P}<w:r>${t("A&amp;B &lt;c&gt; &quot;q&quot;")}</w:r></w:p>`],
    ["one paragraph per line", [[{ text: "一" }], [{ text: "二" }]], `<w:p>${P}<w:r>${t("一")}</w:r></w:p><w:p>${P}<w:r>${t("二")}</w:r></w:p>`],
    ["an empty cell still has a paragraph", [], `<w:p>${P}</w:p>`],
  ])("%s", (_name, cell, paragraphs) => {
    expect(bodyRowsXml([[cell]], [963])).toBe(`<w:tr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="963"/></w:tcPr>${paragraphs}</w:tc></w:tr>`);
  });

  it("writes one row per row and one cell per column width", () => {
    const xml = bodyRowsXml(
      [
        [[[{ text: "a" }]], [[{ text: "b" }]]],
        [[[{ text: "c" }]], [[{ text: "d" }]]],
      ],
      [100, 200],
    );
    expect(xml.match(/<w:tr>/gu)).toHaveLength(2);
    expect(xml.match(/w:w="200"/gu)).toHaveLength(2);
  });

  it("refuses a row whose cells do not match the columns, naming the row", () => {
    expect(() => bodyRowsXml([[[[{ text: "a" }]]], [[[{ text: "b" }]], [[{ text: "c" }]]]], [100])).toThrow("報告表格第 2 列有 2 欄，應為 1 欄");
  });
});
