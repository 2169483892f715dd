// Tests for the chair's rulings on earlier cases.

import { readRulings } from "../../src/minutes/rulings";
import { paragraph } from "./support";
import { lineMessages, zhMessage } from "./records";

function rulingsOf(text: string): [string, string][] {
  return readRulings(paragraph(text)).rulings.map((r) => [r.caseId, r.decision]);
}

describe("each ruling word gives its decision", () => {
  test.each([
    ["列管案號 9903 同意解除列管。", "closed"],
    ["列管案號 9903 解除列管。", "closed"],
    ["列管案號11301同意解列。", "closed"],
    ["列管案號4401：人行道改善工程已完工驗收，同意結案。", "closed"],
    ["列管案號 9904 賡續列管。", "continued"],
    ["案號１１１０３：方案尚在研擬，繼續列管。", "continued"],
    ["列管案號4402：護岸檢修尚在辦理，持續列管。", "continued"],
    ["列管案號11304暫不解除列管，請各組室賡續辦理。", "continued"],
    ["列管案號11304不同意解除列管。", "continued"],
    ["案號１１１０４：機房搬遷屬例行維運事項，改由基礎設施科自行列管。", "self-tracked"],
  ])("%s → %s", (text, decision) => {
    expect(rulingsOf(text)).toEqual([[expect.any(String), decision]]);
  });
});

describe("lists, several rulings in a paragraph, and 兩案", () => {
  test("the sample's list, split at ；", () => {
    const reading = readRulings(
      paragraph("列管案號 9903、10902 及 10903 均同意解除列管；列管案號 9904、10502 及 10803 賡續列管。", 27),
    );
    expect(reading.rulings).toEqual([
      ...["9903", "10902", "10903"].map((caseId) => ({
        caseId,
        decision: "closed",
        line: 27,
        text: "列管案號 9903、10902 及 10903 均同意解除列管",
      })),
      ...["9904", "10502", "10803"].map((caseId) => ({
        caseId,
        decision: "continued",
        line: 27,
        text: "列管案號 9904、10502 及 10803 賡續列管",
      })),
    ]);
    expect(lineMessages(reading.warnings)).toEqual([]);
  });

  test("兩案 reaches back to the case named in the sentence before", () => {
    const text =
      "列管案號 10801，請總務組與公管中心定期於主秘會報提報車輛出車趟次與執勤時數；另列管案號 10901，建築師公會已同意每週提供 3 天專業諮詢服務，故兩案均同意解除列管。";
    const reading = readRulings(paragraph(text, 29));
    expect(reading.rulings.map((r) => [r.caseId, r.decision, r.line])).toEqual([
      ["10801", "closed", 29],
      ["10901", "closed", 29],
    ]);
    expect(reading.rulings[0]?.text).toBe(text.replace(/。$/u, ""));
    expect(lineMessages(reading.warnings)).toEqual([]);
  });

  test.each([
    [
      "列管案號11801同意解除列管，列管案號11802賡續列管。",
      [
        ["11801", "closed"],
        ["11802", "continued"],
      ],
    ],
    [
      "同意解除列管：案號 9903、9904。",
      [
        ["9903", "closed"],
        ["9904", "closed"],
      ],
    ],
    [
      "列管案號11301及11303同意解列；列管案號11302改由媒體事務組自行列管。",
      [
        ["11301", "closed"],
        ["11303", "closed"],
        ["11302", "self-tracked"],
      ],
    ],
    [
      "列管案號4402、4403：颱風季前之護岸檢修尚在辦理，均持續列管。",
      [
        ["4402", "continued"],
        ["4403", "continued"],
      ],
    ],
    [
      "案號 10801 與 10802 解除列管。",
      [
        ["10801", "closed"],
        ["10802", "closed"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(rulingsOf(text)).toEqual(expected);
  });

  test("a ruling is stated on the line where its case is named", () => {
    const reading = readRulings(paragraph("列管案號 10801 辦理情形如附件。\n列管案號 10802 解除列管。", 40));
    expect(reading.rulings).toEqual([
      { caseId: "10802", decision: "closed", line: 41, text: "列管案號 10802 解除列管" },
    ]);
  });
});

describe("what is not a ruling, and what is wrong", () => {
  test.each([
    ["列管案號 11205，請總務組持續追蹤。", 3, "列管案號 11205 未見裁示（解除列管、賡續列管或自行列管）"],
    ["本案同意解除列管。", 3, "有列管裁示但未寫明列管案號，請核對是哪一案"],
    [
      "列管案號 10801、10802 及 10803，故兩案均同意解除列管。",
      3,
      "「兩案」與提到的列管案號數量（3 個）不符，請核對裁示",
    ],
    ["列管案號 09903 解除列管。", 3, "列管案號「09903」不正確：會議次別「099」不可以 0 開頭"],
  ])("%s", (text, line, message) => {
    expect(lineMessages(readRulings(paragraph(text, line)).warnings)).toEqual([{ line, message }]);
  });

  test.each([
    ["請公管中心進行市政大樓 1 樓北區為民服務綜合櫃檯工程履約管理時", false],
    ["請公園路燈工程管理處於第4季結束前完成老舊路燈汰換，並以每月進度表列管。", false],
    ["統一編號 12345678 之廠商", false],
    ["列管案號 11205，請總務組持續追蹤。", true],
  ])("mentionsCase(%s) is %s", (text, mentions) => {
    const reading = readRulings(paragraph(text));
    expect(reading.mentionsCase).toBe(mentions);
    if (!mentions) expect(reading).toEqual({ rulings: [], warnings: [], mentionsCase: false });
  });
});

describe("only words about the cases reach back to earlier sentences", () => {
  test.each([
    ["列管案號 10801 辦理中；列管案號 10802 進度達 80% 以上，同意解除列管。", [["10802", "closed"]], ["10801"]],
    ["列管案號 10801 辦理中；列管案號 10802 依上述規定，同意解除列管。", [["10802", "closed"]], ["10801"]],
    [
      "列管案號 10801 辦理中；列管案號 10802 已完成；上開案件均同意解除列管。",
      [
        ["10801", "closed"],
        ["10802", "closed"],
      ],
      [],
    ],
    [
      "列管案號 10801 辦理中；列管案號 10802 已完成；以上各案全數解除列管。",
      [
        ["10801", "closed"],
        ["10802", "closed"],
      ],
      [],
    ],
  ])("%s", (text, expected, unruled) => {
    const reading = readRulings(paragraph(text));
    expect(reading.rulings.map((r) => [r.caseId, r.decision])).toEqual(expected);
    expect(reading.warnings.map(zhMessage)).toEqual(
      unruled.map((id) => `列管案號 ${id} 未見裁示（解除列管、賡續列管或自行列管）`),
    );
  });
});
