// Case actions from the task pane (progress, deadline, rulings) and the settings/registry plans: what each
// writes, its history row, the refusals with their messages, and no write when nothing changes.
import { DEFAULT_DIVISIONS } from "../../src/domain";
import {
  planDivisions,
  planMoveDue,
  planProgress,
  planRuling,
  planSettings,
  type ActionContext,
  type RulingDecision,
} from "../../src/workbook/caseActions";
import { MemoryStore } from "../../src/workbook/mergeChanges";
import { emptyCase, emptyWorkbook, type CaseRow, type WorkbookData } from "../../src/workbook/model";
import type { IsoDate, TrackingStatus } from "../../src/domain";

// 2022-03-31T17:30Z is already 1 April in Taipei: the history date follows the workbook's time zone.
// an ISO instant in UTC, the one form recorded times are kept in (canonicalInstant)
const ctx: ActionContext = { now: "2022-03-31T17:30:00.000Z", by: "許菁芳" };
const TODAY = "2022-04-01";

const row = (caseId: string, extra: Partial<CaseRow> = {}): CaseRow => ({
  ...emptyCase(caseId),
  meeting: 110,
  lead: ["總務組"],
  text: "節約能源",
  dueDate: "2022-05-31" as IsoDate,
  dueText: "5月底前",
  ...extra,
});

const workbook = (): WorkbookData => ({
  ...emptyWorkbook(),
  cases: [
    row("11002"),
    row("10901", { tracking: "closed", closedBy: 110, closedOn: "2022-03-17" as IsoDate, lastRuling: 110 }),
    row("9904", { tracking: "continued", lastRuling: 110 }),
  ],
});

const store = () => new MemoryStore(workbook());
const caseOf = (s: MemoryStore, id: string) => s.data.cases.find((c) => c.caseId === id);

describe("planProgress", () => {
  test("sets 最新辦理情形 and appends a 辦理情形 row dated today in Taipei", async () => {
    const s = store();
    const result = await s.update(planProgress("11002", "  已完成招標  ", ctx));
    expect(result).toMatchObject({ ok: true, value: { progress: "已完成招標" } });
    expect(caseOf(s, "11002")?.progress).toBe("已完成招標");
    expect(s.data.history).toEqual([{ caseId: "11002", meeting: null, date: TODAY, event: "progress", detail: "已完成招標", by: "許菁芳", at: ctx.now }]);
  });

  test.each([
    ["an unknown case", "99999", "辦理中", /找不到列管案號 99999/],
    ["a blank note", "11002", "   ", /11002 的辦理情形是空白/],
    ["a note longer than a cell", "11002", "字".repeat(32768), /超過 Excel 儲存格上限 32767 字/],
  ])("%s is refused and nothing is written", async (_what, id, text, message) => {
    const s = store();
    const result = await s.update(planProgress(id, text, ctx));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect(s.writes).toBe(0);
  });

  test("an invalid timestamp is named", async () => {
    const result = await store().update(planProgress("11002", "x", { now: "yesterday", by: "x" }));
    expect(result).toMatchObject({ ok: false, error: "記錄時間「yesterday」不是有效的時間" });
  });
});

describe("planMoveDue", () => {
  test("moves the deadline and says from what to what", async () => {
    const s = store();
    await s.update(planMoveDue("11002", "2022-06-30" as IsoDate, "6月底前", ctx));
    expect(caseOf(s, "11002")).toMatchObject({ dueDate: "2022-06-30", dueText: "6月底前" });
    expect(s.data.history[0]).toMatchObject({ event: "deadline-moved", detail: "期限 2022-05-31 → 2022-06-30（6月底前）", date: TODAY });
  });

  test("removing the deadline is a change too", async () => {
    const s = store();
    await s.update(planMoveDue("11002", null, "", ctx));
    expect(caseOf(s, "11002")).toMatchObject({ dueDate: null, dueText: "" });
    expect(s.data.history[0]?.detail).toBe("期限 2022-05-31 → 無期限");
  });

  test("the same deadline and wording writes nothing", async () => {
    const s = store();
    expect((await s.update(planMoveDue("11002", "2022-05-31" as IsoDate, "5月底前", ctx))).ok).toBe(true);
    expect(s.writes).toBe(0);
  });

  test("a closed case's deadline is not moved", async () => {
    const s = store();
    const result = await s.update(planMoveDue("10901", "2022-06-30" as IsoDate, "", ctx));
    expect(result).toMatchObject({ ok: false, error: "列管案號 10901 已解除列管，不能變更期限；如需繼續追蹤，請先恢復列管" });
    expect(s.writes).toBe(0);
  });
});

