// The import review: the parsed meeting as an editable state, the edits that catch what the parser
// missed (header fields, add, split, merge, leave out), the checks before writing and the record
// applied to a workbook the way the pane writes it (planMeeting, as applyMeeting does).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_DIVISIONS, createDivisionRegistry, type IsoDate } from "../../src/domain";
import { parseMinutes, readOwners, type MeetingRecord, type TrackedItem } from "../../src/minutes";
import { warning } from "../../src/minutes/warning";
import { problem } from "../../src/problems";
import {
  addItem,
  caseIds,
  itemOwners,
  mergeWithNext,
  readClockTime,
  readMeetingDate,
  readMeetingNumber,
  recordFromReview,
  renumber,
  reviewProblems,
  setHeader,
  splitItem,
  startReview,
  updateItem,
  type EditOutcome,
  type OwnerReader,
  type ReviewItem,
  type ReviewProblem,
  type ReviewState,
} from "../../src/taskpane/tabs/import/review";
import { editProblemText, reviewProblemText } from "../../src/taskpane/tabs/import/reviewMessages";
import { en } from "../../src/taskpane/i18n/en";
import { zhTW } from "../../src/taskpane/i18n/zhTW";
import { planMeeting } from "../../src/workbook/applyMeeting";
import { itemOf } from "../minutes/records";
import { emptyWorkbook } from "../../src/workbook/model";

const registryResult = createDivisionRegistry(DEFAULT_DIVISIONS);
if (!registryResult.ok) throw new Error(registryResult.error);
const registry = registryResult.value;
const owners: OwnerReader = (text) => readOwners(text, registry, "臺北市政府秘書處");
const ctx = { now: "2022-05-02T01:00:00.000Z", by: "秘書", sourceHash: "x" };
const d = (text: string): IsoDate => text as IsoDate;

// ---- minutes the parser half-read: no meeting number, no date, five items -------------------------

const MINUTES = [
  "臺北市政府秘書處處務會議紀錄", // 1
  "", // 2
  "時間：上午 9 時 30 分", // 3
  "地點：第一會議室", // 4
  "主席：陳志銘", // 5
  "紀錄：許菁芳", // 6
  "", // 7
  "壹、報告事項", // 8
  "一、各組室業務工作報告。", // 9
  "會議結論：", // 10
  "(一) 請總務組於 5 月底前完成宿舍耐震補強說明會；另請文書組於 6 月 30 日前完成開放文件格式教育訓練。", // 11
  "(二) 市民服務組研提 1999 話務人力評估，於 8 月 15 日前陳核。", // 12
  "(三) 請資訊室檢視公文系統備份機制。", // 13
  "(四) 請資訊室會同政風室於 7 月底前提出備份改善報告。", // 14
  "(五) 請人事室於二週內提報加班費執行情形。", // 15
  "(六) 本處逾 45 小時加班之同仁，請林副秘書長適時關懷。", // 16
  "", // 17
  "散會（10 時 30 分）", // 18
].join("\r\n");

const SECTION = "一、各組室業務工作報告 會議結論";
const item = (line: number, text: string, fields: Partial<TrackedItem> = {}): TrackedItem => itemOf(text, line, { section: SECTION, divisions: [], ...fields });

/** What a parser with no meeting number and no date gives (built by hand: the parser is not under test). */
const halfRead: MeetingRecord = {
  meeting: {
    organization: "臺北市政府秘書處",
    name: "處務會議",
    number: null,
    date: null,
    startTime: "09:30",
    endTime: "10:30",
    location: "第一會議室",
    chair: "陳志銘",
    recorder: "許菁芳",
    attendees: null,
  },
  decisions: [],
  items: [
    item(11, "請總務組於 5 月底前完成宿舍耐震補強說明會；另請文書組於 6 月 30 日前完成開放文件格式教育訓練。", { divisions: ["總務組", "文書組"], dueText: "5 月底前" }),
    item(13, "請資訊室檢視公文系統備份機制。", { divisions: ["資訊室"] }),
    item(14, "請資訊室會同政風室於 7 月底前提出備份改善報告。", { divisions: ["資訊室", "政風室"], supporting: ["政風室"], dueText: "7 月底前" }),
    item(15, "請人事室於二週內提報加班費執行情形。", { divisions: ["人事室"], dueText: "二週內" }),
    item(16, "本處逾 45 小時加班之同仁，請林副秘書長適時關懷。", { people: ["林副秘書長"] }),
  ],
  warnings: [
    warning(1, problem("parser.noNumber", {})),
    warning(1, problem("parser.noDate", {})),
  ],
};

