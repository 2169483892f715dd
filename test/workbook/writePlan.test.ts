// The one write planner both stores carry out: what it decides for each table from the workbook as read
// and the changes, rule by rule, on hand-made snapshots (the stores' own tests run the same plans in cells).
import { DEFAULT_DIVISIONS, parseIsoDate } from "../../src/domain";
import { SETTINGS_KEY } from "../../src/workbook/cellRules";
import { caseToCells, type CellRow, type CellValue } from "../../src/workbook/cells";
import { isoToSerial } from "../../src/workbook/excelDate";
import { applyChanges } from "../../src/workbook/mergeChanges";
import { emptyCase, emptyWorkbook, NO_CHANGES, type CaseRow, type HistoryRow, type WorkbookChanges, type WorkbookData } from "../../src/workbook/model";
import { columnSpec, type ColumnSpec, type TableKey } from "../../src/workbook/schema";
import { CREATION_ORDER, planWrites, type Snapshots, type TableSnapshot, type TableWrites, type WritePlan } from "../../src/workbook/writePlan";
import { unwrap } from "../domain/support";

/** A table holding `rows` (key → cells), numbered from 0 in the order given, lacking `missing`. */
function table(rows: Record<string, CellRow> = {}, missing: readonly ColumnSpec[] = []): TableSnapshot {
  const list = Object.values(rows);
  return {
    present: true,
    keyRows: new Map(Object.keys(rows).map((key, i) => [key, i])),
    missing,
    cell: (row: number, column: string): CellValue | undefined => list[row]?.[column],
  };
}

const ABSENT: TableSnapshot = { present: false, keyRows: new Map(), missing: [], cell: () => undefined };

/** Every table present and empty, with the given ones replaced. */
const snapshots = (given: Partial<Record<TableKey, TableSnapshot>> = {}): Snapshots => ({
  ...Object.fromEntries(CREATION_ORDER.map((key) => [key, table()])),
  ...given,
});

/** The writes of one table, or none when the plan leaves it alone. */
const writesOf = (p: WritePlan, table: TableKey): TableWrites | undefined => p.tables.find((t) => t.table === table);

const ZONE = emptyWorkbook().settings.timeZone;
const MAY_31 = unwrap(parseIsoDate("2022-05-31"));
const JUNE_30 = unwrap(parseIsoDate("2022-06-30"));

const caseRow = (caseId: string, patch: Partial<CaseRow> = {}): CaseRow => ({ ...emptyCase(caseId), meeting: 110, text: `案 ${caseId}`, ...patch });

function plan(given: Snapshots, changes: Partial<WorkbookChanges>, before: WorkbookData = emptyWorkbook()): WritePlan {
  const all: WorkbookChanges = { ...NO_CHANGES, ...changes };
  return unwrap(planWrites(given, all, before, unwrap(applyChanges(before, all))));
}

/** A table's writes as plain data: [key, cells] of updates, and the keys (or cells) of appends. */
function summary(p: WritePlan, key: TableKey) {
  const writes = writesOf(p, key);
  return {
    updates: (writes?.updates ?? []).map((u) => [u.row, u.key, Object.fromEntries(u.cells)]),
    appends: (writes?.appends ?? []).map((a) => a.key ?? a.cells),
  };
}

describe("keyed rows: updated where the key is, in the cells whose meaning changes; appended where it is not", () => {
  const stored: Record<string, CellRow> = {
    "11001": caseToCells(caseRow("11001"), ZONE),
    // the user's spaces around the text mean the same text; the typed 期限 is a date written as text
    "11002": { ...caseToCells(caseRow("11002"), ZONE), text: "  案 11002 ", dueDate: "111/05/31" },
  };

  test.each([
    ["a new progress note on 11001: only 最新辦理情形", [caseRow("11001", { progress: "續辦" })], [[0, "11001", { progress: "續辦" }]], []],
    ["11002 as it is: nothing, the text's spaces included, but the typed date written back as a real date", [caseRow("11002", { dueDate: MAY_31 })], [[1, "11002", { dueDate: isoToSerial(MAY_31) }]], []],
    ["11002 with its date cleared", [caseRow("11002")], [[1, "11002", { dueDate: null }]], []],
    ["a new case: appended by its key", [caseRow("11003")], [], ["11003"]],
    ["the same new case twice: one row, the last one's cells", [caseRow("11003", { progress: "甲" }), caseRow("11003", { progress: "乙" })], [], ["11003"]],
  ])("%s", (_name, cases, updates, appends) => {
    const before = { ...emptyWorkbook(), cases: [caseRow("11001"), caseRow("11002")] };
    expect(summary(plan(snapshots({ cases: table(stored) }), { cases }, before), "cases")).toEqual({ updates, appends });
  });

  test("a moved deadline is written as the new day's serial", () => {
    const before = { ...emptyWorkbook(), cases: [caseRow("11002", { dueDate: MAY_31 })] };
    const moved = plan(snapshots({ cases: table(stored) }), { cases: [caseRow("11002", { dueDate: JUNE_30 })] }, before);
    expect(summary(moved, "cases").updates).toEqual([[1, "11002", { dueDate: isoToSerial(JUNE_30) }]]);
  });

  test("updates come in the order of their rows, wherever the changes named them", () => {
    const before = { ...emptyWorkbook(), cases: [caseRow("11001"), caseRow("11002")] };
    const p = plan(snapshots({ cases: table(stored) }), { cases: [caseRow("11002", { progress: "b" }), caseRow("11001", { progress: "a" })] }, before);
    expect(summary(p, "cases").updates.map(([row]) => row)).toEqual([0, 1]);
  });
});

