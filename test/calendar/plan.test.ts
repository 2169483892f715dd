// Tests for planning reminders: which cases get one, and every field the sync writes.
import { type TrackingStatus } from "../../src/domain";
import { fnv1a64 } from "../../src/calendar/hash";
import { caseKeyOf, icsUidOf, planReminders, releaseReason, releasedCases, type PlanOptions } from "../../src/calendar/plan";
import { reminderMinutesBeforeStart } from "../../src/calendar/reminderMinutes";
import { reminderSubject, shortTitle } from "../../src/calendar/subject";
import { type CaseRow } from "../../src/workbook/model";
import { CASE_11001, CASE_11002, CASE_11003, CASE_11101, CASE_11102, MEETING_DATES, SAMPLE_CASES, WORKBOOK, iso, withTracking } from "./support";

const OPTIONS: PlanOptions = { workbookKey: WORKBOOK, leadDays: 3, meetingDates: MEETING_DATES };

const pick = ({ meeting, lead, supporting, text, dueDate, dueText, tracking }: CaseRow): Partial<CaseRow> => ({ meeting, lead, supporting, text, dueDate, dueText, tracking });

function planOne(c: CaseRow, options: Partial<PlanOptions> = {}) {
  const [event, ...rest] = planReminders([c], { ...OPTIONS, ...options });
  expect(rest).toEqual([]);
  if (event === undefined) throw new Error(`expected a reminder for ${c.caseId}`);
  return event;
}

describe("one reminder per open or continued case with a due date", () => {
  test.each<[TrackingStatus, string | null, number]>([
    ["open", "2022-05-21", 1],
    ["continued", "2022-05-31", 1],
    ["open", null, 0],
    ["continued", null, 0],
    ["closed", "2022-04-30", 0],
    ["self-tracked", "2022-05-31", 0],
    ["self-tracked", null, 0],
  ])("%s due %s → %i", (tracking, due, count) => {
    const c = { ...CASE_11101, tracking, dueDate: due === null ? null : iso(due) };
    expect(planReminders([c], OPTIONS)).toHaveLength(count);
  });

  test("the sample sheet gives 11002, 11101 and 11102, in case-id order", () => {
    expect(planReminders([...SAMPLE_CASES].reverse(), OPTIONS).map((e) => e.caseId)).toEqual(["11002", "11101", "11102"]);
  });

  test("case ids sort as numbers, not text (9903 before 10001)", () => {
    const cases = ["10001", "9903", "11002"].map((caseId) => ({ ...CASE_11101, caseId }));
    expect(planReminders(cases, OPTIONS).map((e) => e.caseId)).toEqual(["9903", "10001", "11002"]);
  });

  test("a case id that appears twice keeps its first row only", () => {
    const events = planReminders([CASE_11101, { ...CASE_11101, dueDate: iso("2022-06-30") }], OPTIONS);
    expect(events.map((e) => e.dueDate)).toEqual(["2022-05-21"]);
  });

  test("a first row that is closed is not replaced by a later open duplicate", () => {
    expect(planReminders([withTracking(CASE_11101, "closed"), CASE_11101], OPTIONS)).toEqual([]);
  });
});

describe("why a case has no reminder", () => {
  test.each<[CaseRow, string | undefined]>([
    [CASE_11002, undefined],
    [CASE_11003, "closed"],
    [withTracking(CASE_11002, "self-tracked"), "closed"],
    [CASE_11001, "no-deadline"],
  ])("%#: %s", (c, reason) => {
    expect(releaseReason(c)).toBe(reason);
  });

  test("releasedCases keys the reasons by case key", () => {
    expect(releasedCases(SAMPLE_CASES, WORKBOOK)).toEqual(
      new Map([
        ["wb-secretariat/11001", "no-deadline"],
        ["wb-secretariat/11003", "closed"],
        ["wb-secretariat/11005", "closed"],
      ]),
    );
  });
});

