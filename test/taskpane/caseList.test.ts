// The 案件 tab's list: statuses on the as-of date, filters by division, status and text, due-date order.
import { caseViews, compareIds, divisionOptions, filterCases, historyOf, involves, NO_FILTER, sortByDue, type CaseFilter } from "../../src/taskpane/tabs/cases/caseList";
import { divisionLookup } from "../../src/domain";
import type { HistoryRow } from "../../src/workbook/model";
import { caseRow, d, workbook } from "./support";

const AS_OF = d("2022-05-01");
const data = workbook([
  caseRow("11001", { lead: ["市政大樓公共事務管理中心"], text: "北區櫃檯工程履約管理", dueDate: d("2022-04-29") }),
  caseRow("11002", { lead: ["總務組"], text: "宿舍短期借用方案", tracking: "continued" }),
  caseRow("11003", { lead: ["各組"], supporting: ["文書組"], text: "開放文件格式", tracking: "closed", closedBy: 111 }),
  caseRow("11105", { lead: ["總務組"], text: "每週檢查消防設備", dueDate: d("2022-05-05"), progress: "已完成第一次ＡＢＣ檢查" }),
  caseRow("9903", { lead: ["資訊室"], supporting: ["總務組"], dueDate: d("2022-06-30") }),
  caseRow("11201", { lead: ["新工處"], text: "外單位主辦", dueDate: d("2022-07-30") }),
]);
const views = caseViews(data, AS_OF);
const lookup = divisionLookup(data.divisions);
const ids = (list: readonly { row: { caseId: string } }[]) => list.map((v) => v.row.caseId);

describe("caseViews", () => {
  test("computes each status on the as-of date with the workbook's due-soon days", () => {
    expect(views.map((v) => [v.row.caseId, v.status, v.daysOverdue])).toEqual([
      ["11001", "overdue", 2],
      ["11002", "no-deadline", 0],
      ["11003", "closed", 0],
      ["11105", "due-soon", 0],
      ["9903", "on-track", 0],
      ["11201", "on-track", 0],
    ]);
  });

  test("a wider due-soon window from 設定 changes the status", () => {
    const wide = caseViews({ ...data, settings: { ...data.settings, dueSoonDays: 60 } }, AS_OF);
    expect(wide.find((v) => v.row.caseId === "9903")?.status).toBe("due-soon");
  });
});

describe("filterCases", () => {
  test.each<[string, Partial<CaseFilter>, string[]]>([
    ["no filter", {}, ["11001", "11002", "11003", "11105", "9903", "11201"]],
    ["a division it leads, supports, or all divisions (各組) do", { division: "總務組" }, ["11002", "11003", "11105", "9903"]],
    ["a supporting division", { division: "文書組" }, ["11003"]],
    ["every division gets the 各組 case", { division: "機要組" }, ["11003"]],
    ["an alias asks for its division", { division: "公管中心" }, ["11001", "11003"]],
    ["a unit outside the registry by its own name", { division: "新工處" }, ["11201"]],
    ["a status", { status: "overdue" }, ["11001"]],
    ["division and status", { division: "總務組", status: "due-soon" }, ["11105"]],
    ["text in the subject", { text: "宿舍" }, ["11002"]],
    ["text in the case id", { text: "9903" }, ["9903"]],
    ["text in the progress, full-width and case ignored", { text: "abc" }, ["11105"]],
    ["spaces in the search ignored", { text: " 消防 設備 " }, ["11105"]],
    ["nothing matches", { text: "不存在" }, []],
    ["closed cases hidden unless asked for", { showClosed: false }, ["11001", "11002", "11105", "9903", "11201"]],
    ["choosing 已結案 shows them anyway", { showClosed: false, status: "closed" }, ["11003"]],
  ])("%s", (_name, filter, expected) => {
    expect(ids(filterCases(views, { ...NO_FILTER, ...filter }, lookup))).toEqual(expected);
  });

  test("a division name never matches part of another", () => {
    expect(involves(caseRow("1", { lead: ["總務組組長室"] }), "總務組", lookup)).toBe(false);
    expect(involves(caseRow("1", { lead: ["文書組", "總務組"] }), "總務組", lookup)).toBe(true);
  });
});

describe("sortByDue", () => {
  test("earliest due date first, cases without a date after, placeholders last, ties by meeting then item", () => {
    expect(ids(sortByDue(views))).toEqual(["11001", "11105", "11201", "11002", "11003", "9903"]); // 9903 has no text yet: a placeholder, last
  });

  test("real cases before 內容待補 placeholders, whatever their dates", () => {
    const list = caseViews(workbook([caseRow("9904", { text: "", dueDate: d("2022-01-01") }), caseRow("11001", { text: "宿舍", dueDate: null })]), AS_OF);
    expect(ids(sortByDue(list))).toEqual(["11001", "9904"]);
  });

  test("same due date: case-id order by meeting, not by text", () => {
    const same = caseViews(workbook([caseRow("10001", { dueDate: d("2022-05-01") }), caseRow("9901", { dueDate: d("2022-05-01") })]), AS_OF);
    expect(ids(sortByDue(same))).toEqual(["9901", "10001"]);
  });

  test.each<[string, string, number]>([
    ["9903", "10902", -1],
    ["10902", "9903", 1],
    ["11001", "11001", 0],
    ["abc", "abd", -1],
  ])("compareIds(%s, %s)", (a, b, sign) => {
    expect(Math.sign(compareIds(a, b))).toBe(sign);
  });
});

test("divisionOptions: the registry, then other units the cases name, never a collective word", () => {
  const options = divisionOptions(data, lookup);
  expect(options.slice(0, 3)).toEqual(["總務組", "文書組", "機要組"]);
  expect(options.slice(-1)).toEqual(["新工處"]);
  expect(options).not.toContain("各組");
  expect(new Set(options).size).toBe(options.length);
});

test("historyOf: one case's rows, oldest first, stable for equal times", () => {
  const row = (caseId: string, at: string, detail: string): HistoryRow => ({ caseId, meeting: null, date: null, event: "progress", detail, by: "", at });
  const history = [row("11002", "2022-05-02T00:00:00Z", "b"), row("11001", "2022-05-01T00:00:00Z", "x"), row("11002", "2022-05-01T00:00:00Z", "a"), row("11002", "2022-05-02T00:00:00Z", "c")];
  expect(historyOf(history, "11002").map((h) => h.detail)).toEqual(["a", "b", "c"]);
});