describe("planRuling", () => {
  const cases: [string, RulingDecision, number | null, Partial<CaseRow>, string, string][] = [
    ["11002", "closed", 111, { tracking: "closed", closedBy: 111, closedOn: TODAY as IsoDate, lastRuling: 111 }, "closed", "解除列管（第 111 次會議）"],
    ["11002", "self-tracked", null, { tracking: "self-tracked", closedBy: null, closedOn: TODAY as IsoDate, lastRuling: null }, "self-tracked", "自行列管（於工作窗格登錄）"],
    ["11002", "continued", 111, { tracking: "continued", lastRuling: 111 }, "continued", "賡續列管（第 111 次會議）"],
    ["9904", "continued", 111, { tracking: "continued", lastRuling: 111 }, "continued", "賡續列管（第 111 次會議）"],
    ["10901", "reopened", null, { tracking: "open", closedBy: null, closedOn: null, lastRuling: 110 }, "reopened", "列管中（於工作窗格登錄）"],
  ];
  test.each(cases)("%s %s at meeting %p", async (id, decision, meeting, expected, event, detail) => {
    const s = store();
    const result = await s.update(planRuling(id, decision, meeting, ctx));
    expect(result.ok).toBe(true);
    expect(caseOf(s, id)).toMatchObject(expected);
    expect(s.data.history).toEqual([{ caseId: id, meeting, date: TODAY, event, detail, by: "許菁芳", at: ctx.now }]);
  });

  const refused: [string, RulingDecision, number | null, string][] = [
    ["9904", "closed", 109, "列管案號 9904 已有第 110 次會議的裁示，第 109 次會議的裁示不會覆蓋較新的裁示"],
    ["11002", "reopened", null, "列管案號 11002 仍在列管中，不需要恢復列管"],
    ["11002", "closed", 0, "會議次別應為正整數，卻是「0」"],
    ["404", "closed", null, "找不到列管案號 404：請先重新整理案件清單"],
  ];
  test.each(refused)("%s %s at %p is refused", async (id, decision, meeting, message) => {
    const s = store();
    expect(await s.update(planRuling(id, decision, meeting, ctx))).toMatchObject({ ok: false, error: message });
    expect(s.writes).toBe(0);
  });

  const repeats: [string, RulingDecision, number | null][] = [
    ["10901", "closed", 110],
    ["10901", "closed", null],
    ["9904", "continued", 110],
  ];
  test.each(repeats)("%s %s again at %p writes nothing", async (id, decision, meeting) => {
    const s = store();
    expect((await s.update(planRuling(id, decision, meeting, ctx))).ok).toBe(true);
    expect(s.writes).toBe(0);
  });

  test("closing keeps the case and its text: nothing is deleted", async () => {
    const s = store();
    await s.update(planRuling("11002", "closed", 111, ctx));
    expect(s.data.cases).toHaveLength(3);
    expect(caseOf(s, "11002")).toMatchObject({ text: "節約能源", dueDate: "2022-05-31", tracking: "closed" satisfies TrackingStatus });
  });
});

describe("planSettings", () => {
  test("writes only what differs, and asks for the dates to be re-formatted when told to", async () => {
    const s = store();
    const result = await s.update(planSettings({ dueSoonDays: 7, reminderLeadDays: 5, dateDisplay: "民國", applyDateDisplayToAll: true }, ctx));
    expect(result).toMatchObject({ ok: true, value: { dueSoonDays: 7, reminderLeadDays: 5, dateDisplay: "民國" } });
    expect(s.data.settings).toMatchObject({ reminderLeadDays: 5, dateDisplay: "民國" });
  });

  test("the same values write nothing", async () => {
    const s = store();
    await s.update(planSettings({ dueSoonDays: 7, reminderLeadDays: 3, dateDisplay: "西元" }, ctx));
    expect(s.writes).toBe(0);
  });

  test.each([
    [{ dueSoonDays: -1 }, "即將到期天數應為 0 到 365 的整數，卻是「-1」"],
    [{ reminderLeadDays: 2.5 }, "提醒提前天數應為 0 到 365 的整數，卻是「2.5」"],
    [{ reminderLeadDays: 366 }, "提醒提前天數應為 0 到 365 的整數，卻是「366」"],
  ])("%j is refused", async (patch, message) => {
    const s = store();
    expect(await s.update(planSettings(patch, ctx))).toMatchObject({ ok: false, error: message });
    expect(s.writes).toBe(0);
  });
});

describe("planDivisions", () => {
  test("adds a division and edits another's aliases and e-mail; unchanged ones are not written", async () => {
    const s = store();
    const general = DEFAULT_DIVISIONS.find((d) => d.name === "總務組");
    if (!general) throw new Error("registry lacks 總務組");
    const result = await s.update(
      planDivisions(
        [
          { name: " 法務室 ", aliases: ["法務", "法務室", ""], email: "legal@example.gov.tw" },
          { ...general, email: "general@example.gov.tw" },
          ...DEFAULT_DIVISIONS.filter((d) => d.name !== "總務組"),
        ],
        ctx,
      ),
    );
    expect(result.ok).toBe(true);
    expect(s.data.divisions.find((d) => d.name === "法務室")).toEqual({ name: "法務室", aliases: ["法務"], email: "legal@example.gov.tw" });
    expect(s.data.divisions.find((d) => d.name === "總務組")?.email).toBe("general@example.gov.tw");
    expect(s.data.divisions).toHaveLength(DEFAULT_DIVISIONS.length + 1);
  });

  test.each([
    [[{ name: " ", aliases: [] }], "要寫入的第 1 個組室沒有「組室名稱」：每個組室都需要名稱；本次未寫入任何資料"],
    [[{ name: "法務室", aliases: [], email: "legal@" }], "組室「法務室」的聯絡信箱「legal@」不是有效的電子郵件地址"],
  ])("%j is refused", async (divisions, message) => {
    const s = store();
    expect(await s.update(planDivisions(divisions, ctx))).toMatchObject({ ok: false, error: message });
  });

  test("an alias another division already owns is refused by the registry", async () => {
    const s = store();
    const result = await s.update(planDivisions([{ name: "法務室", aliases: ["總務組"] }], ctx));
    expect(result.ok).toBe(false);
    expect(s.writes).toBe(0);
  });
});
