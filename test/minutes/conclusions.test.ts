// Tests for which conclusions become tracked items, and what each item records.

import { HEADER, parsed } from "./support";
import { lineMessages } from "./records";

function items(body: string, header = HEADER): [string, string[]][] {
  return parsed(header + body).items.map((i) => [i.caseId, i.divisions as string[]]);
}

describe("which conclusions are items", () => {
  test.each([
    ["a numbered entry that asks a unit", "會議結論：\n(一) 請總務組辦理。", [["11001", ["總務組"]]]],
    ["a conclusion without numbered entries", "主席裁示：請各組室加強宣導。", [["11001", ["各組室"]]]],
    ["acknowledgements are not", "會議結論：洽悉。\n決議：紀錄確定。\n決議：同意備查。\n決議：照案通過。", []],
    [
      "a ruling paragraph is not",
      "會議結論：\n(一) 列管案號 10801，請總務組提報；故同意解除列管。\n(二) 請文書組辦理。",
      [["11001", ["文書組"]]],
    ],
    [
      "an introduction to numbered entries is not",
      "決議：照案通過，並請依下列事項辦理：\n一、請總務組辦理。",
      [["11001", ["總務組"]]],
    ],
    [
      "a remark that asks no one is not",
      "會議結論：\n(一) 同仁應保持經管業務檔案備份習慣。\n(二) 請文書組辦理。",
      [["11001", ["文書組"]]],
    ],
    ["an item asked of a person has no divisions", "會議結論：\n(一) 請林副秘書長適時關懷。", [["11001", []]]],
    [
      "reports are not items",
      "文書組高組長補充報告：\n3. 請總務組於政府電子採購網上傳招標文件時，以開放文件格式上傳。",
      [],
    ],
  ])("%s", (_name, body, expected) => {
    expect(items(body)).toEqual(expected);
  });

  test("items are numbered in document order across blocks", () => {
    const record = parsed(
      `${HEADER}二、報告。\n會議結論：\n(一) 請總務組辦理。\n三、報告。\n會議結論：\n(一) 請文書組辦理。\n(二) 請機要組辦理。`,
    );
    expect(record.items.map((i) => [i.caseId, i.section, i.line])).toEqual([
      ["11001", "二、報告 會議結論", 5],
      ["11002", "三、報告 會議結論", 8],
      ["11003", "三、報告 會議結論", 9],
    ]);
  });
});

describe("what an item records, and its warnings", () => {
  test("text verbatim, divisions, due date and wording", () => {
    const record = parsed(
      `${HEADER}會議結論：\n（一）請國務組會同媒事組，於１０日內研擬本年度姊妹市交流活動宣傳規劃。`,
    );
    expect(record.items).toEqual([
      {
        caseId: "11001",
        section: "會議結論",
        text: "請國務組會同媒事組，於１０日內研擬本年度姊妹市交流活動宣傳規劃。",
        divisions: ["國際事務組", "媒體事務組"],
        supporting: ["媒體事務組"],
        people: [],
        dueDate: "2022-03-27",
        dueText: "１０日內",
        line: 4,
      },
    ]);
    expect(lineMessages(record.warnings)).toEqual([]);
  });

  test.each([
    ["(一) 請林副秘書長適時關懷。", "列管案件 11001：沒有可辨識的辦理組室，請於列管表指定"],
    ["(一) 請資訊局規劃外賓動線。", "組室「資訊局」不在組室清單中，已照原文列入"],
    ["(一) 請總務組（含公管中心辦理。", "列管案件 11001：括號不成對，左括號 1 個、右括號 0 個"],
    ["(一) 請人事室於111年2月30日前完成。", "期限「111年2月30日前」的日期不存在：2022 年 2 月只有 28 天"],
  ])("%s", (entry, message) => {
    expect(lineMessages(parsed(`${HEADER}會議結論：\n${entry}`).warnings)).toEqual([{ line: 4, message }]);
  });

  test.each([
    ["(一) 同仁應保持經管業務檔案備份習慣。", "此項結論未請任何單位或人員辦理，未列為新列管案件"],
    ["(一)", "項次「(一)」沒有內容"],
  ])("%s, and then nothing was found to track", (entry, message) => {
    expect(lineMessages(parsed(`${HEADER}會議結論：\n${entry}`).warnings)).toEqual([
      { line: 1, message: "沒有找到任何新列管事項或列管裁示（看到的段落：會議結論）；請在匯入檢視中手動加入，或確認內容是否為會議紀錄" },
      { line: 4, message },
    ]);
  });

  test.each(["=", "+", "-", "@"])("text starting with %s is kept verbatim, with a warning", (sign) => {
    const record = parsed(`${HEADER}會議結論：\n(一) ${sign}請總務組於4月底前完成宿舍修繕。`);
    expect(record.items[0]?.text).toBe(`${sign}請總務組於4月底前完成宿舍修繕。`);
    expect(record.items[0]?.divisions).toEqual(["總務組"]);
    expect(lineMessages(record.warnings)).toEqual([
      { line: 4, message: `列管案件 11001：內容以「${sign}」開頭，將以文字存入試算表` },
    ]);
  });
});

describe("case ids need a meeting number and at most 99 items", () => {
  test("without a meeting number items have no case id", () => {
    const record = parsed("時間：111年3月17日上午10時\n會議結論：\n(一) 請總務組辦理。");
    expect(record.items.map((i) => i.caseId)).toEqual([""]);
    expect(lineMessages(record.warnings)).toEqual([{ line: 1, message: "找不到會議次別（第N次…會議），新列管案件無法編列案號" }]);
  });

  test("the 100th item has no case id", () => {
    const block = Array.from({ length: 20 }, (_, i) => `${i + 1}. 請總務組辦理第 ${i + 1} 項。`).join("\n");
    const record = parsed(HEADER + Array.from({ length: 5 }, () => `會議結論：\n${block}`).join("\n"));
    expect(record.items).toHaveLength(100);
    expect(record.items[98]?.caseId).toBe("11099");
    expect(record.items[99]?.caseId).toBe("");
    expect(lineMessages(record.warnings)).toEqual([
      {
        line: record.items[99]?.line,
        message: "第 100 項新列管案件：無法編列案號，項次「100」不正確：應為 1–99 的整數",
      },
    ]);
  });
});
