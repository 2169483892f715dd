// Tests for the meeting date in a header value.

import { readMeetingDate } from "../../src/minutes/meetingDate";

describe("readMeetingDate finds the date and where it ends", () => {
  test.each([
    ["民國 111 年 3 月 17 日 10 時 0 分", "2022-03-17", "民國 111 年 3 月 17 日"],
    ["１１２年５月２日（星期二）上午９時３０分", "2023-05-02", "１１２年５月２日"],
    ["中華民國112年8月3日（星期四）下午2時30分", "2023-08-03", "中華民國112年8月3日"],
    ["111/03/17 14:00", "2022-03-17", "111/03/17"],
    ["民國一百十一年三月十七日", "2022-03-17", "民國一百十一年三月十七日"],
    ["2022年3月17日上午10時", "2022-03-17", "2022年3月17日"],
  ])("%s", (text, date, wording) => {
    const reading = readMeetingDate(text);
    expect(reading).not.toBeNull();
    expect(reading?.date).toEqual({ ok: true, value: date });
    expect(reading?.wording).toBe(wording);
    expect(text.slice(reading?.end)).not.toContain(wording);
  });

  test("an impossible date is found and refused", () => {
    expect(readMeetingDate("111年2月30日上午9時")?.date).toMatchObject({
      ok: false,
      error: "日期「111年2月30日」不存在：111 年（2022 年）2 月只有 28 天",
    });
  });

  test.each(["上午9時", "視訊會議", ""])("no date in %s", (text) => {
    expect(readMeetingDate(text)).toBeNull();
  });
});
