// Tests for the ROC (民國) calendar: year conversion, parsing and formatting.

import {
  ROC_YEAR_OFFSET,
  formatRocDate,
  gregorianToRocYear,
  parseRocDate,
  rocToGregorianYear,
} from "../../src/domain/rocDate";
import { errorOf, iso, unwrap } from "./support";

describe("ROC and Gregorian years differ by 1911", () => {
  test("the offset", () => {
    expect(ROC_YEAR_OFFSET).toBe(1911);
  });

  test.each([
    [1, 1912],
    [99, 2010],
    [111, 2022],
    [112, 2023],
    [113, 2024],
  ])("民國 %d 年 = %d", (roc, year) => {
    expect(unwrap(rocToGregorianYear(roc))).toBe(year);
    expect(unwrap(gregorianToRocYear(year))).toBe(roc);
  });

  test.each([
    [0, "民國年「0」不正確：民國紀年從 1 年（1912 年）起算"],
    [-5, "民國年「-5」不正確：民國紀年從 1 年（1912 年）起算"],
    [1.5, "民國年「1.5」不正確：民國紀年從 1 年（1912 年）起算"],
  ])("rocToGregorianYear rejects %d", (roc, message) => {
    expect(errorOf(rocToGregorianYear(roc))).toBe(message);
  });

  test.each([
    [1911, "西元年「1911」沒有對應的民國年：民國元年為 1912 年"],
    [0, "西元年「0」沒有對應的民國年：民國元年為 1912 年"],
    [2022.5, "西元年「2022.5」沒有對應的民國年：民國元年為 1912 年"],
  ])("gregorianToRocYear rejects %d", (year, message) => {
    expect(errorOf(gregorianToRocYear(year))).toBe(message);
  });
});

describe("parseRocDate reads every way minutes write a date", () => {
  test.each([
    ["民國 111 年 3 月 17 日", "2022-03-17"],
    ["民國111年3月17日", "2022-03-17"],
    ["中華民國111年3月17日", "2022-03-17"],
    ["111年3月17日", "2022-03-17"],
    ["111 年 3 月 17 日", "2022-03-17"],
    ["  111年2月17日  ", "2022-02-17"],
    ["111/03/17", "2022-03-17"],
    ["111/3/17", "2022-03-17"],
    ["111.3.17", "2022-03-17"],
    ["111-03-17", "2022-03-17"],
    ["１１１年３月１７日", "2022-03-17"],
    ["１１１／０３／１７", "2022-03-17"],
    ["民國　111　年　3　月　17　日", "2022-03-17"],
    ["民國一百十一年三月十七日", "2022-03-17"],
    ["民國一百一十一年三月十七日", "2022-03-17"],
    ["一一一年十二月一日", "2022-12-01"],
    ["一〇九年一月廿一日", "2020-01-21"],
    ["112年12月31日", "2023-12-31"],
    ["113年2月29日", "2024-02-29"],
    ["99年1月1日", "2010-01-01"],
    ["1年1月1日", "1912-01-01"],
  ])("%j → %s", (input, expected) => {
    expect(unwrap(parseRocDate(input))).toBe(expected);
  });

  test.each([
    ["111年3月17日（星期四）", "2022-03-17"],
    ["111年3月17日(四)", "2022-03-17"],
    ["111年3月17日 (四)", "2022-03-17"],
    ["111年3月17日星期四", "2022-03-17"],
    ["111年3月20日(日)", "2022-03-20"],
    ["111年3月20日（週日）", "2022-03-20"],
    ["111/03/17(四)", "2022-03-17"],
    // The weekday is ignored, not checked: 3 月 18 日 was a Friday.
    ["111年3月18日(四)", "2022-03-18"],
  ])("a trailing weekday is ignored: %j → %s", (input, expected) => {
    expect(unwrap(parseRocDate(input))).toBe(expected);
  });
});

