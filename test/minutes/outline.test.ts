// Tests for cutting minutes into title, header lines, headings, conclusion blocks and paragraphs.

import { outlineMinutes, type Outline } from "../../src/minutes/outline";
import { toSourceLines } from "../../src/minutes/sourceLines";
import { lineMessages } from "./records";

function outline(text: string): Outline {
  return outlineMinutes(toSourceLines(text));
}

function entries(o: Outline): [string, string, string[]][] {
  return o.blocks.map((b) => [
    b.section,
    b.lead?.text ?? "",
    b.entries.map((e) => `${e.marker.label}${e.paragraph.text}`),
  ]);
}

describe("conclusion blocks and their sections", () => {
  test.each([
    [
      "a label under a heading",
      "四、各組室業務工作報告。\n會議結論：\n(一) 請總務組辦理。\n(二) 請文書組辦理。",
      [["四、各組室業務工作報告 會議結論", "", ["(一)請總務組辦理。", "(二)請文書組辦理。"]]],
    ],
    [
      "inline text is the lead",
      "壹、宣讀第 109 次處務會議紀錄。\n會議結論：紀錄確定。",
      [["壹、宣讀第 109 次處務會議紀錄 會議結論", "紀錄確定。", []]],
    ],
    [
      "text on the line after the label is the lead",
      "伍、主席裁示\n請各組室配合辦理。",
      [["伍、主席裁示", "請各組室配合辦理。", []]],
    ],
    [
      "一、 entries under a 壹-level heading",
      "參、主席指裁示事項\n一、請採購組辦理。\n二、請人事室辦理。\n肆、臨時動議：無。",
      [["參、主席指裁示事項", "", ["一、請採購組辦理。", "二、請人事室辦理。"]]],
    ],
    [
      "a heading at the block's level ends it",
      "二、報告。\n會議結論：\n(一) 請總務組辦理。\n三、市長室暨市政會議列管秘書處案件。\n會議結論：洽悉。",
      [
        ["二、報告 會議結論", "", ["(一)請總務組辦理。"]],
        ["三、市長室暨市政會議列管秘書處案件 會議結論", "洽悉。", []],
      ],
    ],
    [
      "deeper markers are sub-points of the entry",
      "參、主席裁示\n（一）請各工程處配合下列事項：\n1. 工區應備妥防颱器材。\n2. 立即停止高空作業。\n（二）請秘書室辦理。",
      [
        [
          "參、主席裁示",
          "",
          ["（一）請各工程處配合下列事項：\n1. 工區應備妥防颱器材。\n2. 立即停止高空作業。", "（二）請秘書室辦理。"],
        ],
      ],
    ],
    [
      "a proposal names the decision's section",
      "參、討論事項\n第一案\n案由：修正借用要點，提請討論。\n決議：照案通過。\n第二案\n案由：車輛汰換。\n決議：修正通過。",
      [
        ["參、討論事項 第一案 決議", "照案通過。", []],
        ["參、討論事項 第二案 決議", "修正通過。", []],
      ],
    ],
    [
      "a speaker's report ends a block",
      "四、業務報告。\n會議結論：\n(一) 請總務組辦理。\n政風室劉主任補充報告：近日發生檔案誤刪事件。",
      [["四、業務報告 會議結論", "", ["(一)請總務組辦理。"]]],
    ],
    [
      "散會 ends a block",
      "會議結論：\n(一) 請總務組辦理。\n散會（10 時 50 分）\n(二) 這不是結論。",
      [["會議結論", "", ["(一)請總務組辦理。"]]],
    ],
    [
      "a broken sentence joins across a blank line",
      "會議結論：\n(一) 依市長指示，請公管中心配合辦理疫\n\n情之相關因應措施。\n(二) 請總務組辦理。",
      [["會議結論", "", ["(一)依市長指示，請公管中心配合辦理疫情之相關因應措施。", "(二)請總務組辦理。"]]],
    ],
    [
      "a finished sentence's next line is a new paragraph of the entry",
      "會議結論：\n(一) 請總務組辦理。\n另請會計室協助。",
      [["會議結論", "", ["(一)請總務組辦理。\n另請會計室協助。"]]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entries(outline(text))).toEqual(expected);
  });
});

describe("header lines and the title", () => {
  test("the title and the line above it", () => {
    const o = outline("臺北市政府秘書處\n第１１４次處務會議紀錄\n日期：112年1月12日");
    expect(o.title).toEqual({ line: 2, title: { organization: null, number: 114, name: "處務會議", dateText: null } });
    expect(o.aboveTitle?.text).toBe("臺北市政府秘書處");
  });

  test("a list of attendees continues on the next line", () => {
    const o = outline(
      "出席人員：總務組廖組長、文書組高組長、\n市民服務組張組長、公管中心趙主任\n請假人員：媒體事務組吳組長",
    );
    expect(o.fields).toEqual([
      { line: 1, field: "attendees", value: "總務組廖組長、文書組高組長、市民服務組張組長、公管中心趙主任" },
      { line: 3, field: "absent", value: "媒體事務組吳組長" },
    ]);
  });

  test("a title after the first heading is only a sentence", () => {
    expect(outline("壹、報告事項\n臺北市政府秘書處第 110 次處務會議紀錄").title).toBeNull();
  });

  test("散會 gives the adjournment", () => {
    expect(outline("柒、散會：上午11時10分").adjournment).toEqual({ line: 1, time: { ok: true, time: "11:10" } });
  });
});

describe("paragraphs outside blocks are kept for rulings", () => {
  test("headings, reports and numbered report lines", () => {
    const o = outline(
      "壹、前次會議列管事項\n一、列管案號4401：同意結案。\n文書組高組長補充報告：\n- (一) 本府於 3 月 1 日函頒\n1. 請於7月底前完成。",
    );
    expect(o.paragraphs.map((p) => [p.line, p.text])).toEqual([
      [1, "壹、前次會議列管事項"],
      [2, "一、列管案號4401：同意結案。"],
      [3, "文書組高組長補充報告："],
      [4, "(一) 本府於 3 月 1 日函頒"],
      [5, "1. 請於7月底前完成。"],
    ]);
    expect(o.blocks).toEqual([]);
  });
});

describe("numbering problems are warnings", () => {
  test.each([
    [
      "a duplicated number",
      "會議結論：\n（一）請會計室辦理。\n（二）請總務組辦理。\n（二）請人事室辦理。",
      [{ line: 4, message: "項次「（二）」重複：第 3 行已有「（二）」" }],
    ],
    ["an unclosed bracket", "會議結論：\n（一 請政風室辦理。", [{ line: 2, message: "項次「（一」缺少右括號" }]],
    [
      "a skipped number",
      "會議結論：\n(一) 請會計室辦理。\n(三) 請總務組辦理。",
      [{ line: 3, message: "項次「(三)」未接續前一項「(一)」" }],
    ],
  ])("%s", (_name, text, warnings) => {
    const o = outline(text);
    expect(lineMessages(o.warnings)).toEqual(warnings);
    expect(o.blocks[0]?.entries).toHaveLength(text.split("\n").length - 1);
  });
});