const fresh = (): ReviewState => startReview(halfRead, MINUTES);
/** The half-read minutes with meeting 112 on 111/04/29 filled in. */
const filled = (): ReviewState => setHeader(setHeader(fresh(), "number", "112"), "date", "111/04/29");

function applied(outcome: EditOutcome): ReviewState {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
  return outcome.state;
}
const keyOf = (state: ReviewState, text: string): string => {
  const found = state.items.find((i) => i.text.startsWith(text));
  if (!found) throw new Error(`no item starting ${text}`);
  return found.key;
};
const texts = (state: ReviewState): string[] => state.items.map((i) => i.text);
const rows = (state: ReviewState) => state.items.map((i, index) => ({ id: caseIds(state)[index], lead: i.lead, text: i.text.slice(0, 8) }));

function built(state: ReviewState): MeetingRecord {
  const outcome = recordFromReview(state);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.record;
}

// ---- header -------------------------------------------------------------------------------------

describe("header fields as typed", () => {
  test.each<[string, number | null]>([
    ["110", 110],
    [" 110 ", 110],
    ["１１０", 110],
    ["第 110 次", 110],
    ["一百一十", 110],
    ["9999", 9999],
    ["", null],
    ["0", null],
    ["-3", null],
    ["1.5", null],
    ["10000", null],
    ["110a", null],
  ])("meeting number %j → %j", (text, expected) => {
    expect(readMeetingNumber(text)).toBe(expected);
  });

  test.each<[string, string | null]>([
    ["2022-04-29", "2022-04-29"],
    [" 2022-04-29 ", "2022-04-29"],
    ["111/04/29", "2022-04-29"],
    ["111/4/29", "2022-04-29"],
    ["111年4月29日", "2022-04-29"],
    ["民國 111 年 4 月 29 日", "2022-04-29"],
    ["１１１/０４/２９", "2022-04-29"],
    ["111.4.29", "2022-04-29"],
    ["", null],
    ["2022-02-30", null],
    ["111/02/30", null],
    ["2022/04/29", null],
    ["4月29日", null],
    ["明天", null],
  ])("meeting date %j → %j", (text, expected) => {
    expect(readMeetingDate(text)).toBe(expected);
  });

  test.each<[string, string | null]>([
    ["", ""],
    ["9:30", "09:30"],
    ["09:30", "09:30"],
    ["０９：３０", "09:30"],
    ["14時05分", "14:05"],
    ["24:00", null],
    ["9:60", null],
    ["9", null],
    ["上午9時", null],
  ])("clock time %j → %j", (text, expected) => {
    expect(readClockTime(text)).toBe(expected);
  });

  test("the review starts from what the parser read; null fields are empty", () => {
    expect(fresh().header).toEqual({
      number: "",
      date: "",
      startTime: "09:30",
      endTime: "10:30",
      location: "第一會議室",
      chair: "陳志銘",
      recorder: "許菁芳",
      organization: "臺北市政府秘書處",
      name: "處務會議",
    });
  });

  test("case ids follow the meeting number as it is typed", () => {
    expect(caseIds(fresh())).toEqual(["", "", "", "", ""]);
    expect(caseIds(setHeader(fresh(), "number", "112"))).toEqual(["11201", "11202", "11203", "11204", "11205"]);
    expect(caseIds(setHeader(fresh(), "number", "9"))).toEqual(["901", "902", "903", "904", "905"]);
    expect(caseIds(setHeader(setHeader(fresh(), "number", "112"), "number", "11x"))).toEqual(["", "", "", "", ""]);
  });

  test("a meeting date filled in resolves the deadlines the user has not set", () => {
    let state = updateItem(fresh(), keyOf(fresh(), "請資訊室會同"), { due: "2022-09-30" });
    expect(state.items.map((i) => i.due)).toEqual(["", "", "2022-09-30", "", ""]);
    state = setHeader(state, "date", "111年4月29日");
    // 5 月底前 in the meeting's year, 二週內 from the meeting; the date typed by hand stays
    expect(state.items.map((i) => i.due)).toEqual(["2022-05-31", "", "2022-09-30", "2022-05-13", ""]);
    expect(state.items[0]?.dueText).toBe("5 月底前");
    // half-typed or cleared dates leave them alone
    expect(setHeader(state, "date", "111/0").items.map((i) => i.due)).toEqual(state.items.map((i) => i.due));
  });
});

