// Tests for deadlines: which wording is a deadline, and the date it resolves to from the meeting date.

import { addMonths } from "date-fns";
import {
  ROLLOVER_DAYS,
  addDaysIso,
  daysBetween,
  endOfMonthIso,
  fromUtcDate,
  isoParts,
  parseDueDate,
  toUtcDate,
  type DueDateResult,
} from "../../src/domain";
import { renderMessage } from "../../src/problems";
import { iso, unwrap } from "./support";

/** The result without its problem, once the problem is shown to word the warning exactly (in zh-TW). */
function worded(result: DueDateResult): Omit<DueDateResult, "problem"> {
  const { problem: found, ...rest } = result;
  expect(found === undefined ? null : renderMessage(found, "zh-TW")).toBe(rest.warning);
  return rest;
}

const MEETING = iso("2022-03-17"); // 第 110 次處務會議, a Thursday

describe("parseDueDate reads every way minutes write a deadline", () => {
  test.each([
    ["請總務組於 5 月底前完成", "2022-05-31", "5 月底前"],
    ["請於7月31日前完成", "2022-07-31", "7月31日前"],
    ["7月31日", "2022-07-31", "7月31日"],
    ["請於7月31號以前送達", "2022-07-31", "7月31號以前"],
    ["4月底前", "2022-04-30", "4月底前"],
    ["4月底", "2022-04-30", "4月底"],
    ["請於4月份底前提報", "2022-04-30", "4月份底前"],
    ["本（4）月29日前", "2022-04-29", "本（4）月29日前"],
    ["本月底前", "2022-03-31", "本月底前"],
    ["請於本（3）月25日前回復", "2022-03-25", "本（3）月25日前"],
    ["下月底前", "2022-04-30", "下月底前"],
    ["下（4）月15日前", "2022-04-15", "下（4）月15日前"],
    ["112年底前", "2023-12-31", "112年底前"],
    ["相關規劃應於112年底前完成", "2023-12-31", "112年底前"],
    ["112年3月底前", "2023-03-31", "112年3月底前"],
    ["民國112年6月30日前", "2023-06-30", "民國112年6月30日前"],
    ["111/07/15前", "2022-07-15", "111/07/15前"],
    ["111.7.15前", "2022-07-15", "111.7.15前"],
    ["2022/07/15前", "2022-07-15", "2022/07/15前"],
    ["7/15前", "2022-07-15", "7/15前"],
    ["年底前", "2022-12-31", "年底前"],
    ["今年底前", "2022-12-31", "今年底前"],
    ["本年度結束前", "2022-12-31", "本年度結束前"],
    ["明年底前", "2023-12-31", "明年底前"],
    ["本年內", "2022-12-31", "本年內"],
    ["上半年", "2022-06-30", "上半年"],
    ["下半年", "2022-12-31", "下半年"],
    ["請人事室於明年上半年完成", "2023-06-30", "明年上半年"],
    ["112年上半年", "2023-06-30", "112年上半年"],
    ["第3季結束前", "2022-09-30", "第3季結束前"],
    ["第3季", "2022-09-30", "第3季"],
    ["請文書組於第三季辦理教育訓練", "2022-09-30", "第三季"],
    ["112年第1季結束前", "2023-03-31", "112年第1季結束前"],
    ["6月中旬", "2022-06-20", "6月中旬"],
    ["6月上旬", "2022-06-10", "6月上旬"],
    ["6月下旬", "2022-06-30", "6月下旬"],
    ["請於6月中旬前提出", "2022-06-20", "6月中旬前"],
  ])("%s → %s", (text, dueDate, dueText) => {
    expect(parseDueDate(text, MEETING)).toEqual({ dueDate, dueText, warning: null });
  });
});

describe("durations count from the meeting date", () => {
  test.each([
    ["二週內", MEETING, "2022-03-31"],
    ["兩週內", MEETING, "2022-03-31"],
    ["2週內", MEETING, "2022-03-31"],
    ["兩個星期內", MEETING, "2022-03-31"],
    ["1個月內", MEETING, "2022-04-17"],
    ["一個月內", MEETING, "2022-04-17"],
    ["三個月內", MEETING, "2022-06-17"],
    // date-fns addMonths: a month after 1 月 31 日 is the last day of February.
    ["1個月內", iso("2022-01-31"), "2022-02-28"],
    ["1個月內", iso("2024-01-31"), "2024-02-29"],
    ["10日內", MEETING, "2022-03-27"],
    ["10天內", MEETING, "2022-03-27"],
    ["十日內", MEETING, "2022-03-27"],
    ["30日以內", MEETING, "2022-04-16"],
    ["一年內", MEETING, "2023-03-17"],
  ])("%s from %s → %s", (text, meeting, dueDate) => {
    expect(parseDueDate(text, meeting)).toEqual({ dueDate, dueText: text, warning: null });
  });
});

