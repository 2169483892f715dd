// Tests for header lines and their label variants.

import { readHeaderFields } from "../../src/minutes/headerFields";

describe("readHeaderFields reads every label variant", () => {
  test.each([
    ["時間：民國 111 年 3 月 17 日 10 時 0 分", "time", "民國 111 年 3 月 17 日 10 時 0 分"],
    ["開會時間：１１２年５月２日（星期二）上午９時３０分", "time", "１１２年５月２日（星期二）上午９時３０分"],
    ["日期：112年1月12日（星期四）", "time", "112年1月12日（星期四）"],
    ["地點：視訊會議", "location", "視訊會議"],
    ["開會地點：本局１２樓第一會議室", "location", "本局１２樓第一會議室"],
    ["主席：陳志銘", "chair", "陳志銘"],
    ["主持人：趙怡婷", "chair", "趙怡婷"],
    ["主\u3000\u3000席：陳志銘", "chair", "陳志銘"],
    ["紀錄：許菁芳", "recorder", "許菁芳"],
    ["記錄：黃志豪", "recorder", "黃志豪"],
    ["紀錄人：許菁芳", "recorder", "許菁芳"],
    ["出席：如簽到表", "attendees", "如簽到表"],
    ["出（列）席人員：如簽到單", "attendees", "如簽到單"],
    ["出席人員：總務組廖組長、", "attendees", "總務組廖組長、"],
    ["列席：會計室林主任", "observers", "會計室林主任"],
    ["請假人員：媒體事務組吳組長", "absent", "媒體事務組吳組長"],
    ["會議名稱：第114次處務會議", "name", "第114次處務會議"],
    ["主席: 陳志銘", "chair", "陳志銘"],
  ])("%s", (text, field, value) => {
    expect(readHeaderFields(text)).toEqual([{ field, value }]);
  });

  test("two labels on one line", () => {
    expect(readHeaderFields("主席：陳志銘\u3000\u3000\u3000\u3000紀錄：許菁芳")).toEqual([
      { field: "chair", value: "陳志銘" },
      { field: "recorder", value: "許菁芳" },
    ]);
  });

  test.each([
    "主席裁示：請各組室配合辦理。",
    "會議結論：紀錄確定。",
    "紀錄確定。",
    "說明：為因應宿舍耐震補強",
    "本次會議時間：另訂",
  ])("not a header line: %s", (text) => {
    expect(readHeaderFields(text)).toBeNull();
  });
});