describe("parseRocDate never rolls an impossible date over", () => {
  test.each([
    ["111年2月30日", "日期「111年2月30日」不存在：111 年（2022 年）2 月只有 28 天"],
    ["112年2月29日", "日期「112年2月29日」不存在：112 年（2023 年）2 月只有 28 天"],
    ["113年2月30日", "日期「113年2月30日」不存在：113 年（2024 年）2 月只有 29 天"],
    ["111年4月31日", "日期「111年4月31日」不存在：111 年（2022 年）4 月只有 30 天"],
    ["111/02/30", "日期「111/02/30」不存在：111 年（2022 年）2 月只有 28 天"],
    ["111年3月0日", "日期「111年3月0日」不存在：日須從 1 起算"],
    ["111年13月1日", "日期「111年13月1日」不正確：月份須為 1–12"],
    ["111年0月1日", "日期「111年0月1日」不正確：月份須為 1–12"],
    ["0年1月1日", "日期「0年1月1日」不正確：民國年須從 1 起算"],
  ])("%j", (input, message) => {
    expect(errorOf(parseRocDate(input))).toBe(message);
  });
});

describe("parseRocDate says what it expected when the text is not a date", () => {
  const expected = "應為民國年月日，例如「民國111年3月17日」或「111/03/17」";
  test.each([
    ["", `日期「」無法辨識：${expected}`],
    ["下次會議前", `日期「下次會議前」無法辨識：${expected}`],
    ["4月底", `日期「4月底」無法辨識：${expected}`],
    ["111年3月", `日期「111年3月」無法辨識：${expected}`],
    ["111/3-17", `日期「111/3-17」無法辨識：${expected}`],
    ["111/03/17/01", `日期「111/03/17/01」無法辨識：${expected}`],
    ["111年3月17日10時0分", `日期「111年3月17日10時0分」無法辨識：${expected}`],
    ["明年3月17日", "日期「明年3月17日」無法辨識：年「明」不是數字"],
    ["111年三X月17日", "日期「111年三X月17日」無法辨識：月「三X」不是數字"],
    ["111年3月初日", "日期「111年3月初日」無法辨識：日「初」不是數字"],
  ])("%j", (input, message) => {
    expect(errorOf(parseRocDate(input))).toBe(message);
  });
});

describe("parseRocDate refuses Gregorian years written where an ROC year belongs", () => {
  test.each([
    ["2022年3月17日", "日期「2022年3月17日」不正確：應寫民國年（最多 3 位數）；2022 看似西元年，即民國 111 年"],
    ["2022/03/17", "日期「2022/03/17」不正確：應寫民國年（最多 3 位數）；2022 看似西元年，即民國 111 年"],
    ["1500年1月1日", "日期「1500年1月1日」不正確：應寫民國年（最多 3 位數）"],
  ])("%j", (input, message) => {
    expect(errorOf(parseRocDate(input))).toBe(message);
  });
});

describe("formatRocDate writes the ROC calendar", () => {
  test.each([
    ["2022-03-17", "民國111年3月17日", "111/03/17"],
    ["2023-12-31", "民國112年12月31日", "112/12/31"],
    ["2010-01-01", "民國99年1月1日", "99/01/01"],
    ["1912-01-01", "民國1年1月1日", "1/01/01"],
    ["1911-12-31", "民國前1年12月31日", "前1/12/31"],
    ["1900-06-01", "民國前12年6月1日", "前12/06/01"],
  ])("%s → %s / %s", (input, long, slash) => {
    expect(formatRocDate(iso(input))).toBe(long);
    expect(formatRocDate(iso(input), "long")).toBe(long);
    expect(formatRocDate(iso(input), "slash")).toBe(slash);
  });

  test.each(["2022-03-17", "2024-02-29", "1912-01-01"])("%s round-trips through both styles", (input) => {
    expect(unwrap(parseRocDate(formatRocDate(iso(input))))).toBe(input);
    expect(unwrap(parseRocDate(formatRocDate(iso(input), "slash")))).toBe(input);
  });
});