describe("what stops the write", () => {
  const kinds = (state: ReviewState): string[] => reviewProblems(state).map((p) => p.kind);

  test.each<[string, Partial<Record<"number" | "date" | "startTime" | "endTime", string>>, string[]]>([
    ["nothing filled", {}, ["no-number", "no-date"]],
    ["only the number", { number: "112" }, ["no-date"]],
    ["only the date", { date: "2022-04-29" }, ["no-number"]],
    ["both, ISO date", { number: "112", date: "2022-04-29" }, []],
    ["both, ROC date", { number: "112", date: "111/04/29" }, []],
    ["a number that is not one", { number: "0", date: "111/04/29" }, ["bad-number"]],
    ["a date that does not exist", { number: "112", date: "111/02/30" }, ["bad-date"]],
    ["a bad start time", { number: "112", date: "111/04/29", startTime: "25:00" }, ["bad-time"]],
    ["an emptied end time is fine", { number: "112", date: "111/04/29", endTime: "" }, []],
  ])("%s", (_name, fields, expected) => {
    let state = fresh();
    for (const [field, value] of Object.entries(fields)) state = setHeader(state, field as "number", value);
    expect(kinds(state)).toEqual(expected);
    const outcome = recordFromReview(state);
    expect(outcome.ok).toBe(expected.length === 0);
  });

  test("an included item with empty text or a bad due date, named by case id", () => {
    let state = filled();
    state = updateItem(state, state.items[1]?.key ?? "", { text: "  " });
    state = updateItem(state, state.items[2]?.key ?? "", { due: "2022-02-30" });
    expect(reviewProblems(state)).toEqual([
      { kind: "empty-text", item: 2, caseId: "11202" },
      { kind: "bad-due", item: 3, caseId: "11203", text: "2022-02-30" },
    ]);
    // left out, they no longer matter
    state = updateItem(updateItem(state, state.items[1]?.key ?? "", { include: false }), state.items[2]?.key ?? "", { include: false });
    expect(reviewProblems(state)).toEqual([]);
  });

  test("without a number, items are named by position", () => {
    const state = updateItem(setHeader(fresh(), "date", "2022-04-29"), fresh().items[0]?.key ?? "", { text: "" });
    const problems = reviewProblems(state);
    expect(problems).toEqual([{ kind: "no-number" }, { kind: "empty-text", item: 1, caseId: "" }]);
    expect(problems.map((p) => reviewProblemText(zhTW, p))).toEqual(["請填寫會議次別", "第 1 項 的案由是空白的"]);
  });

  test("past item 99 nothing can be numbered", () => {
    let state = filled();
    for (let i = 0; i < 95; i++) state = applied(addItem(state, { text: `請總務組辦理第 ${i} 件事。`, line: null, origin: "typed" }, owners));
    expect(state.items).toHaveLength(100);
    expect(reviewProblems(state)).toEqual([{ kind: "too-many-items", count: 100 }]);
    state = updateItem(state, state.items[99]?.key ?? "", { include: false });
    expect(reviewProblems(state)).toEqual([]);
  });

  test.each<ReviewProblem>([
    { kind: "no-number" },
    { kind: "bad-number", text: "0" },
    { kind: "no-date" },
    { kind: "bad-date", text: "x" },
    { kind: "bad-time", field: "startTime", text: "25:00" },
    { kind: "empty-text", item: 2, caseId: "11202" },
    { kind: "bad-due", item: 2, caseId: "", text: "x" },
    { kind: "too-many-items", count: 100 },
  ])("problem %j is said in both languages", (problem) => {
    const zh = reviewProblemText(zhTW, problem);
    const english = reviewProblemText(en, problem);
    expect(zh).not.toBe("");
    expect(english).not.toBe("");
    expect(english).not.toBe(zh);
  });
});