describe("keys: the extended property's case key and the ICS UID are stable per workbook and case", () => {
  test("11002", () => {
    const event = planOne(CASE_11002);
    expect(event.caseKey).toBe("wb-secretariat/11002");
    expect(event.caseKey).toBe(caseKeyOf(WORKBOOK, "11002"));
    expect(event.uid).toBe("wb-secretariat/11002@minutes-tracker");
    expect(event.uid).toBe(icsUidOf(event.caseKey));
  });

  test("an empty workbook key is refused", () => {
    expect(() => planReminders([CASE_11002], { ...OPTIONS, workbookKey: " " })).toThrow(RangeError);
  });
});

describe("an all-day event from 00:00 on the due date to 00:00 the next day, Taipei time", () => {
  test.each([
    ["2022-05-31", "2022-06-01"], // 11002 5 月底前
    ["2022-05-21", "2022-05-22"], // 11101 1個月內
    ["2022-12-31", "2023-01-01"],
    ["2024-02-28", "2024-02-29"],
  ])("due %s → end %s", (due, next) => {
    const event = planOne({ ...CASE_11002, dueDate: iso(due) });
    expect(event.start).toEqual({ dateTime: `${due}T00:00:00`, timeZone: "Taipei Standard Time" });
    expect(event.end).toEqual({ dateTime: `${next}T00:00:00`, timeZone: "Taipei Standard Time" });
    expect(event).toMatchObject({ isAllDay: true, isReminderOn: true, showAs: "free", categories: ["會議列管"] });
  });
});

describe("the reminder fires at 09:00 Taipei, leadDays days before the due date", () => {
  test.each([
    [0, 0], // 09:00 on the day is after the start: remind at 00:00
    [1, 900],
    [3, 3780], // the default: 2022-05-28 09:00 for 11002
    [7, 9540],
    [14, 19620],
  ])("lead %i → %i minutes before the start", (leadDays, minutes) => {
    expect(reminderMinutesBeforeStart(leadDays)).toBe(minutes);
    expect(planOne(CASE_11002, { leadDays }).reminderMinutesBeforeStart).toBe(minutes);
  });

  test.each([-1, 1.5, Number.NaN])("lead %p is a caller bug", (leadDays) => {
    expect(() => reminderMinutesBeforeStart(leadDays)).toThrow(RangeError);
    expect(() => planReminders([CASE_11002], { ...OPTIONS, leadDays })).toThrow(RangeError);
  });
});

describe("the subject: 【列管 id】 a short title from the first real clause – lead divisions", () => {
  test.each<[string, string, string[], string]>([
    // 21 characters in the first clause: cut to 19 and …
    ["11002", CASE_11002.text, ["總務組"], "【列管 11002】總務組因應宿舍結構補強所規劃之短期借用… – 總務組"],
    ["11003", "因應本府開放文件格式推廣計畫，請各組依文書組提示內容配合辦理。", ["文書組"], "【列管 11003】因應本府開放文件格式推廣計畫 – 文書組"],
    // 修正通過 names no task: the next clause is the title
    ["11101", CASE_11101.text, ["人事室"], "【列管 11101】請人事室於1個月內完成發布 – 人事室"],
    ["11102", CASE_11102.text, ["國際事務組", "媒體事務組"], "【列管 11102】請國務組會同媒事組 – 國際事務組、媒體事務組"],
    ["11104", "照案通過。", ["秘書室"], "【列管 11104】照案通過 – 秘書室"],
    ["11103", "請採購組檢討共同供應契約採購流程。", [], "【列管 11103】請採購組檢討共同供應契約採購流程"],
    ["11105", "", ["總務組"], "【列管 11105】總務組"],
  ])("%s: %s", (caseId, text, lead, subject) => {
    expect(reminderSubject({ caseId, text, lead })).toBe(subject);
  });

  test("a character outside the BMP is never split", () => {
    const title = shortTitle("𠀋".repeat(25));
    expect([...title]).toHaveLength(20);
    expect(title.endsWith("𠀋…")).toBe(true);
  });
});

