// The 提醒 tab's view of the sheet's reminder columns: how many cases want a reminder, how many have one,
// the last sync and its errors; and the words it uses in each language.
import type { IsoDate } from "../../../src/domain";
import { reminderMessages } from "../../../src/taskpane/tabs/reminders/messages";
import { icsFileName, localTime, reminderStatus } from "../../../src/taskpane/tabs/reminders/reminderStatus";
import { emptyCase, emptyWorkbook, type CaseRow } from "../../../src/workbook/model";

const row = (caseId: string, extra: Partial<CaseRow>): CaseRow => ({ ...emptyCase(caseId), dueDate: "2026-12-31" as IsoDate, ...extra });

describe("reminderStatus", () => {
  test("counts the cases that want a reminder and those that have one; keeps the latest sync and every error", () => {
    const data = {
      ...emptyWorkbook(),
      cases: [
        row("11001", { reminderEventId: "AAMk1", reminderSyncedAt: "2026-11-24T01:00:00.000Z" }),
        row("11002", { tracking: "continued", reminderEventId: "AAMk2", reminderSyncedAt: "2026-11-24T02:00:00.000Z" }),
        row("11003", { reminderError: "429 Too Many Requests", reminderSyncedAt: "2026-11-24T02:00:00.000Z" }),
        row("11004", { dueDate: null }),
        row("10901", { tracking: "closed", reminderSyncedAt: "2026-11-23T09:00:00.000Z" }),
        row("10902", { tracking: "self-tracked", reminderEventId: "stale" }),
      ],
    };
    expect(reminderStatus(data)).toEqual({
      due: 3,
      withEvent: 2,
      lastSync: "2026-11-24T02:00:00.000Z",
      errors: [{ caseId: "11003", message: "429 Too Many Requests" }],
    });
  });

  test("a workbook never synced", () => {
    expect(reminderStatus(emptyWorkbook())).toEqual({ due: 0, withEvent: 0, lastSync: null, errors: [] });
  });
});

describe("helpers", () => {
  test.each([
    ["2026-11-24T01:05:00.000Z", "Asia/Taipei", "2026-11-24 09:05"],
    ["2026-11-23T16:00:00Z", "Asia/Taipei", "2026-11-24 00:00"],
    ["not a time", "Asia/Taipei", "not a time"],
  ])("localTime(%s, %s) = %s", (iso, zone, shown) => {
    expect(localTime(iso, zone)).toBe(shown);
  });

  test.each([
    ["列管.xlsx", "列管-提醒.ics"],
    ["秘書處 115.XLSX", "秘書處 115-提醒.ics"],
    [null, "會議列管-提醒.ics"],
    ["", "會議列管-提醒.ics"],
  ])("icsFileName(%j) = %s", (name, file) => {
    expect(icsFileName(name)).toBe(file);
  });

  test.each([
    ["zh-TW", "立即同步", "新增 2、更新 1、刪除 0、未變更 5、已校正 1"],
    ["zh-Hant", "立即同步", "新增 2、更新 1、刪除 0、未變更 5、已校正 1"],
    ["en", "Sync now", "Created 2, updated 1, deleted 0, unchanged 5, corrected 1"],
  ])("messages in %s", (lang, syncNow, summary) => {
    const m = reminderMessages(lang);
    expect(m.syncNow).toBe(syncNow);
    expect(m.summary({ created: 2, updated: 1, deleted: 0, unchanged: 5, corrected: 1 })).toBe(summary);
  });

  test.each([
    ["zh-TW", "11002：提醒建立失敗：Graph 回應 403"],
    ["en", "11002: “提醒建立失敗：Graph 回應 403”"],
  ])("a case's 提醒錯誤 note from the sheet in %s: the workbook's words, quoted as data in English", (lang, line) => {
    expect(reminderMessages(lang).caseError("11002", "提醒建立失敗：Graph 回應 403")).toBe(line);
  });
});
