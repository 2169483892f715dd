// 更新狀態's lines come from the overdueSummary service; a workbook time zone no one knows still reports,
// with the warning in the command's language (no Chinese in the English report's warning).
import { overdueReport } from "../../src/commands/overdue";
import { commandWords } from "../../src/commands/words";
import { readOverdue } from "../../src/app";
import { fail, ok } from "../../src/domain";
import { problem } from "../../src/problems";
import { caseRow, d, workbook } from "../taskpane/support";

const NOW = new Date("2022-04-30T16:30:00Z"); // 2022-05-01 in Taipei
const data = workbook([caseRow("11105", { dueDate: d("2022-04-29") })]);
const badZone = { ...data, settings: { ...data.settings, asOf: null, timeZone: "Taipei" } };

test.each([
  ["zh-TW", commandWords("zh-TW"), ["基準日 2022-05-01：逾期案件 1 案。", "逾期案號：11105", "活頁簿「設定」的時區「Taipei」不正確：應為 IANA 時區名稱，例如 Asia/Taipei；暫以 Asia/Taipei 計算今天"]],
  ["English", commandWords("en"), ["As of 2022-05-01: 1 overdue case.", "Overdue: 11105", "the time zone “Taipei” in the workbook's 設定 is not an IANA zone such as Asia/Taipei; today is taken in Asia/Taipei meanwhile"]],
] as const)("a bad time zone, %s: the report on today in Taipei, and the warning", (_name, t, lines) => {
  expect(overdueReport(badZone, NOW, t)).toEqual(lines);
});

describe("readOverdue: the ribbon command's one service call", () => {
  test("reads the workbook through the store and summarizes it", async () => {
    const summary = await readOverdue({ read: () => Promise.resolve(ok(data)) }, NOW);
    expect(summary).toEqual({ ok: true, value: { asOf: "2022-05-01", ids: ["11105"], warning: null } });
  });

  test("a workbook that cannot be read is the store's failure, its problem kept for the reader's language", async () => {
    const refused = fail(problem("excel.tableRenamed", { table: "列管案件" }));
    const summary = await readOverdue({ read: () => Promise.resolve(refused) }, NOW);
    expect(summary).toBe(refused);
  });
});
