// Tests for date-only values and their calendar arithmetic.

import { UTCDate } from "@date-fns/utc";
import {
  addDaysIso,
  compareIso,
  daysBetween,
  daysInMonth,
  endOfMonthIso,
  fromUtcDate,
  isIsoDate,
  isoDateInZone,
  isoDate,
  isoParts,
  parseIsoDate,
  toUtcDate,
} from "../../src/domain/isoDate";
import { errorOf, iso, unwrap } from "./support";

describe("isoDate builds only dates that exist", () => {
  test.each([
    [2022, 3, 17, "2022-03-17"],
    [2022, 12, 31, "2022-12-31"],
    [2024, 2, 29, "2024-02-29"],
    [2000, 2, 29, "2000-02-29"],
    [1000, 1, 1, "1000-01-01"],
    [9999, 12, 31, "9999-12-31"],
  ])("%d-%d-%d → %s", (y, m, d, expected) => {
    expect(unwrap(isoDate(y, m, d))).toBe(expected);
  });

  test.each([
    [2022, 2, 30, "日期「2022-02-30」不存在：2022 年 2 月只有 28 天"],
    [2023, 2, 29, "日期「2023-02-29」不存在：2023 年 2 月只有 28 天"],
    [1900, 2, 29, "日期「1900-02-29」不存在：1900 年 2 月只有 28 天"],
    [2022, 4, 31, "日期「2022-04-31」不存在：2022 年 4 月只有 30 天"],
    [2024, 2, 30, "日期「2024-02-30」不存在：2024 年 2 月只有 29 天"],
    [2022, 13, 1, "日期「2022-13-01」不存在：月份須為 1–12"],
    [2022, 0, 1, "日期「2022-00-01」不存在：月份須為 1–12"],
    [2022, 1, 0, "日期「2022-01-00」不存在：日須從 1 起算"],
    [999, 1, 1, "日期「999-01-01」不正確：西元年須介於 1000 至 9999"],
    [10000, 1, 1, "日期「10000-01-01」不正確：西元年須介於 1000 至 9999"],
    [2022, 1.5, 1, "日期「2022-1.5-01」不正確：年、月、日都必須是整數"],
    [2022, 1, Number.NaN, "日期「2022-01-NaN」不正確：年、月、日都必須是整數"],
  ])("%d-%d-%d is rejected", (y, m, d, message) => {
    expect(errorOf(isoDate(y, m, d))).toBe(message);
  });
});

describe("parseIsoDate reads YYYY-MM-DD", () => {
  test.each([
    ["2022-05-31", "2022-05-31"],
    [" 2024-02-29 ", "2024-02-29"],
  ])("%j → %s", (input, expected) => {
    expect(unwrap(parseIsoDate(input))).toBe(expected);
  });

  test.each([
    ["2022/05/31", "日期「2022/05/31」格式不正確：應為 YYYY-MM-DD，例如 2022-05-31"],
    ["2022-5-31", "日期「2022-5-31」格式不正確：應為 YYYY-MM-DD，例如 2022-05-31"],
    ["111-05-31", "日期「111-05-31」格式不正確：應為 YYYY-MM-DD，例如 2022-05-31"],
    ["", "日期「」格式不正確：應為 YYYY-MM-DD，例如 2022-05-31"],
    ["2022-02-30", "日期「2022-02-30」不存在：2022 年 2 月只有 28 天"],
  ])("%j is rejected", (input, message) => {
    expect(errorOf(parseIsoDate(input))).toBe(message);
  });
});

describe("isIsoDate accepts exactly an existing YYYY-MM-DD", () => {
  test.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    [" 2024-02-29", false],
    ["2024-2-29", false],
    ["hello", false],
  ])("%j → %s", (input, expected) => {
    expect(isIsoDate(input)).toBe(expected);
  });
});

describe("isoParts splits a date into numbers", () => {
  test.each([
    ["2022-03-17", { year: 2022, month: 3, day: 17 }],
    ["1000-01-01", { year: 1000, month: 1, day: 1 }],
  ])("%s", (input, expected) => {
    expect(isoParts(iso(input))).toEqual(expected);
  });
});

describe("toUtcDate and fromUtcDate use UTC midnight, whatever the machine zone", () => {
  test.each(["2022-03-17", "2024-02-29", "1000-01-01", "9999-12-31"])("%s round-trips", (input) => {
    const utc = toUtcDate(iso(input));
    expect(utc.toISOString()).toBe(`${input}T00:00:00.000Z`);
    expect(fromUtcDate(utc)).toBe(input);
  });

  test.each([
    ["a plain Date late in the UTC day", new Date(Date.UTC(2022, 2, 17, 23, 59)), "2022-03-17"],
    ["a UTCDate", new UTCDate(2022, 4, 31), "2022-05-31"],
  ])("fromUtcDate reads the UTC calendar day of %s", (_name, input, expected) => {
    expect(fromUtcDate(input)).toBe(expected);
  });

  test.each([
    ["an invalid Date", new Date(Number.NaN)],
    ["a year before 1000", new UTCDate(999, 11, 31)],
    ["a year after 9999", new UTCDate(10000, 0, 1)],
  ])("fromUtcDate throws RangeError for %s", (_name, input) => {
    expect(() => fromUtcDate(input)).toThrow(RangeError);
  });
});

