// Tests for the title line: organization, meeting number and name.

import { readMeetingTitle } from "../../src/minutes/meetingTitle";

describe("readMeetingTitle reads a title line", () => {
  test.each([
    ["臺北市政府秘書處第 110 次處務會議紀錄", "臺北市政府秘書處", 110, "處務會議"],
    ["臺北市政府資訊局第１１２次局務會議紀錄", "臺北市政府資訊局", 112, "局務會議"],
    ["第１１４次處務會議紀錄", null, 114, "處務會議"],
    ["臺北市政府秘書處111年度第3次主管會報記錄", "臺北市政府秘書處", 3, "主管會報"],
    ["臺北市政府工務局第四十五次局務會議", "臺北市政府工務局", 45, "局務會議"],
    ["臺北市政府秘書處第 110 次處務會議紀錄（修正版）", "臺北市政府秘書處", 110, "處務會議"],
  ])("%s", (text, organization, number, name) => {
    expect(readMeetingTitle(text)).toEqual({ organization, number, name, dateText: null });
  });

  test.each([
    "壹、宣讀 111 年 2 月 17 日第 109 次處務會議紀錄。",
    "宣讀 111 年 2 月 17 日第 109 次處務會議紀錄。",
    "二、第 109 次處務會議結論事項辦理情形報告。",
    "臺北市議會第13屆第7次定期大會將於3月23日開議",
    "會議結論：紀錄確定。",
  ])("not a title: %s", (text) => {
    expect(readMeetingTitle(text)).toBeNull();
  });
});
