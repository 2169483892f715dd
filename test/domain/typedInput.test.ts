// What a person types for a meeting's date (a CLI flag, a review field) and its number.
import { failureMessage, parseDateInput, parseMeetingNumber, readSheetDate } from "../../src/domain";

describe("parseDateInput", () => {
  test.each([["2022-03-17"], ["111/03/17"], ["111.3.17"], ["111年3月17日"], ["民國一百十一年三月十七日"], ["１１１/０３/１７"], [" 2022-03-17 "]])("%s is 2022-03-17", (text) => {
    expect(parseDateInput(text)).toEqual({ ok: true, value: "2022-03-17" });
  });

  test.each([
    ["2022-13-45", "日期「2022-13-45」不存在：月份須為 1–12"],
    ["2022-3-5", "日期「2022-3-5」格式不正確：應為 YYYY-MM-DD，例如 2022-05-31"],
    ["111/02/30", "日期「111/02/30」不存在：111 年（2022 年）2 月只有 28 天"],
    ["111年13月1日", "日期「111年13月1日」不正確：月份須為 1–12"],
    ["下週四", "日期「下週四」無法辨識：應為西元 2022-03-17，或民國 111/03/17、111年3月17日"],
    ["", "日期「」無法辨識：應為西元 2022-03-17，或民國 111/03/17、111年3月17日"],
  ])("%s fails: %s", (text, error) => {
    expect(parseDateInput(text)).toMatchObject({ ok: false, error });
  });

  test.each([
    ["2022-13-45", "the date “2022-13-45” does not exist: the month must be 1–12, not 13"],
    ["111/02/30", "the date “111/02/30” does not exist: month 2 of 2022 has only 28 days"],
    ["下週四", "the date “下週四” cannot be read: use 2022-03-17, or the ROC calendar: 111/03/17 or 111年3月17日"],
  ])("%s fails in English too: %s", (text, message) => {
    const result = parseDateInput(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(failureMessage(result, "en")).toBe(message);
  });
});


describe("parseMeetingNumber", () => {
  test.each([["110", 110], ["１１０", 110], ["一百一十", 110], ["第110次", 110], [" 第 １１２ 次 ", 112], ["9999", 9999]])("%s is %d", (text, number) => {
    expect(parseMeetingNumber(text)).toEqual({ ok: true, value: number });
  });

  test.each(["", "0", "10000", "1.5", "第次", "abc"])("%s is refused with the range", (text) => {
    expect(parseMeetingNumber(text)).toMatchObject({ ok: false, error: `會議次別「${text.trim()}」不正確：應為 1–9999 的整數`, problem: { code: "meeting.numberInvalid" } });
  });
});

describe("readSheetDate: dates typed as text in a date cell of the workbook (more lenient than a form)", () => {
  test.each([
    ["2022-05-20", "2022-05-20"],
    ["2022/5/20", "2022-05-20"],
    ["2022.05.20", "2022-05-20"],
    ["111/05/20", "2022-05-20"],
    ["111/5/20", "2022-05-20"],
    ["111年5月20日", "2022-05-20"],
    ["民國111年5月20日", "2022-05-20"],
    ["１１１/０５/２０", "2022-05-20"],
    [" 111/05/20 ", "2022-05-20"],
  ])("%s reads as %s", (text, iso) => expect(readSheetDate(text)).toBe(iso));

  test.each(["", "下週", "111/02/30", "2022/13/01", "五月底", "=TODAY()"])("%s is not a date", (text) => expect(readSheetDate(text)).toBeUndefined());
});
