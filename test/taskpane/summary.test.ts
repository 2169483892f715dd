// What the pane says after writing a meeting: new cases, rulings, placeholders, in both languages.
import { en } from "../../src/taskpane/i18n/en";
import { zhTW } from "../../src/taskpane/i18n/zhTW";
import { summaryLines } from "../../src/taskpane/tabs/import/summary";
import type { ImportSummary } from "../../src/workbook/applyMeeting";

const summary: ImportSummary = {
  meeting: 110,
  meetingChange: "added",
  newCases: ["11001", "11002"],
  filledPlaceholders: [],
  placeholders: ["9903"],
  rulingsApplied: [
    { caseId: "9903", decision: "closed" },
    { caseId: "9904", decision: "continued" },
  ],
  rulingsSkipped: [],
  itemsWithoutId: 0,
  unchanged: false,
};

test.each<[string, ImportSummary, string[]]>([
  [
    "a new meeting",
    summary,
    ["第 110 次會議（新增）", "新列管案件 2 案：11001、11002", "套用裁示 2 案：9903 解除列管、9904 賡續列管", "補建案件（內容待補）1 案：9903"],
  ],
  [
    "filled placeholders, skipped rulings and unnumbered items are said too",
    { ...summary, filledPlaceholders: ["10902"], rulingsSkipped: [{ caseId: "9904", laterMeeting: 112 }], itemsWithoutId: 1 },
    [
      "第 110 次會議（新增）",
      "新列管案件 2 案：11001、11002",
      "套用裁示 2 案：9903 解除列管、9904 賡續列管",
      "補建案件（內容待補）1 案：9903",
      "補齊內容 1 案：10902",
      "9904 已由第 112 次會議裁示，未套用",
      "1 項未能編列案號，未寫入",
    ],
  ],
  ["the same minutes again", { ...summary, unchanged: true, meetingChange: "unchanged" }, ["第 110 次會議：活頁簿已有這份紀錄，無任何變更", "新列管案件 0 案"]],
  [
    "nothing new but rulings",
    { ...summary, newCases: [], placeholders: [], meetingChange: "updated" },
    ["第 110 次會議（更新）", "新列管案件 0 案", "套用裁示 2 案：9903 解除列管、9904 賡續列管", "補建案件（內容待補）0 案"],
  ],
])("zh-TW: %s", (_name, input, expected) => {
  expect(summaryLines(input, zhTW)).toEqual(expected);
});

test("English", () => {
  expect(summaryLines(summary, en)).toEqual([
    "Meeting 110 (added)",
    "New cases: 2 (11001、11002)",
    "Rulings applied: 2 (9903 Closed、9904 Continued)",
    "Placeholder cases (content to follow): 1 (9903)",
  ]);
});