describe("the body: case text, divisions, deadline in ROC and ISO, due wording, meeting", () => {
  test("11102 with its meeting date", () => {
    expect(planOne(CASE_11102).bodyText.split("\n")).toEqual([
      "列管案號：11102",
      "案由：請國務組會同媒事組，於10日內研擬本年度姊妹市交流活動宣傳規劃。",
      "主辦：國際事務組",
      "協辦：媒體事務組",
      "期限：民國111年5月1日（2022-05-01）",
      "期限原文：10日內",
      "列管會議：第 111 次會議（民國111年4月21日）",
      "",
      expect.stringContaining("請於活頁簿修改"),
    ]);
  });

  test.each<[Partial<CaseRow>, PlanOptions["meetingDates"], string]>([
    [{}, new Map(), "列管會議：第 111 次會議"],
    [{ meeting: null }, MEETING_DATES, "列管會議：（不明）"],
    [{ supporting: [] }, MEETING_DATES, "協辦：無"],
    [{ dueText: "" }, MEETING_DATES, "期限原文：無"],
  ])("%p", (change, meetingDates, line) => {
    expect(planOne({ ...CASE_11101, ...change }, { meetingDates }).bodyText.split("\n")).toContain(line);
  });
});

describe("the hash covers exactly what is synced", () => {
  const base = planOne(CASE_11002).hash;

  test("the same case plans the same hash, 16 hex digits", () => {
    expect(planOne({ ...CASE_11002 }).hash).toBe(base);
    expect(base).toMatch(/^[0-9a-f]{16}$/);
  });

  test.each<[string, Partial<CaseRow>, Partial<PlanOptions>]>([
    ["a moved deadline", { dueDate: iso("2022-06-30") }, {}],
    ["new case text", { text: "總務組宿舍短期借用方案，請於施工前完成說明會。" }, {}],
    ["another lead division", { lead: ["總務組", "秘書室"] }, {}],
    ["a supporting division", { supporting: ["秘書室"] }, {}],
    ["other due wording", { dueText: "5月31日前" }, {}],
    ["another lead time", {}, { leadDays: 5 }],
    ["a meeting date", {}, { meetingDates: new Map() }],
  ])("%s changes it", (_name, change, options) => {
    expect(planOne({ ...CASE_11002, ...change }, options).hash).not.toBe(base);
  });

  test.each<[string, Partial<CaseRow>]>([
    ["open ↔ continued", { tracking: "open" }],
    ["a progress report", { progress: "已完成說明會，施工期程未定。" }],
    ["a note", { note: "見簽呈" }],
    ["the latest ruling", { lastRuling: 112 }],
  ])("%s does not (nothing synced changed)", (_name, change) => {
    expect(planOne({ ...CASE_11002, ...change }).hash).toBe(base);
  });

  // Values recorded before owners became lists: a sync must not rewrite every user's events when the code
  // changes but the case does not. Change them only with a reason to rewrite every event.
  test.each<[string, Partial<CaseRow>, string]>([
    ["one lead division", {}, "ada1629ed2e9b476"],
    ["lead and supporting", { caseId: "11201", ...pick(CASE_11102) }, "8377466901f35637"],
    ["two lead and two supporting", { caseId: "11202", ...pick(CASE_11102), lead: ["國際事務組", "資訊室"], supporting: ["媒體事務組", "人事室"] }, "da1ff7bb629887f3"],
  ])("%s: the hash recorded by earlier versions", (_name, change, hash) => {
    expect(planOne({ ...CASE_11002, caseId: "11200", ...change }).hash).toBe(hash);
  });

  test("another workbook's key does not change what is synced", () => {
    expect(planOne(CASE_11002, { workbookKey: "wb-other" }).hash).toBe(base);
  });
});

describe("FNV-1a 64 matches the published test vectors", () => {
  test.each([
    ["", "cbf29ce484222325"],
    ["a", "af63dc4c8601ec8c"],
    ["foobar", "85944171f73967e8"],
  ])("%p → %s", (text, hash) => {
    expect(fnv1a64(text)).toBe(hash);
  });

  test("hashes UTF-8 bytes, so zh-TW text is stable across runtimes", () => {
    expect(fnv1a64("會議列管")).toBe(fnv1a64("會議列管"));
    expect(fnv1a64("會議列管")).not.toBe(fnv1a64("會議列案"));
  });
});