describe("working days skip Saturdays and Sundays", () => {
  test.each([
    ["1個工作天內", iso("2022-03-17"), "2022-03-18"], // Thu → Fri
    ["2個工作天內", iso("2022-03-17"), "2022-03-21"], // Thu → Mon
    ["3個工作天內", iso("2022-03-17"), "2022-03-22"],
    ["5個工作天內", iso("2022-03-17"), "2022-03-24"],
    ["10個工作天內", iso("2022-03-17"), "2022-03-31"],
    ["1個工作天內", iso("2022-03-18"), "2022-03-21"], // Fri → Mon
    ["1個工作日內", iso("2022-03-19"), "2022-03-21"], // Sat → Mon
    ["5個工作天內", iso("2022-03-20"), "2022-03-25"], // Sun → Fri
    ["七個工作天內", iso("2022-04-21"), "2022-05-02"],
  ])("%s from %s → %s", (text, meeting, dueDate) => {
    expect(parseDueDate(text, meeting).dueDate).toBe(dueDate);
  });
});

describe("full-width digits and Chinese numerals read as digits", () => {
  test.each([
    ["１２月３１日前", "2022-12-31"],
    ["本（４）月底前", "2022-04-30"],
    ["第３季結束前", "2022-09-30"],
    ["１０日內", "2022-03-27"],
    ["１１２年３月底前", "2023-03-31"],
    ["十二月三十一日前", "2022-12-31"],
    ["七月底前", "2022-07-31"],
    ["一一二年底前", "2023-12-31"],
    ["民國一百十二年六月三十日前", "2023-06-30"],
    ["六月中旬", "2022-06-20"],
  ])("%s → %s", (text, dueDate) => {
    expect(parseDueDate(text, MEETING)).toEqual({ dueDate, dueText: text, warning: null });
  });
});

describe(`a month without a year is next year's when more than ${ROLLOVER_DAYS} days before the meeting`, () => {
  const december = iso("2022-12-15");

  test("the window is 31 days", () => {
    expect(ROLLOVER_DAYS).toBe(31);
  });

  test.each([
    ["1月15日前", december, "2023-01-15"],
    ["請於2月底前完成", december, "2023-02-28"],
    ["12月10日前", december, "2022-12-10"], // 5 days before: this year, already due
    ["11月14日前", december, "2022-11-14"], // exactly 31 days before: still this year
    ["11月13日前", december, "2023-11-13"], // 32 days before: next year
    ["上半年", iso("2022-08-15"), "2023-06-30"],
    ["上半年", iso("2022-07-15"), "2022-06-30"],
    ["第1季結束前", december, "2023-03-31"],
    ["6月中旬", december, "2023-06-20"],
    ["本（1）月底前", iso("2023-01-12"), "2023-01-31"],
    ["下（1）月底前", december, "2023-01-31"],
    ["下月底前", december, "2023-01-31"],
    ["年底前", december, "2022-12-31"], // 年底 is this year's end, never next year's
  ])("%s at %s → %s", (text, meeting, dueDate) => {
    expect(parseDueDate(text, meeting).dueDate).toBe(dueDate);
  });
});

describe("recurring or vague wording gives no date", () => {
  test.each([
    "請各組每月10日前提報上月執行情形",
    "請各組室每月底前提報加班費執行情形",
    "每年3月31日前提報年度計畫",
    "每年年底前辦理盤點",
    "建築師公會已同意每週提供 3 天專業諮詢服務",
    "請持續辦理",
    "請總務組與公管中心定期於主秘會報提報車輛出車趟次與執勤時數",
    "請於下次會議前提報",
    "請儘速辦理",
    "本處逾 45 小時加班之同仁，請林副秘書長適時關懷。",
    "請每季結束前提報",
  ])("%s", (text) => {
    expect(parseDueDate(text, MEETING)).toEqual({ dueDate: null, dueText: null, warning: null });
  });
});