// ---- items --------------------------------------------------------------------------------------

describe("adding an item the parser missed", () => {
  test.each<[string, { text: string; line: number | string | null; origin: "typed" | "selected" }, number, Partial<ReviewItem>]>([
    [
      "a selected passage goes to its source line, its division and deadline read",
      { text: "市民服務組研提 1999 話務人力評估，於 8 月 15 日前陳核。", line: 12, origin: "selected" },
      1,
      { line: 12, lead: "市民服務組", supporting: "", due: "2022-08-15", dueText: "8 月 15 日前", origin: "selected", section: SECTION, include: true },
    ],
    [
      "typed without a line goes last",
      { text: "請媒體事務組於 9 月底前更新本處網站。", line: null, origin: "typed" },
      5,
      { line: 18, lead: "媒體事務組", due: "2022-09-30", origin: "typed" },
    ],
    [
      "on a line that has an item, after it",
      { text: "另請資訊室會同政風室、人事室辦理演練。", line: "13", origin: "typed" },
      2,
      { line: 13, lead: "資訊室", supporting: "政風室、人事室", due: "", dueText: null },
    ],
    ["before every item", { text: "請總務組注意。", line: 1, origin: "typed" }, 0, { line: 1, section: SECTION }],
    ["full-width line number", { text: "請總務組注意。", line: "１２", origin: "typed" }, 1, { line: 12 }],
  ])("%s", (_name, added, position, expected) => {
    const before = filled();
    const state = applied(addItem(before, added, owners));
    expect(state.items).toHaveLength(6);
    expect(state.items[position]).toEqual(expect.objectContaining({ ...expected, text: added.text.trim() }));
    // the others keep their order; ids are by position
    expect(state.items.filter((_i, index) => index !== position)).toEqual(before.items);
    expect(caseIds(state)).toEqual(["11201", "11202", "11203", "11204", "11205", "11206"]);
  });

  test.each<[string, { text: string; line: number | string | null }, string]>([
    ["empty text", { text: "  \n ", line: null }, "empty-text"],
    ["line 0", { text: "請總務組注意。", line: 0 }, "bad-line"],
    ["past the last line", { text: "請總務組注意。", line: 19 }, "bad-line"],
    ["not a number", { text: "請總務組注意。", line: "十二" }, "bad-line"],
  ])("refused: %s", (_name, added, kind) => {
    const outcome = addItem(filled(), { ...added, origin: "typed" }, owners);
    expect(outcome.ok ? "ok" : outcome.problem.kind).toBe(kind);
  });

  test("the focus goes to the new item and keys stay unique", () => {
    const one = addItem(filled(), { text: "請總務組注意。", line: 12, origin: "typed" }, owners);
    if (!one.ok) throw new Error("refused");
    const two = addItem(one.state, { text: "請文書組注意。", line: 12, origin: "typed" }, owners);
    if (!two.ok) throw new Error("refused");
    expect(two.state.items.find((i) => i.key === two.key)?.text).toBe("請文書組注意。");
    expect(new Set(two.state.items.map((i) => i.key)).size).toBe(7);
    expect(texts(two.state).slice(1, 3)).toEqual(["請總務組注意。", "請文書組注意。"]); // same line: in the order added
  });
});

