// 更新狀態's report: overdue cases on the workbook's as-of date, and the notice page's URL round trip.
import { MAX_LISTED, overdueCases, overdueReport } from "../../../src/commands/overdue";
import { noticeUrl, readNotice } from "../../../src/commands/noticeUrl";
import { en } from "../../../src/taskpane/i18n/en";
import { zhTW } from "../../../src/taskpane/i18n/zhTW";
import { caseRow, d, workbook } from "../support";

const NOW = new Date("2022-04-30T16:30:00Z"); // 2022-05-01 in Taipei
const data = workbook([
  caseRow("11105", { dueDate: d("2022-04-29") }),
  caseRow("9903", { dueDate: d("2022-03-31") }),
  caseRow("11001", { dueDate: d("2022-04-30"), tracking: "closed" }),
  caseRow("11002", { dueDate: d("2022-05-01") }),
  caseRow("11003"),
]);

test("overdue cases on today's date in Taipei, in case-id order", () => {
  expect(overdueCases(data, NOW)).toEqual({ asOf: "2022-05-01", ids: ["9903", "11105"] });
});

test("a typed 基準日 is used instead of today", () => {
  const asOf = { ...data, settings: { ...data.settings, asOf: d("2022-04-01") } };
  expect(overdueCases(asOf, NOW).ids).toEqual(["9903"]);
});

test.each<[string, typeof data, typeof zhTW, string[]]>([
  ["zh-TW", data, zhTW, ["基準日 2022-05-01：逾期案件 2 案。", "逾期案號：9903、11105"]],
  ["English", data, en, ["As of 2022-05-01: 2 overdue cases.", "Overdue: 9903、11105"]],
  ["none overdue", workbook([caseRow("11003")]), zhTW, ["基準日 2022-05-01：沒有逾期案件。"]],
])("report, %s", (_name, input, t, expected) => {
  expect(overdueReport(input, NOW, t)).toEqual(expected);
});

test("a long list is cut, the count stays exact", () => {
  const many = workbook(Array.from({ length: MAX_LISTED + 5 }, (_, i) => caseRow(`110${String(i + 10)}`, { dueDate: d("2022-01-01") })));
  const [count, list] = overdueReport(many, NOW, zhTW);
  expect(count).toContain(`${MAX_LISTED + 5} 案`);
  expect(list?.endsWith("…")).toBe(true);
  expect(list?.split("、")).toHaveLength(MAX_LISTED);
});

test("the notice URL sits beside the commands page and carries the lines", () => {
  const url = noticeUrl("https://localhost:3000/commands.html", ["基準日 2022-05-01：逾期案件 2 案。", "逾期案號：9903、11105"], "zh-TW", "更新狀態");
  expect(url.startsWith("https://localhost:3000/notice.html?")).toBe(true);
  expect(readNotice(new URL(url).search)).toEqual({ lang: "zh-TW", title: "更新狀態", lines: ["基準日 2022-05-01：逾期案件 2 案。", "逾期案號：9903、11105"] });
});
