// Tests for paragraphs joined from several lines.

import { ParagraphBuilder } from "../../src/minutes/paragraph";

describe("ParagraphBuilder joins lines and remembers where each came from", () => {
  test.each([
    [
      "a sentence broken in CJK joins with nothing",
      ["並配合辦理疫", "情之相關因應措施。"],
      "sentence",
      "並配合辦理疫情之相關因應措施。",
    ],
    ["ASCII words keep a space", ["除了 COVID", "19 疫情"], "sentence", "除了 COVID 19 疫情"],
    [
      "a new paragraph starts on a new line",
      ["請各工程處配合下列事項：", "1. 工區應備妥防颱器材。"],
      "paragraph",
      "請各工程處配合下列事項：\n1. 工區應備妥防颱器材。",
    ],
  ] as const)("%s", (_name, [first, second], mode, text) => {
    const builder = new ParagraphBuilder(52, first);
    builder.append(54, second, mode);
    expect(builder.build().text).toBe(text);
  });

  test("lineAt maps an offset to its source line", () => {
    const builder = new ParagraphBuilder(10, "第一行，");
    builder.append(12, "第三行。", "sentence");
    const paragraph = builder.build();
    expect([0, 3, 4, 7].map((offset) => paragraph.lineAt(offset))).toEqual([10, 10, 12, 12]);
  });

  test.each([
    ["各組室業務工作報告。", true],
    ["文書組高組長補充報告：", true],
    ["並配合辦理疫", false],
    ["出席人員：總務組廖組長、", false],
  ])("endsSentence(%s) is %s", (text, ends) => {
    expect(new ParagraphBuilder(1, text).endsSentence()).toBe(ends);
  });
});
