// Tests for turning minutes text into numbered, cleaned lines.

import { toSourceLines } from "../../src/minutes/sourceLines";

describe("line endings, BOM and blank lines", () => {
  test.each([
    [
      "LF",
      "第一行\n第二行",
      [
        [1, "第一行"],
        [2, "第二行"],
      ],
    ],
    [
      "CRLF",
      "第一行\r\n第二行\r\n",
      [
        [1, "第一行"],
        [2, "第二行"],
      ],
    ],
    [
      "CR",
      "第一行\r第二行",
      [
        [1, "第一行"],
        [2, "第二行"],
      ],
    ],
    [
      "BOM",
      "\uFEFF第一行\n第二行",
      [
        [1, "第一行"],
        [2, "第二行"],
      ],
    ],
    [
      "blank lines keep numbering",
      "\n\n第三行\n\n\n第六行",
      [
        [3, "第三行"],
        [6, "第六行"],
      ],
    ],
    ["full-width spaces trimmed", "\u3000\u3000主席：陳志銘\u3000", [[1, "主席：陳志銘"]]],
    ["zero-width spaces removed", "主\u200B席：陳志銘", [[1, "主席：陳志銘"]]],
    ["empty", "", []],
  ])("%s", (_name, text, expected) => {
    expect(toSourceLines(text).map((l) => [l.line, l.text])).toEqual(expected);
  });
});

describe("Markdown left over from conversion is removed", () => {
  test.each([
    ["**會議結論：**", "會議結論：", false, false],
    ["### **文書組高組長補充報告：**", "文書組高組長補充報告：", true, false],
    ["# 臺北市政府秘書處第 113 次處務會議紀錄", "臺北市政府秘書處第 113 次處務會議紀錄", true, false],
    ["- (一) 總務組因應宿舍結構補強", "(一) 總務組因應宿舍結構補強", true, true],
    ["  2. 公文附件請以開放文件格式為之。", "2. 公文附件請以開放文件格式為之。", false, false],
    ["* 請各組室配合", "請各組室配合", true, true],
    ["> **媒體事務組吳組長補充報告：** 本組將於 7 月 1 日起", "媒體事務組吳組長補充報告： 本組將於 7 月 1 日起", false, false],
    ["- **時間：** 民國 111 年 6 月 16 日", "時間： 民國 111 年 6 月 16 日", true, true],
    ["請市民服務組與 **公管中心** 於 2 週內", "請市民服務組與 公管中心 於 2 週內", false, false],
    ["-5%", "-5%", false, false],
    ["=請總務組辦理", "=請總務組辦理", false, false],
  ])("%s", (raw, text, markdownBlock, bullet) => {
    expect(toSourceLines(raw)).toEqual([{ line: 1, text, markdownBlock, bullet }]);
  });

  test.each(["---", "***", "| --- | --- |", "|:---|---:|"])("a rule or table separator %s holds no text", (raw) => {
    expect(toSourceLines(raw)).toEqual([]);
  });
});