describe("辦理歷程, 設定 and 組室總覽", () => {
  test("history rows are only appended, without a key", () => {
    const history: HistoryRow[] = [{ caseId: "11001", meeting: 110, date: MAY_31, event: "progress", detail: "續辦", by: "許菁芳", at: "2022-04-01T10:00:00+08:00" }];
    const writes = writesOf(plan(snapshots(), { history: [...history, ...history] }), "history");
    expect(writes?.updates).toEqual([]);
    expect(writes?.appends.map((a) => [a.key, a.cells.caseId, a.cells.detail])).toEqual([
      [undefined, "11001", "續辦"],
      [undefined, "11001", "續辦"],
    ]);
  });

  test("a settings patch writes only its changed cells into 設定's row", () => {
    const settings = table({ [SETTINGS_KEY]: { dueSoonDays: 7, reminderLeadDays: 3, asOf: "=TODAY()" } });
    expect(summary(plan(snapshots({ settings }), { settings: { dueSoonDays: 14 } }), "settings")).toEqual({
      updates: [[0, SETTINGS_KEY, { dueSoonDays: 14 }]],
      appends: [],
    });
    // =TODAY() written again is the same formula: nothing to write
    expect(summary(plan(snapshots({ settings }), { settings: { asOf: null, dueSoonDays: 7 } }), "settings")).toEqual({ updates: [], appends: [] });
  });

  test("設定 without its row gets the whole row; an empty patch writes nothing", () => {
    const p = plan(snapshots(), { settings: { dueSoonDays: 14 } });
    const appended = writesOf(p, "settings")?.appends ?? [];
    expect(appended).toHaveLength(1);
    expect(appended[0]?.cells).toMatchObject({ dueSoonDays: 14, reminderLeadDays: emptyWorkbook().settings.reminderLeadDays });
    expect(summary(plan(snapshots(), { settings: { asOf: undefined } }), "settings")).toEqual({ updates: [], appends: [] });
  });

  test("組室總覽 gains a row for a unit new at this write only: one it has, or one the user deleted, is not added", () => {
    const before = { ...emptyWorkbook(), cases: [caseRow("11001", { lead: ["總務組"] })] };
    const overview = table({ 秘書室: { division: "秘書室" } });
    const cases = [caseRow("11002", { lead: ["秘書室"] }), caseRow("11003", { lead: ["總務組"] }), caseRow("11004", { lead: ["新工處"] })];
    // 總務組 was named before this write (and its row since deleted); 秘書室 has its row; 新工處 is new
    expect(summary(plan(snapshots({ overview }), { cases }, before), "overview").appends).toEqual(["新工處"]);
  });
});

describe("tables the store creates, and tables it leaves", () => {
  test("a table created now starts with the registry, 設定 and the overview as they are after the changes", () => {
    const p = plan(snapshots({ divisions: ABSENT, settings: ABSENT, overview: ABSENT }), { settings: { dueSoonDays: 10 } });
    expect(writesOf(p, "divisions")?.create?.map((c) => c.name)).toEqual(DEFAULT_DIVISIONS.map((d) => d.name));
    expect(writesOf(p, "settings")?.create).toEqual([expect.objectContaining({ dueSoonDays: 10 })]);
    expect(writesOf(p, "overview")?.create?.map((c) => c.division)).toEqual(DEFAULT_DIVISIONS.map((d) => d.name));
  });

  test("a 列管案件 created now holds the new cases, once each", () => {
    const p = plan(snapshots({ cases: ABSENT }), { cases: [caseRow("11001", { progress: "甲" }), caseRow("11001", { progress: "乙" })] });
    expect(writesOf(p, "cases")?.create?.map((c) => [c.caseId, c.progress])).toEqual([["11001", "乙"]]);
  });

  test("a table the store left out of its snapshots is neither written nor created", () => {
    const given = { ...snapshots() };
    delete (given as Partial<Record<TableKey, TableSnapshot>>).overview;
    expect(writesOf(plan(given, { cases: [caseRow("11001", { lead: ["新工處"] })] }), "overview")).toBeUndefined();
  });

  test("columns a table lacks are added back, in the order the store found them missing, before its rows are written", () => {
    const missing = [columnSpec("cases", "note"), columnSpec("cases", "status")];
    const p = plan(snapshots({ cases: table({}, missing) }), { cases: [caseRow("11001")] });
    expect(writesOf(p, "cases")?.addColumns.map((c) => c.header)).toEqual(["備註", "狀態"]);
    expect(writesOf(p, "meetings")?.addColumns).toEqual([]);
  });

  test("tables come in creation order: a formula may only name a table that exists", () => {
    expect(plan(snapshots(), {}).tables.map((t) => t.table)).toEqual(["settings", "divisions", "meetings", "cases", "history", "overview"]);
  });
});

describe("what the plan carries for every table", () => {
  test("日期顯示 as it is once the patch applies, and whether 套用到所有日期 was asked", () => {
    const p = plan(snapshots(), { settings: { dateDisplay: "民國" }, reformatDates: true });
    expect([p.display, p.reformatDates]).toEqual(["民國", true]);
    expect([plan(snapshots(), {}).display, plan(snapshots(), {}).reformatDates]).toEqual(["西元", false]);
  });

  test("a division list the stores would refuse fails the plan", () => {
    const given = snapshots();
    const changes = { ...NO_CHANGES, divisions: [{ name: " ", aliases: [] }] };
    const result = planWrites(given, changes, emptyWorkbook(), emptyWorkbook());
    expect(result.ok).toBe(false);
  });
});