describe("splitting an item in two", () => {
  const FIRST = "請總務組於 5 月底前完成宿舍耐震補強說明會；";
  const SECOND = "另請文書組於 6 月 30 日前完成開放文件格式教育訓練。";

  test.each<[string, number | null, [string, string]]>([
    ["at the caret", FIRST.length, [FIRST, SECOND]],
    ["at the caret, spaces trimmed", 5, ["請總務組於", `5 月底前完成宿舍耐震補強說明會；${SECOND}`]],
    ["caret at the start: after the first sentence", 0, [FIRST, SECOND]],
    ["caret at the end: after the first sentence", FIRST.length + SECOND.length, [FIRST, SECOND]],
    ["no caret: after the first sentence", null, [FIRST, SECOND]],
  ])("%s", (_name, caret, expected) => {
    const state = applied(splitItem(filled(), keyOf(filled(), "請總務組"), caret, owners));
    expect(texts(state).slice(0, 2)).toEqual(expected);
    expect(state.items).toHaveLength(6);
    expect(caseIds(state)).toEqual(["11201", "11202", "11203", "11204", "11205", "11206"]);
    expect(state.items[1]?.line).toBe(11);
  });

  test("each half takes the divisions and deadline its text names", () => {
    const state = applied(splitItem(filled(), keyOf(filled(), "請總務組"), FIRST.length, owners));
    expect(state.items.slice(0, 2).map(({ lead, supporting, due, dueText }) => ({ lead, supporting, due, dueText }))).toEqual([
      { lead: "總務組", supporting: "", due: "2022-05-31", dueText: "5 月底前" },
      { lead: "文書組", supporting: "", due: "2022-06-30", dueText: "6 月 30 日前" },
    ]);
  });

  test("a half that names nothing keeps the item's divisions, people and deadline as edited", () => {
    let state = updateItem(filled(), keyOf(filled(), "請資訊室會同"), { lead: "資訊室", people: "張主秘", due: "2022-08-01" });
    state = updateItem(state, keyOf(state, "請資訊室會同"), { text: "請資訊室會同政風室提出備份改善報告。並辦理演練。" });
    const split = applied(splitItem(state, keyOf(state, "請資訊室會同"), null, owners));
    const [first, second] = split.items.filter((i) => i.line === 14);
    expect(first).toEqual(expect.objectContaining({ text: "請資訊室會同政風室提出備份改善報告。", lead: "資訊室", supporting: "政風室", people: "張主秘", due: "2022-08-01" }));
    expect(second).toEqual(expect.objectContaining({ text: "並辦理演練。", lead: "資訊室", supporting: "政風室", people: "張主秘", due: "2022-08-01" }));
  });

  test.each<[string, string]>([
    ["one sentence", "請人事室於二週內提報加班費執行情形。"],
    ["only spaces around the caret", "請人事室提報。   "],
  ])("refused: %s", (_name, text) => {
    const state = updateItem(filled(), keyOf(filled(), "請人事室"), { text });
    const outcome = splitItem(state, keyOf(state, text), text.length, owners);
    expect(outcome).toEqual({ ok: false, problem: { kind: "no-split-point", item: 4 } });
    expect(outcome.ok ? "" : editProblemText(zhTW, outcome.problem, () => "11204")).toBe("11204 無法分拆：請把游標放在案由中要分開的位置");
  });

  test("the focus goes to the second half", () => {
    const outcome = splitItem(filled(), keyOf(filled(), "請總務組"), FIRST.length, owners);
    if (!outcome.ok) throw new Error("refused");
    expect(outcome.state.items[1]?.key).toBe(outcome.key);
  });
});

