// Dates in the pane follow 設定 日期顯示: the dates it prints, the ISO dates inside history texts, and typed dates.
import type { IsoDate } from "../../src/domain";
import { readTypedDate, showDate, showDatesIn, showTimestampDay } from "../../src/taskpane/view/dates";

const d = (text: string) => text as IsoDate;

describe("showDate", () => {
  test.each<[string, "西元" | "民國", string]>([
    ["2022-04-29", "西元", "2022-04-29"],
    ["2022-04-29", "民國", "111/04/29"],
    ["1912-01-01", "民國", "1/01/01"],
  ])("%s under %s", (date, display, expected) => {
    expect(showDate(d(date), display)).toBe(expected);
  });
});

describe("showDatesIn: history texts", () => {
  test.each<[string, "西元" | "民國", string]>([
    ["期限 無期限 → 2022-04-29", "民國", "期限 無期限 → 111/04/29"],
    ["期限 2022-04-29 → 2022-05-31（5月底）", "民國", "期限 111/04/29 → 111/05/31（5月底）"],
    ["期限 無期限 → 2022-04-29", "西元", "期限 無期限 → 2022-04-29"],
    ["編號 2022-13-45 不是日期", "民國", "編號 2022-13-45 不是日期"],
    ["電話 02-2022-04-291", "民國", "電話 02-2022-04-291"],
  ])("%s (%s)", (text, display, expected) => {
    expect(showDatesIn(text, display)).toBe(expected);
  });
});

describe("showTimestampDay: when a history row was recorded, as the workbook's day", () => {
  test.each<[string, string, "西元" | "民國", string]>([
    ["2026-12-05T00:56:20.048Z", "Asia/Taipei", "西元", "2026-12-05"],
    ["2026-12-04T17:00:00.000Z", "Asia/Taipei", "民國", "115/12/05"], // 01:00 the next day in Taipei
    ["2026-12-04T17:00:00.000Z", "Not/AZone", "西元", "2026-12-04"],
    ["", "Asia/Taipei", "西元", ""],
    ["不是時間", "Asia/Taipei", "西元", "不是時間"],
  ])("%s in %s (%s)", (at, zone, display, expected) => {
    expect(showTimestampDay(at, zone, display)).toBe(expected);
  });
});

describe("readTypedDate accepts both calendars", () => {
  test.each<[string, string | null]>([
    ["", null],
    ["2022-04-29", "2022-04-29"],
    ["111/04/29", "2022-04-29"],
    ["111年4月29日", "2022-04-29"],
    [" 111/4/29 ", "2022-04-29"],
  ])("%j", (text, expected) => {
    expect(readTypedDate(text)).toEqual({ ok: true, value: expected });
  });

  test.each([["2022-13-45", /月份/], ["111/02/30", /2 月只有 28 天/], ["明天", /無法辨識/]])("%s is refused with the reason", (text, reason) => {
    const read = readTypedDate(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(reason);
  });
});
