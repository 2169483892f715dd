// The application services: each action goes through one store update and hands back the workbook after
// it (equal to what the store then holds), writes nothing when nothing changes or when it is refused.
import { importMinutes, moveDeadline, overdueSummary, recordProgress, ruleCase, saveSettings, type ActionContext } from "../../src/app";
import { DEFAULT_DIVISIONS, createDivisionRegistry, type IsoDate, type Result } from "../../src/domain";
import { parseMinutes } from "../../src/minutes";
import { MemoryStore } from "../../src/workbook/mergeChanges";
import { emptyCase, emptyWorkbook, type CaseRow, type Planned, type WorkbookData, type WorkbookStore } from "../../src/workbook/model";

const ctx: ActionContext = { now: "2022-03-31T17:30:00Z", by: "許菁芳" };
const d = (text: string) => text as IsoDate;

const row = (caseId: string, extra: Partial<CaseRow> = {}): CaseRow => ({
  ...emptyCase(caseId),
  meeting: Number(caseId.slice(0, -2)),
  lead: ["總務組"],
  text: "節約能源",
  dueDate: d("2022-05-31"),
  dueText: "5月底前",
  ...extra,
});

const workbook = (): WorkbookData => ({ ...emptyWorkbook(), cases: [row("11002"), row("9904", { tracking: "continued", lastRuling: 110 })] });

/** A memory store that counts how often the workbook is read, directly or inside an update. */
class CountingStore implements WorkbookStore {
  reads = 0;
  constructor(readonly inner: MemoryStore) {}
  read() {
    this.reads++;
    return this.inner.read();
  }
  update<T>(plan: (data: WorkbookData) => Result<Planned<T>>) {
    this.reads++;
    return this.inner.update(plan);
  }
}

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe("actions hand back the workbook after the write", () => {
  test.each([
    ["recordProgress", (s: WorkbookStore) => recordProgress(s, "11002", "已完成招標", ctx), { progress: "已完成招標" }, "progress"],
    ["ruleCase closing", (s: WorkbookStore) => ruleCase(s, "11002", "closed", 111, ctx), { tracking: "closed", closedBy: 111 }, "closed"],
    ["ruleCase continuing", (s: WorkbookStore) => ruleCase(s, "9904", "continued", 111, ctx), { tracking: "continued", lastRuling: 111 }, "continued"],
    ["moveDeadline", (s: WorkbookStore) => moveDeadline(s, "11002", d("2022-09-30"), "9月底前", ctx), { dueDate: "2022-09-30", dueText: "9月底前" }, "deadline-moved"],
  ] as const)("%s: the row, the data the store now holds, one update and no second read", async (_name, act, fields, event) => {
    const memory = new MemoryStore(workbook());
    const store = new CountingStore(memory);
    const applied = value(await act(store));
    expect(applied.wrote).toBe(true);
    expect(applied.result).toMatchObject(fields);
    expect(applied.data).toEqual(memory.data);
    expect(applied.data.history.at(-1)).toMatchObject({ caseId: applied.result.caseId, event, by: "許菁芳" });
    expect(store.reads).toBe(1);
    expect(memory.writes).toBe(1);
  });

  test("an action that changes nothing writes nothing and hands back the same data", async () => {
    const memory = new MemoryStore(workbook());
    const before = memory.data;
    const applied = value(await moveDeadline(memory, "11002", d("2022-05-31"), "5月底前", ctx));
    expect(applied).toMatchObject({ wrote: false });
    expect(applied.data).toBe(before);
    expect(memory.writes).toBe(0);
  });

  test("a refused action writes nothing and says why", async () => {
    const memory = new MemoryStore(workbook());
    const result = await recordProgress(memory, "12345", "x", ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain("12345");
    expect(memory.writes).toBe(0);
  });

  test("a settings change the stores would refuse is refused before writing", async () => {
    const memory = new MemoryStore(workbook());
    const result = await saveSettings(memory, { dueSoonDays: -1 }, ctx);
    expect(result.ok).toBe(false);
    expect(memory.writes).toBe(0);
  });

  test("importMinutes: the summary and the workbook with the meeting's new cases", async () => {
    const memory = new MemoryStore(emptyWorkbook());
    const registry = value(createDivisionRegistry(DEFAULT_DIVISIONS));
    const record = value(parseMinutes("第110次處務會議紀錄\n時間：111年3月17日上午10時\n主席裁示：\n一、請總務組於4月底前完成節能檢查。\n", { registry }));
    const applied = value(await importMinutes(memory, record, { now: ctx.now, by: ctx.by, sourceHash: "h" }));
    expect(applied.result.meeting).toBe(110);
    expect(applied.result.newCases).toEqual(["11001"]);
    expect(applied.data).toEqual(memory.data);
    expect(applied.data.cases.map((c) => c.caseId)).toEqual(["11001"]);
  });
});

describe("overdueSummary", () => {
  const data = (timeZone: string): WorkbookData => ({
    ...emptyWorkbook(),
    settings: { ...emptyWorkbook().settings, asOf: null, timeZone },
    cases: [
      row("11002", { dueDate: d("2022-03-01") }),
      row("9903", { dueDate: d("2022-03-02") }),
      row("10901", { dueDate: d("2022-03-01"), tracking: "closed" }),
      row("11003", { dueDate: d("2022-12-31") }),
      row("11004", { dueDate: null }),
    ],
  });

  test("overdue open cases in meeting order on today's date in the workbook's zone", () => {
    expect(overdueSummary(data("Asia/Taipei"), new Date("2022-03-16T17:00:00Z"))).toEqual({ asOf: "2022-03-17", ids: ["9903", "11002"], warning: null });
  });

  test("a bad time zone still reports, with the warning", () => {
    const summary = overdueSummary(data("Nowhere/Here"), new Date("2022-03-16T17:00:00Z"));
    expect(summary.ids).toEqual(["9903", "11002"]);
    expect(summary.warning?.code).toBe("date.timeZoneInvalid");
  });
});