describe("merging an item with the next", () => {
  test("texts joined by a line break, divisions united, the earlier deadline kept", () => {
    let state = filled();
    state = updateItem(state, keyOf(state, "請資訊室檢視"), { lead: "資訊室、文書組", supporting: "政風室", due: "2022-09-30" });
    const merged = applied(mergeWithNext(state, keyOf(state, "請資訊室檢視")));
    expect(merged.items).toHaveLength(4);
    expect(merged.items[1]).toEqual(
      expect.objectContaining({
        text: "請資訊室檢視公文系統備份機制。\n請資訊室會同政風室於 7 月底前提出備份改善報告。",
        lead: "資訊室、文書組",
        supporting: "政風室",
        due: "2022-07-31",
        dueText: "7 月底前",
        line: 13,
      }),
    );
    expect(caseIds(merged)).toEqual(["11201", "11202", "11203", "11204"]);
  });

  test.each<[string, [string, string], [string, string], string, string | null]>([
    ["the first is earlier", ["2022-05-01", "一"], ["2022-06-01", "二"], "2022-05-01", "一"],
    ["the second is earlier", ["2022-07-01", "一"], ["2022-06-01", "二"], "2022-06-01", "二"],
    ["only the second has one", ["", ""], ["2022-06-01", "二"], "2022-06-01", "二"],
    ["neither has one", ["", ""], ["", ""], "", null],
    ["a bad date is kept to be corrected", ["2022-02-30", "一"], ["", ""], "2022-02-30", "一"],
  ])("due date: %s", (_name, [dueA, textA], [dueB, textB], due, dueText) => {
    const base = filled();
    const [a, b] = base.items;
    const state: ReviewState = {
      ...base,
      items: [{ ...(a as ReviewItem), due: dueA, dueText: textA || null }, { ...(b as ReviewItem), due: dueB, dueText: textB || null }, ...base.items.slice(2)],
    };
    const merged = applied(mergeWithNext(state, a?.key ?? ""));
    expect(merged.items[0]).toEqual(expect.objectContaining({ due, dueText }));
  });

  test("a lead in one and supporting in the other leads; people united; included when either was", () => {
    let state = filled();
    const [, second, third] = state.items;
    state = updateItem(state, second?.key ?? "", { lead: "政風室", supporting: "資訊室", people: "張主秘", include: false });
    state = updateItem(state, third?.key ?? "", { people: "林副秘書長、張主秘" });
    const merged = applied(mergeWithNext(state, second?.key ?? ""));
    expect(merged.items[1]).toEqual(expect.objectContaining({ lead: "政風室、資訊室", supporting: "", people: "張主秘、林副秘書長", include: true }));
  });

  test("the last item has no next", () => {
    const state = filled();
    expect(mergeWithNext(state, state.items[4]?.key ?? "")).toEqual({ ok: false, problem: { kind: "no-next", item: 5 } });
    expect(mergeWithNext(state, "nope")).toEqual({ ok: false, problem: { kind: "unknown-item" } });
  });
});

describe("renumbering keeps every edit", () => {
  test("items are in document order: by source line, then as listed", () => {
    const items = filled().items;
    const shuffled = [items[3], items[0], items[4], items[1], items[2]] as ReviewItem[];
    expect(renumber(shuffled).map((i) => i.line)).toEqual([11, 13, 14, 15, 16]);
    const twins = [{ ...(items[0] as ReviewItem), key: "b", line: 13 }, { ...(items[1] as ReviewItem), key: "a" }];
    expect(renumber(twins).map((i) => i.key)).toEqual(["b", "a"]);
  });

  test("an edit to one item survives add, split and merge of others", () => {
    let state = filled();
    const personnel = keyOf(state, "請人事室");
    state = updateItem(state, personnel, { lead: "人事室、會計室", due: "2022-06-15", text: "請人事室於二週內提報加班費執行情形（含各組室）。" });
    state = applied(addItem(state, { text: "市民服務組研提話務人力評估。", line: 12, origin: "selected" }, owners));
    state = applied(splitItem(state, keyOf(state, "請總務組"), null, owners));
    state = applied(mergeWithNext(state, keyOf(state, "請資訊室檢視")));
    const edited = state.items.find((i) => i.key === personnel);
    expect(edited).toEqual(expect.objectContaining({ lead: "人事室、會計室", due: "2022-06-15", text: "請人事室於二週內提報加班費執行情形（含各組室）。", dueEdited: true }));
    expect(rows(state)).toEqual([
      { id: "11201", lead: "總務組", text: "請總務組於 5 " },
      { id: "11202", lead: "文書組", text: "另請文書組於 6" },
      { id: "11203", lead: "市民服務組", text: "市民服務組研提話" },
      { id: "11204", lead: "資訊室", text: "請資訊室檢視公文" },
      { id: "11205", lead: "人事室、會計室", text: "請人事室於二週內" },
      { id: "11206", lead: "", text: "本處逾 45 小" },
    ]);
  });

  test("leaving an item out changes no id", () => {
    const state = updateItem(filled(), keyOf(filled(), "請資訊室檢視"), { include: false });
    expect(caseIds(state)).toEqual(caseIds(filled()));
    expect(built(state).items.map((i) => i.caseId)).toEqual(["11201", "11203", "11204", "11205"]);
  });
});