describe("dates that are not deadlines are not due dates", () => {
  test.each([
    "本府於 3 月 1 日函頒 111 年開放文件格式推廣計畫",
    "預計於 7 月 31 日及 12 月 31 日進行期中及期末檢核",
    "為因應3月23日智慧城市展海外貴賓參觀本府大數據中心",
    "臺北市議會第13屆第7次定期大會將於3月23日開議，3月24日及25日為市長施政報告暨答詢",
    "擬於 4 月底辦理說明會",
    "資訊局預計於10月進行職能抽測",
    "市民服務平臺改版已於４月２８日上線",
    "業於3月1日函送各機關",
    "3月23日前往會場參訪",
    "請總務組注意，預計於7月31日進行檢核",
    "為因應本府於3月1日函頒之計畫，請各組配合辦理",
    "邀請貴賓於3月23日參訪",
    "在申請人負擔公證費及同意年底搬離的前提下",
  ])("%s", (text) => {
    expect(parseDueDate(text, MEETING)).toEqual({ dueDate: null, dueText: null, warning: null });
  });
});

describe("what makes a date a deadline", () => {
  test.each([
    ["最遲於7月31日提出", "7月31日"],
    ["期限為7月31日", "7月31日"],
    ["截至7月31日止", "7月31日止"],
    ["至7月31日為止", "7月31日為止"],
    ["於7月31日完成", "7月31日"],
    ["請於7月31日提報", "7月31日"],
    ["請總務組於7月31日辦理說明會", "7月31日"],
    ["應於7月31日前完成", "7月31日前"],
    ["7月31日之前", "7月31日之前"],
  ])("%s → dueText %s", (text, dueText) => {
    expect(parseDueDate(text, MEETING)).toEqual({ dueDate: "2022-07-31", dueText, warning: null });
  });
});

describe("several deadlines: the earliest one still ahead of the meeting", () => {
  test.each([
    [
      "請機要組、市民服務組盤點權管系統匯出文件需求，除113年底前預計汰換者外，系統匯出之文件應符合開放文件格式，相關規劃應於112年底前完成。",
      MEETING,
      "2023-12-31",
      "112年底前",
    ],
    ["請於4月底前提出計畫，並於12月底前完成", MEETING, "2022-04-30", "4月底前"],
    ["請於二週內提出計畫，並於7月底前完成", MEETING, "2022-03-31", "二週內"],
    ["請採購組就於12月10日前完成之年度採購案，仍於年底前辦理驗收結案。", iso("2022-12-15"), "2022-12-31", "年底前"],
    ["請於3月10日前及3月1日前補正", MEETING, "2022-03-01", "3月1日前"],
  ])("%s", (text, meeting, dueDate, dueText) => {
    expect(parseDueDate(text, meeting)).toEqual({ dueDate, dueText, warning: null });
  });
});

describe("wording that names no real date gives no date, its wording and a warning", () => {
  test.each([
    ["111年2月30日前", "111年2月30日前", "期限「111年2月30日前」的日期不存在：2022 年 2 月只有 28 天"],
    ["請於2月30日前完成", "2月30日前", "期限「2月30日前」的日期不存在：2022 年 2 月只有 28 天"],
    ["請於13月1日前完成", "13月1日前", "期限「13月1日前」無法換算：月份須為 1–12"],
    ["本（13）月底前", "本（13）月底前", "期限「本（13）月底前」無法換算：月份須為 1–12"],
    ["第5季結束前", "第5季結束前", "期限「第5季結束前」無法換算：季別須為 1–4"],
    ["0日內", "0日內", "期限「0日內」無法換算：期間須至少為 1"],
    ["5000日內", "5000日內", "期限「5000日內」無法換算：期間超出可計算的範圍"],
    ["0年底前", "0年底前", "期限「0年底前」無法換算：年份「0」不是民國年或西元年"],
  ])("%s", (text, dueText, warning) => {
    expect(worded(parseDueDate(text, MEETING))).toEqual({ dueDate: null, dueText, warning });
  });

  test("a real deadline beside an impossible one is kept, with the warning", () => {
    expect(worded(parseDueDate("111年2月30日前或3月31日前", MEETING))).toEqual({
      dueDate: "2022-03-31",
      dueText: "3月31日前",
      warning: "期限「111年2月30日前」的日期不存在：2022 年 2 月只有 28 天",
    });
  });
});

