// The header rules of the CLI on records built by hand, so they hold whatever the parser reads: what
// import refuses and how it says so. Dates typed on the command line: test/domain/typedInput.test.ts;
// --number/--date in place of the header: test/minutes/withHeader.test.ts.
import { checkHeader, remedy, type HeaderGap } from "../../src/cli/meetingHeader";
import { cliWords } from "../../src/cli/words";
import type { IsoDate } from "../../src/domain";
import type { MeetingHeader, ParseWarning } from "../../src/minutes";
import { warning } from "../../src/minutes/warning";
import { problem } from "../../src/problems";
import { recordOf as record } from "../minutes/records";

const date = (text: string) => text as IsoDate;
// 日期「111年2月30日」不存在：111 年（2022 年）2 月只有 28 天
const BAD_DATE_CAUSE = problem("date.dayOutOfRange", { text: "111年2月30日", year: 2022, month: 2, days: 28, rocYear: 111 });

describe("checkHeader: import needs a meeting number and a real date", () => {
  const NO_NUMBER = "沒有會議次別（標題中找不到「第N次…會議」）";
  const NO_DATE = "沒有會議日期（「時間：」或「日期：」行中找不到日期）";
  const badDate: ParseWarning = warning(3, problem("parser.meetingDateInvalid", { cause: BAD_DATE_CAUSE }));

  test("complete with both", () => {
    expect(checkHeader(record({ number: 112, date: date("2022-04-21") }))).toEqual({ complete: true, number: 112, date: "2022-04-21" });
  });

  test.each<[string, Partial<MeetingHeader>, ParseWarning[], string[], string, string]>([
    ["no number", { date: date("2022-04-21") }, [], [NO_NUMBER], "請在紀錄標題寫明次別，或加上 --number <次別> 指定，例如 --number 112", "單獨匯入這個檔案並加上 --number <次別>"],
    ["no date", { number: 112 }, [], [NO_DATE], "請在紀錄中寫明會議日期，或加上 --date <日期> 指定，例如 --date 2022-03-17", "單獨匯入這個檔案並加上 --date <日期>"],
    [
      "an impossible date",
      { number: 112 },
      [badDate],
      ["第 3 行的會議日期無法換算（日期「111年2月30日」不存在：111 年（2022 年）2 月只有 28 天）"],
      "請更正紀錄第 3 行的日期，或加上 --date <日期> 指定，例如 --date 2022-03-17",
      "單獨匯入這個檔案並加上 --date <日期>",
    ],
    [
      "an impossible number (read, but outside 1–9999)",
      { date: date("2022-04-21") },
      [warning(1, problem("meeting.numberInvalid", { text: "12345" }))],
      ["第 1 行的會議次別「12345」不正確（應為 1–9999 的整數）"],
      "請更正紀錄第 1 行標題中的次別，或加上 --number <次別> 指定，例如 --number 112",
      "單獨匯入這個檔案並加上 --number <次別>",
    ],
    [
      "an impossible number and an impossible date",
      {},
      [warning(1, problem("meeting.numberInvalid", { text: "0" })), badDate],
      ["第 1 行的會議次別「0」不正確（應為 1–9999 的整數）", "第 3 行的會議日期無法換算（日期「111年2月30日」不存在：111 年（2022 年）2 月只有 28 天）"],
      "請更正紀錄第 1 行標題中的次別並更正紀錄第 3 行的日期，或加上 --number <次別> --date <日期> 指定，例如 --number 112 --date 2022-03-17",
      "單獨匯入這個檔案並加上 --number <次別> --date <日期>",
    ],
    [
      "neither (minutes without any header)",
      {},
      [],
      [NO_NUMBER, NO_DATE],
      "請在紀錄標題寫明次別並在紀錄中寫明會議日期，或加上 --number <次別> --date <日期> 指定，例如 --number 112 --date 2022-03-17",
      "單獨匯入這個檔案並加上 --number <次別> --date <日期>",
    ],
  ])("%s: says what is missing and how to supply it", (_name, meeting, warnings, reasons, alone, withOthers) => {
    const check = checkHeader(record(meeting, [], warnings));
    expect(check.complete).toBe(false);
    const gap = (check as { gap: HeaderGap }).gap;
    expect(gap.reasons).toEqual(reasons);
    expect(remedy(gap, true)).toBe(alone);
    expect(remedy(gap, false)).toContain(withOthers);
  });
});


describe("checkHeader in English: an impossible number is named, in English", () => {
  test("the value and the line, no Chinese sentence", () => {
    const check = checkHeader(record({ date: date("2022-04-21") }, [], [warning(2, problem("meeting.numberInvalid", { text: "12345" }))]), cliWords("en"));
    expect(check.complete).toBe(false);
    const gap = (check as { gap: HeaderGap }).gap;
    expect(gap.reasons).toEqual(["the meeting number “12345” on line 2 is wrong (it must be a whole number 1–9999)"]);
    expect(remedy(gap, true, cliWords("en"))).toBe("correct the meeting number in the title on line 2, or add --number <number>, e.g. --number 112");
  });
});

describe("checkHeader in English: an impossible date is named with why, in English", () => {
  test("the line and the reason, no Chinese but the date as written", () => {
    const bad = warning(3, problem("parser.meetingDateInvalid", { cause: BAD_DATE_CAUSE }));
    const check = checkHeader(record({ number: 112 }, [], [bad]), cliWords("en"));
    const gap = (check as { gap: HeaderGap }).gap;
    expect(gap.reasons).toEqual(["the meeting date on line 3 cannot be used (the date “111年2月30日” does not exist: month 2 of 2022 has only 28 days)"]);
  });
});