// ---- the record ---------------------------------------------------------------------------------

describe("the record written", () => {
  test("the whole review: header filled, an item added, one split, two merged, one left out", () => {
    let state = fresh();
    state = setHeader(state, "number", "112");
    state = setHeader(state, "date", "111年4月29日");
    state = setHeader(state, "location", " 第二會議室 ");
    state = setHeader(state, "endTime", "");
    state = applied(addItem(state, { text: "市民服務組研提 1999 話務人力評估，於 8 月 15 日前陳核。", line: 12, origin: "selected" }, owners));
    state = applied(splitItem(state, keyOf(state, "請總務組"), "請總務組於 5 月底前完成宿舍耐震補強說明會；".length, owners));
    state = applied(mergeWithNext(state, keyOf(state, "請資訊室檢視")));
    state = updateItem(state, keyOf(state, "請人事室"), { include: false });
    state = updateItem(state, keyOf(state, "本處逾"), { lead: "人事室" });

    const record = built(state);
    expect(record.meeting).toEqual({ ...halfRead.meeting, number: 112, date: "2022-04-29", location: "第二會議室", endTime: null });
    expect(record.items.map(({ caseId, divisions, supporting, people, dueDate, line }) => ({ caseId, divisions, supporting, people, dueDate, line }))).toEqual([
      { caseId: "11201", divisions: ["總務組"], supporting: [], people: [], dueDate: "2022-05-31", line: 11 },
      { caseId: "11202", divisions: ["文書組"], supporting: [], people: [], dueDate: "2022-06-30", line: 11 },
      { caseId: "11203", divisions: ["市民服務組"], supporting: [], people: [], dueDate: "2022-08-15", line: 12 },
      { caseId: "11204", divisions: ["資訊室", "政風室"], supporting: ["政風室"], people: [], dueDate: "2022-07-31", line: 13 },
      { caseId: "11206", divisions: ["人事室"], supporting: [], people: ["林副秘書長"], dueDate: null, line: 16 },
    ]);
    expect(record.items[3]?.text).toBe("請資訊室檢視公文系統備份機制。\n請資訊室會同政風室於 7 月底前提出備份改善報告。");
    expect(record.decisions).toBe(halfRead.decisions);
    expect(record.warnings).toBe(halfRead.warnings);

    const planned = planMeeting(emptyWorkbook(), record, ctx);
    if (!planned.ok) throw new Error(planned.error);
    expect(planned.value.result.newCases).toEqual(["11201", "11202", "11203", "11204", "11206"]);
    expect(planned.value.changes.meetings[0]).toEqual(expect.objectContaining({ number: 112, date: "2022-04-29", location: "第二會議室", endTime: "" }));
    const cases = new Map(planned.value.changes.cases.map((c) => [c.caseId, c]));
    expect(cases.get("11204")).toEqual(expect.objectContaining({ lead: ["資訊室"], supporting: ["政風室"], dueDate: "2022-07-31" }));
    expect(cases.get("11203")).toEqual(expect.objectContaining({ lead: ["市民服務組"], dueDate: "2022-08-15", dueText: "8 月 15 日前" }));
  });

  test("no record until the number and date are valid", () => {
    expect(recordFromReview(fresh())).toEqual({ ok: false, problems: [{ kind: "no-number" }, { kind: "no-date" }] });
  });
});