describe("the warning in English names the wording and why, with no other Chinese", () => {
  test.each([
    ["111年2月30日前", MEETING, "the deadline “111年2月30日前” is not a real date: month 2 of 2022 has only 28 days"],
    ["請於13月1日前完成", MEETING, "the deadline “13月1日前” cannot be worked out: the month must be 1–12"],
    ["第5季結束前", MEETING, "the deadline “第5季結束前” cannot be worked out: the quarter must be 1–4"],
    ["0日內", MEETING, "the deadline “0日內” cannot be worked out: the period must be at least 1"],
    ["5000日內", MEETING, "the deadline “5000日內” cannot be worked out: the period is longer than can be counted"],
    ["0年底前", MEETING, "the deadline “0年底前” cannot be worked out: the year “0” is neither an ROC nor a Gregorian year"],
    ["二週內", null, "the deadline “二週內” cannot be worked out: the meeting date is unknown"],
  ])("%s", (text, meeting, english) => {
    const found = parseDueDate(text, meeting).problem;
    expect(found === undefined ? undefined : renderMessage(found, "en")).toBe(english);
  });
});

describe("without a meeting date only wording with a year resolves", () => {
  test.each([
    ["112年3月底前", "2023-03-31", "112年3月底前", null],
    ["111/07/15前", "2022-07-15", "111/07/15前", null],
    ["二週內", null, "二週內", "期限「二週內」無法換算：會議日期不明"],
    ["4月底前", null, "4月底前", "期限「4月底前」無法換算：會議日期不明"],
    ["本月底前", null, "本月底前", "期限「本月底前」無法換算：會議日期不明"],
    ["明年底前", null, "明年底前", "期限「明年底前」無法換算：會議日期不明"],
  ])("%s", (text, dueDate, dueText, warning) => {
    expect(worded(parseDueDate(text, null))).toEqual({ dueDate, dueText, warning });
  });
});

describe("dueText is the wording exactly as written", () => {
  test.each([
    ["請總務組於 5 月底前完成", "5 月底前"],
    ["請於\u3000７\u3000月\u3000３１\u3000日前完成", "７\u3000月\u3000３１\u3000日前"],
    ["本（４）月底前", "本（４）月底前"],
    ["二 週 內", "二 週 內"],
  ])("%s → %s", (text, dueText) => {
    expect(parseDueDate(text, MEETING).dueText).toBe(dueText);
  });
});

describe("no deadline at all", () => {
  test.each([
    "",
    "洽悉。",
    "請公管中心進行市政大樓 1 樓北區為民服務綜合櫃檯工程履約管理時，應就東側牆壁防水工項部分加強注意並妥為處理。",
  ])("%s", (text) => {
    expect(parseDueDate(text, MEETING)).toEqual({ dueDate: null, dueText: null, warning: null });
  });
});

describe("the calendar arithmetic agrees with the domain's date helpers", () => {
  // Every 37th day from 2019 to 2025: leap years, month ends and every weekday.
  const meetings = Array.from({ length: 70 }, (_, i) => addDaysIso(iso("2019-01-01"), i * 37));

  test.each(meetings)("from %s", (meeting) => {
    for (const days of [1, 10, 45, 400]) {
      expect(parseDueDate(`${days}日內`, meeting).dueDate).toBe(addDaysIso(meeting, days));
    }
    expect(parseDueDate("3週內", meeting).dueDate).toBe(addDaysIso(meeting, 21));
    for (const months of [1, 5, 13]) {
      const expected = fromUtcDate(addMonths(toUtcDate(meeting), months));
      expect(parseDueDate(`${months}個月內`, meeting).dueDate).toBe(expected);
    }
    for (const workdays of [1, 4, 5, 6, 23]) {
      let date = meeting;
      for (let left = workdays; left > 0;) {
        date = addDaysIso(date, 1);
        const weekday = toUtcDate(date).getUTCDay();
        if (weekday !== 0 && weekday !== 6) left--;
      }
      expect(parseDueDate(`${workdays}個工作天內`, meeting).dueDate).toBe(date);
    }
    const { year, month } = isoParts(meeting);
    const monthEnd = unwrap(endOfMonthIso(year, month));
    expect(parseDueDate("本月底前", meeting).dueDate).toBe(monthEnd);
    expect(daysBetween(meeting, monthEnd)).toBeGreaterThanOrEqual(0);
  });

  test("a deadline past the year 9999 is refused, not thrown", () => {
    expect(worded(parseDueDate("3個月內", iso("9999-12-01")))).toEqual({
      dueDate: null,
      dueText: "3個月內",
      warning: "期限「3個月內」無法換算：期間超出可計算的範圍",
    });
  });
});
