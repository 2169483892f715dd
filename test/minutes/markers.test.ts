// Tests for numbered markers and their outline levels.

import { readMarker } from "../../src/minutes/markers";

describe("readMarker reads each level of official numbering", () => {
  test.each([
    [
      "壹、宣讀 111 年 2 月 17 日第 109 次處務會議紀錄。",
      1,
      1,
      "壹、",
      "宣讀 111 年 2 月 17 日第 109 次處務會議紀錄。",
    ],
    ["貳、報告事項", 1, 2, "貳、", "報告事項"],
    ["拾壹、臨時動議", 1, 11, "拾壹、", "臨時動議"],
    ["四、各組室業務工作報告。", 2, 4, "四、", "各組室業務工作報告。"],
    ["十二、散會", 2, 12, "十二、", "散會"],
    ["(三) 請公管中心進行市政大樓", 3, 3, "(三)", "請公管中心進行市政大樓"],
    ["（二）列管案號10801", 3, 2, "（二）", "列管案號10801"],
    ["( 九 ) 市政大樓東南景觀區工程案", 3, 9, "( 九 )", "市政大樓東南景觀區工程案"],
    ["1. 除政務人員、機要人員", 4, 1, "1.", "除政務人員、機要人員"],
    ["１．請資安科於本（５）月底前", 4, 1, "１．", "請資安科於本（５）月底前"],
    ["12、請各組配合", 4, 12, "12、", "請各組配合"],
    ["(1) 工區應備妥防颱器材", 5, 1, "(1)", "工區應備妥防颱器材"],
    ["（１）工區應備妥防颱器材", 5, 1, "（１）", "工區應備妥防颱器材"],
  ])("%s", (text, level, value, label, rest) => {
    expect(readMarker(text)).toEqual({ level, value, label, rest, closed: true });
  });

  test.each([
    ["（三 請政風室於4月底前完成", 3, 3, "（三", "請政風室於4月底前完成"],
    ["(2 颱風警報發布後", 5, 2, "(2", "颱風警報發布後"],
  ])("an unclosed bracket before a space still opens an entry: %s", (text, level, value, label, rest) => {
    expect(readMarker(text)).toEqual({ level, value, label, rest, closed: false });
  });

  test.each([
    "1.5 億元預算",
    "2022智慧城市展",
    "3 月 22 日及 23 日本組援例協助資訊局",
    "（一般事項）",
    "一般事項、其他",
    "案號１１１０３：方案尚在研擬",
    "",
  ])("not a marker: %s", (text) => {
    expect(readMarker(text)).toBeNull();
  });
});