describe("the sample minutes (meeting 110), as the parser reads them", () => {
  const parsed = parseMinutes(readFileSync(join(__dirname, "../fixtures/secretariat-110.txt"), "utf8"), { registry });
  if (!parsed.ok) throw new Error(parsed.error);
  const record = parsed.value;
  const sample = startReview(record, readFileSync(join(__dirname, "../fixtures/secretariat-110.txt"), "utf8"));

  test("an unchanged review gives the parser's record back", () => {
    expect(built(sample)).toEqual(record);
    expect(caseIds(sample)).toEqual(record.items.map((i) => i.caseId));
  });

  test("lead and supporting divisions are split apart, all included, due dates as read", () => {
    for (const [index, parsedItem] of record.items.entries()) {
      const row = sample.items[index];
      expect(row?.include).toBe(true);
      expect(row?.supporting).toBe(parsedItem.supporting.join("、"));
      expect(row?.lead).toBe(parsedItem.divisions.filter((x) => !parsedItem.supporting.includes(x)).join("、"));
      expect(row?.due).toBe(parsedItem.dueDate ?? "");
    }
  });

  test.each<[string, { lead: string; supporting: string }, { divisions: string[]; supporting: string[] }]>([
    ["a new lead", { lead: "文書組", supporting: "" }, { divisions: ["文書組"], supporting: [] }],
    ["lead and supporting, any separator", { lead: "文書組, 總務組", supporting: "資訊室；人事室" }, { divisions: ["文書組", "總務組", "資訊室", "人事室"], supporting: ["資訊室", "人事室"] }],
    ["a unit typed in both leads", { lead: "總務組", supporting: "總務組、資訊室" }, { divisions: ["總務組", "資訊室"], supporting: ["資訊室"] }],
    ["no divisions", { lead: " ", supporting: "" }, { divisions: [], supporting: [] }],
  ])("edited divisions: %s", (_name, edit, expected) => {
    const first = built(updateItem(sample, sample.items[0]?.key ?? "", edit)).items[0];
    expect(first).toEqual(expect.objectContaining({ caseId: "11001", ...expected }));
  });

  test.each<[string, { lead: string; supporting: string }, { lead: string[]; supporting: string[] }]>([
    ["as the sheet writes them", { lead: "國際事務組、媒體事務組", supporting: "" }, { lead: ["國際事務組", "媒體事務組"], supporting: [] }],
    ["commas, semicolons and spaces as typed", { lead: "文書組, 總務組", supporting: "資訊室；人事室　會計室" }, { lead: ["文書組", "總務組"], supporting: ["資訊室", "人事室", "會計室"] }],
    ["a unit in both fields leads", { lead: "總務組", supporting: "總務組、資訊室" }, { lead: ["總務組"], supporting: ["資訊室"] }],
    ["blank fields", { lead: " ", supporting: "、" }, { lead: [], supporting: [] }],
  ])("itemOwners reads the typed fields into lists once: %s", (_name, typed, owners) => {
    expect(itemOwners(typed)).toEqual(owners);
  });

  test("an edited due date replaces the parsed one; the original wording stays; emptied means none", () => {
    const key = sample.items[0]?.key ?? "";
    expect(built(updateItem(sample, key, { due: "2022-12-31" })).items[0]).toEqual(
      expect.objectContaining({ dueDate: "2022-12-31", dueText: record.items[0]?.dueText }),
    );
    const cleared: ReviewState = { ...sample, items: sample.items.map((i) => ({ ...i, due: "" })) };
    expect(built(cleared).items.every((i) => i.dueDate === null)).toBe(true);
  });

  test.each(["2022-02-30", "明天", "2022/12/31"])("a bad due date (%s) is refused, naming the case", (due) => {
    const outcome = recordFromReview(updateItem(sample, sample.items[2]?.key ?? "", { due }));
    expect(outcome).toEqual({ ok: false, problems: [{ kind: "bad-due", item: 3, caseId: "11003", text: due }] });
  });

  test("the edits are what the workbook gets", () => {
    let state = updateItem(sample, sample.items[8]?.key ?? "", { include: false });
    state = updateItem(state, sample.items[0]?.key ?? "", { lead: "總務組", supporting: "資訊室", due: "2022-06-30" });
    const planned = planMeeting(emptyWorkbook(), built(state), { ...ctx, now: "2022-03-18T01:00:00.000Z" });
    if (!planned.ok) throw new Error(planned.error);
    const cases = new Map(planned.value.changes.cases.map((c) => [c.caseId, c]));
    expect(planned.value.result.newCases).toHaveLength(record.items.length - 1);
    expect(cases.has("11009")).toBe(false);
    expect(cases.get("11001")).toEqual(expect.objectContaining({ lead: ["總務組"], supporting: ["資訊室"], dueDate: d("2022-06-30") }));
  });
});
