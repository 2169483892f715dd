// Tests for the labels that open a conclusion block.

import { readConclusionLabel } from "../../src/minutes/conclusionLabel";

describe("readConclusionLabel reads every conclusion label", () => {
  test.each([
    ["會議結論：紀錄確定。", "會議結論", "紀錄確定。"],
    ["會議結論：", "會議結論", ""],
    ["會議結論", "會議結論", ""],
    ["決議：照案通過。", "決議", "照案通過。"],
    ["決議:修正通過", "決議", "修正通過"],
    ["主席裁示：請各組室配合辦理。", "主席裁示", "請各組室配合辦理。"],
    ["主席指示事項", "主席指示事項", ""],
    ["主席指裁示事項", "主席指裁示事項", ""],
    ["主席裁（指）示事項：", "主席裁（指）示事項", ""],
    ["指裁示事項：", "指裁示事項", ""],
    ["結論：洽悉", "結論", "洽悉"],
    ["會議結論 ： 洽悉。", "會議結論", "洽悉。"],
    // a speaker and a kind of statement, from county, city and agency minutes
    ["縣長裁示事項", "縣長裁示事項", ""],
    ["市長指示：請各局處配合", "市長指示", "請各局處配合"],
    ["局長指示事項：", "局長指示事項", ""],
    ["綜合指示事項", "綜合指示事項", ""],
    ["交辦事項：", "交辦事項", ""],
    ["指示事項", "指示事項", ""],
    ["決定事項：", "決定事項", ""],
    ["決定：洽悉。", "決定", "洽悉。"],
    ["主席裁示如下：", "主席裁示", ""],
    ["主任委員裁示：", "主任委員裁示", ""],
    ["主 席 結 論：", "主席結論", ""],
  ])("%s", (text, label, rest) => {
    expect(readConclusionLabel(text)).toEqual({ label, rest });
  });

  test.each([
    "二、第 109 次處務會議結論事項辦理情形報告。",
    "結論事項辦理情形",
    "決議事項辦理情形如附件",
    "請依會議結論辦理",
    "主席：陳志銘",
    "決定採購方式為公開招標",
    "指示燈故障",
    "縣長：林姿妙",
  ])("not a label: %s", (text) => {
    expect(readConclusionLabel(text)).toBeNull();
  });
});
