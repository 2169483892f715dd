// The header rules of the CLI on records built by hand, so they hold whatever the parser reads: dates
// on the command line, --number/--date in place of the minutes' header, and what import refuses.
import { checkHeader, parseCliDate, remedy, withHeader, type HeaderGap } from "../../src/cli/meetingHeader";
import type { IsoDate } from "../../src/domain";
import type { MeetingHeader, MeetingRecord, ParseWarning, TrackedItem } from "../../src/minutes";

const HEADER: MeetingHeader = {
  organization: null,
  name: "處務會議",
  number: null,
  date: null,
  startTime: null,
  endTime: null,
  location: null,
  chair: null,
  recorder: null,
  attendees: null,
};

const item = (text: string, line: number, fields: Partial<TrackedItem> = {}): TrackedItem => ({
  caseId: "",
  section: "會議結論",
  text,
  divisions: ["總務組"],
  supporting: [],
  people: [],
  dueDate: null,
  dueText: null,
  line,
  ...fields,
});

const record = (meeting: Partial<MeetingHeader>, items: TrackedItem[] = [], warnings: ParseWarning[] = []): MeetingRecord => ({
  meeting: { ...HEADER, ...meeting },
  decisions: [],
  items,
  warnings,
});

const date = (text: string) => text as IsoDate;

describe("parseCliDate", () => {
  test.each([["2022-03-17"], ["111/03/17"], ["111.3.17"], ["111年3月17日"], ["民國一百十一年三月十七日"], ["１１１/０３/１７"], [" 2022-03-17 "]])("%s is 2022-03-17", (text) => {
    expect(parseCliDate(text)).toEqual({ ok: true, value: "2022-03-17" });
  });

  test.each([
    ["2022-13-45", "日期「2022-13-45」不存在：月份須為 1–12"],
    ["2022-3-5", "日期「2022-3-5」格式不正確：應為 YYYY-MM-DD，例如 2022-05-31"],
    ["111/02/30", "日期「111/02/30」不存在：111 年（2022 年）2 月只有 28 天"],
    ["111年13月1日", "日期「111年13月1日」不正確：月份須為 1–12"],
    ["下週四", "日期「下週四」無法辨識：應為西元 2022-03-17，或民國 111/03/17、111年3月17日"],
    ["", "日期「」無法辨識：應為西元 2022-03-17，或民國 111/03/17、111年3月17日"],
  ])("%s fails: %s", (text, error) => {
    expect(parseCliDate(text)).toEqual({ ok: false, error });
  });
});

describe("checkHeader: import needs a meeting number and a real date", () => {
  const NO_NUMBER = "沒有會議次別（標題中找不到「第N次…會議」）";
  const NO_DATE = "沒有會議日期（「時間：」或「日期：」行中找不到日期）";
  const badDate: ParseWarning = { line: 3, message: "會議日期無法換算：日期「111年2月30日」不存在：111 年（2022 年）2 月只有 28 天" };

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

describe("withHeader: --number and --date in place of the minutes' header", () => {
  const noNumber: ParseWarning = { line: 1, message: "找不到會議次別（第N次…會議），新列管案件無法編列案號" };
  const noDate: ParseWarning = { line: 1, message: "找不到會議日期，相對期限（如「二週內」）無法換算" };
  const other: ParseWarning = { line: 5, message: "組室「工務組」不在組室清單中，已照原文列入" };

  test("without options the record is the same", () => {
    const r = record({ number: 112, date: date("2022-04-21") }, [item("請總務組於二週內完成。", 4, { caseId: "11201" })], [other]);
    expect(withHeader(r, {})).toEqual(r);
  });

  test("--number numbers the items and answers the missing-number warning", () => {
    const r = record({ date: date("2022-04-21") }, [item("請總務組辦理。", 4), item("請文書組辦理。", 5)], [noNumber, other]);
    const next = withHeader(r, { number: 112 });
    expect(next.meeting).toMatchObject({ number: 112, date: "2022-04-21" });
    expect(next.items.map((i) => i.caseId)).toEqual(["11201", "11202"]);
    expect(next.warnings).toEqual([other]);
  });

  test("--number and --date together answer the warning that the minutes have no header at all", () => {
    const noHeader: ParseWarning = { line: 1, message: "找不到會議標頭：沒有「第N次…會議」標題，也沒有可用的會議日期，請補上會議次別與日期" };
    const r = record({}, [], [noNumber, noDate, noHeader, other]);
    expect(withHeader(r, { number: 112 }).warnings).toEqual([noDate, noHeader, other]);
    expect(withHeader(r, { number: 112, date: date("2022-04-21") }).warnings).toEqual([other]);
  });

  test("--number past 99 items leaves the 100th without a case id, with a warning", () => {
    const items = Array.from({ length: 100 }, (_, i) => item("請總務組辦理。", 10 + i));
    const next = withHeader(record({ date: date("2022-04-21") }, items), { number: 112 });
    expect(next.items.at(98)?.caseId).toBe("11299");
    expect(next.items.at(99)?.caseId).toBe("");
    expect(next.warnings).toEqual([{ line: 109, message: "第 100 項新列管案件：無法編列案號，項次「100」不正確：應為 1–99 的整數" }]);
  });

  test("--date resolves the deadlines against it and replaces the warnings that the missing date caused", () => {
    const blocked: ParseWarning = { line: 4, message: "期限「二週內」無法換算：會議日期不明" };
    const impossible: ParseWarning = { line: 6, message: "期限「111年2月30日前」的日期不存在：2022 年 2 月只有 28 天" };
    const r = record(
      { number: 112 },
      [
        item("請總務組於二週內完成盤點。", 4, { caseId: "11201", dueText: "二週內" }),
        item("請文書組於111年2月30日前完成。", 6, { caseId: "11202", dueText: "111年2月30日前" }),
      ],
      [noDate, blocked, other, impossible],
    );
    const next = withHeader(r, { date: date("2022-03-17") });
    expect(next.meeting).toMatchObject({ number: 112, date: "2022-03-17" });
    expect(next.items.map((i) => [i.caseId, i.dueDate, i.dueText])).toEqual([
      ["11201", "2022-03-31", "二週內"],
      ["11202", null, "111年2月30日前"],
    ]);
    // The impossible deadline is wrong whatever the meeting date: its warning stays, once.
    expect(next.warnings).toEqual([other, impossible]);
  });

  test("--date replacing the minutes' own date moves the relative deadlines with it", () => {
    const r = record({ number: 112, date: date("2022-04-21") }, [item("請總務組於二週內完成盤點。", 4, { caseId: "11201", dueDate: date("2022-05-05"), dueText: "二週內" })]);
    expect(withHeader(r, { date: date("2022-04-28") }).items[0]).toMatchObject({ dueDate: "2022-05-12", dueText: "二週內" });
  });
});