describe("isoDateInZone gives the calendar date in a time zone", () => {
  test.each([
    ["2022-03-16T15:59:59Z", "Asia/Taipei", "2022-03-16"],
    ["2022-03-16T16:00:00Z", "Asia/Taipei", "2022-03-17"],
    ["2022-03-17T02:00:00Z", "America/Los_Angeles", "2022-03-16"],
    ["2024-02-29T12:00:00Z", "UTC", "2024-02-29"],
  ])("%s in %s is %s", (instant, zone, expected) => {
    expect(isoDateInZone(new Date(instant), zone)).toBe(expected);
  });

  test("an unknown zone or invalid instant is a caller bug", () => {
    expect(() => isoDateInZone(new Date("2022-03-17T00:00:00Z"), "Mars/Olympus")).toThrow(RangeError);
    expect(() => isoDateInZone(new Date(Number.NaN), "Asia/Taipei")).toThrow(RangeError);
  });
});

describe("addDaysIso moves by calendar days", () => {
  test.each([
    ["2022-03-17", 14, "2022-03-31"],
    ["2022-03-17", 15, "2022-04-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-02-29", 1, "2024-03-01"],
    ["2023-02-28", 1, "2023-03-01"],
    ["2022-12-31", 1, "2023-01-01"],
    ["2022-03-01", -1, "2022-02-28"],
    ["2022-03-17", 0, "2022-03-17"],
    ["2022-03-17", 365, "2023-03-17"],
  ])("%s + %d → %s", (start, n, expected) => {
    expect(addDaysIso(iso(start), n)).toBe(expected);
  });

  test.each([
    ["a fraction", "2022-03-17", 1.5],
    ["NaN", "2022-03-17", Number.NaN],
    ["a result past 9999", "9999-12-31", 1],
  ])("throws RangeError for %s", (_name, start, n) => {
    expect(() => addDaysIso(iso(start), n)).toThrow(RangeError);
  });
});

describe("daysBetween counts calendar days, to − from", () => {
  test.each([
    ["2022-03-17", "2022-03-17", 0],
    ["2022-03-17", "2022-03-18", 1],
    ["2022-03-18", "2022-03-17", -1],
    ["2022-03-17", "2022-05-31", 75],
    ["2024-02-28", "2024-03-01", 2],
    ["2023-02-28", "2023-03-01", 1],
    ["2022-01-01", "2023-01-01", 365],
    ["2024-01-01", "2025-01-01", 366],
    // Taiwan has no DST, but machines running the tests might: these span Europe's and America's changes.
    ["2022-03-26", "2022-03-28", 2],
    ["2022-11-05", "2022-11-07", 2],
  ])("%s → %s = %d", (from, to, expected) => {
    expect(daysBetween(iso(from), iso(to))).toBe(expected);
  });
});

describe("daysInMonth knows month lengths and leap years", () => {
  test.each([
    [2022, 1, 31],
    [2022, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2022, 4, 30],
    [2022, 12, 31],
  ])("%d-%d has %d days", (y, m, expected) => {
    expect(daysInMonth(y, m)).toBe(expected);
  });
});

describe("endOfMonthIso gives the last day of a month (月底)", () => {
  test.each([
    [2022, 4, "2022-04-30"],
    [2022, 5, "2022-05-31"],
    [2022, 2, "2022-02-28"],
    [2024, 2, "2024-02-29"],
    [2022, 12, "2022-12-31"],
  ])("%d-%d → %s", (y, m, expected) => {
    expect(unwrap(endOfMonthIso(y, m))).toBe(expected);
  });

  test.each([
    [2022, 13, "月份「13」不正確：月份須為 1–12"],
    [2022, 0, "月份「0」不正確：月份須為 1–12"],
    [2022, 2.5, "月份「2.5」不正確：月份須為 1–12"],
    [111, 4, "年份「111」不正確：西元年須介於 1000 至 9999"],
  ])("%d-%d is rejected", (y, m, message) => {
    expect(errorOf(endOfMonthIso(y, m))).toBe(message);
  });
});

describe("compareIso orders dates", () => {
  test.each([
    ["2022-04-30", "2022-07-31", -1],
    ["2022-07-31", "2022-04-30", 1],
    ["2022-07-31", "2022-07-31", 0],
    ["2022-12-31", "2023-01-01", -1],
  ])("%s vs %s → %d", (a, b, expected) => {
    expect(compareIso(iso(a), iso(b))).toBe(expected);
  });

  test("sorts a list of deadlines", () => {
    const dates = ["2022-12-31", "2022-04-30", "2022-07-31"].map(iso);
    expect([...dates].sort(compareIso)).toEqual(["2022-04-30", "2022-07-31", "2022-12-31"]);
  });
});
