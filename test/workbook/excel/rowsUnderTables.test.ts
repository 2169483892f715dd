// Rows appended to a table never overwrite what the user keeps under it: they go into empty rows when the
// read found enough, else cells are inserted under the table first (Range.insert, shifting down), in the
// same write sync, for an ordinary import and for a large one sent in several batches. After writing, the
// store asks Excel to recalculate (a workbook in Manual calculation mode would keep stale 狀態).
import { applyMeeting } from "../../../src/workbook/applyMeeting";
import { BELOW_LOOKAHEAD } from "../../../src/workbook/excel/readTables";
import { TABLE } from "../../../src/workbook/schema";
import { unwrap } from "../../domain/support";
import type { FakeExcel } from "./support/fakeExcel";
import { enter } from "./support/fakeWorkbook";
import { ctx, fakeStore, m110, m111, syntheticChanges, writeAll } from "./support/scenario";

const PLAIN = { textFormatKeepsFormulasAsText: false };

/** The user types `text` `gap` rows below the bottom of 列管案件, in its first and third columns. */
function typeUnder(fake: FakeExcel, gap: number, text: string): void {
  const table = fake.table(TABLE.cases);
  const row = table.top + table.height + gap;
  enter(table.sheet.cellForWrite(row, table.left), text, PLAIN);
  enter(table.sheet.cellForWrite(row, table.left + 2), `${text}（續）`, PLAIN);
}

/** Where the user's text is now: [row, column] of every cell holding it. */
function find(fake: FakeExcel, text: string): [number, number][] {
  const sheet = fake.table(TABLE.cases).sheet;
  const out: [number, number][] = [];
  sheet.rows.forEach((line, r) => line?.forEach((cell, c) => (typeof cell?.value === "string" && cell.value.startsWith(text) ? out.push([r, c]) : undefined)));
  return out;
}

const caseIds = (fake: FakeExcel) => fake.records(TABLE.cases).map((r) => String(r["列管案號"]));

describe("data right under the table", () => {
  const { fake, store } = fakeStore();
  let before: number;

  beforeAll(async () => {
    unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
    typeUnder(fake, 0, "小計：本表以外的備忘");
    before = fake.table(TABLE.cases).height;
    fake.resetLog();
    unwrap(await applyMeeting(store, m111, ctx("2022-04-22T09:00:00+08:00")));
  });

  test("cells are inserted under the table once, as many rows as are appended past its end", () => {
    const added = fake.table(TABLE.cases).height - before;
    expect(added).toBeGreaterThan(0);
    expect(fake.inserts.filter((i) => i.sheet === TABLE.cases)).toEqual([
      expect.objectContaining({ top: fake.table(TABLE.cases).top + before, rows: added, cols: fake.table(TABLE.cases).width }),
    ]);
  });

  test("the user's data moved down below the new rows, whole and unchanged", () => {
    const table = fake.table(TABLE.cases);
    expect(find(fake, "小計：本表以外的備忘")).toEqual([
      [table.top + table.height, table.left],
      [table.top + table.height, table.left + 2],
    ]);
  });

  test("every case is in the table, none replaced by the user's text", () => {
    expect(caseIds(fake)).toEqual(expect.arrayContaining(["11002", "11101", "11105", "10904"]));
    expect(caseIds(fake).some((id) => id.startsWith("小計"))).toBe(false);
  });

  test("still 2 syncs: the look below rides in the read, the insert in the write", () => {
    expect(fake.syncs).toBe(2);
  });
});

describe("data further down than the rows appended", () => {
  const { fake, store } = fakeStore();

  test("rows go into the empty rows; nothing is inserted and the user's data stays where it is", async () => {
    unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
    typeUnder(fake, 40, "備忘");
    const where = find(fake, "備忘");
    unwrap(await applyMeeting(store, m111, ctx("2022-04-22T09:00:00+08:00")));
    expect(fake.inserts).toEqual([]);
    expect(find(fake, "備忘")).toEqual(where);
    expect(caseIds(fake)).toContain("11105");
  });

  test("data beyond the look-ahead is never looked at, and nothing is inserted for an ordinary import", async () => {
    const { fake: far, store: farStore } = fakeStore();
    unwrap(await applyMeeting(farStore, m110, ctx("2022-03-18T09:00:00+08:00")));
    typeUnder(far, BELOW_LOOKAHEAD + 5, "遠處");
    unwrap(await applyMeeting(farStore, m111, ctx("2022-04-22T09:00:00+08:00")));
    expect(far.inserts).toEqual([]);
  });
});

describe("a large import appended over several batches, with data under the table", () => {
  const { fake, store } = fakeStore();
  const COUNT = 10_000;

  beforeAll(async () => {
    unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
    typeUnder(fake, 0, "總計列（使用者）");
    fake.resetLog();
    unwrap(await store.update(writeAll(syntheticChanges(COUNT))));
  });

  test("is sent in several write syncs, the insert first, once, for every row appended", () => {
    expect(fake.syncs).toBeGreaterThan(2);
    const cases = fake.inserts.filter((i) => i.sheet === TABLE.cases);
    expect(cases).toHaveLength(1);
    expect(cases[0]?.rows).toBe(COUNT);
  });

  test("the user's data ends up right under the grown table, and every case is in it", () => {
    const table = fake.table(TABLE.cases);
    expect(find(fake, "總計列（使用者）")).toEqual([
      [table.top + table.height, table.left],
      [table.top + table.height, table.left + 2],
    ]);
    expect(caseIds(fake)).toHaveLength(COUNT + 9 + 8);
  });

  test("calculation is suspended for every batch but the last, which asks for a recalculation", () => {
    const writes = fake.syncs;
    expect(fake.suspendedSyncs).toEqual(Array.from({ length: writes - 2 }, (_, i) => i + 2));
    expect(fake.calculations.at(-1)).toEqual({ type: "Recalculate", sync: writes });
  });
});

describe("a new workbook's large create", () => {
  test("spills below the table it creates on the sheet it just added: nothing is there, nothing is inserted", async () => {
    const { fake, store } = fakeStore();
    unwrap(await store.update(writeAll(syntheticChanges(10_000))));
    expect(fake.syncs).toBeGreaterThan(2);
    expect(fake.inserts).toEqual([]);
    expect(caseIds(fake)).toHaveLength(10_000);
  });
});

describe("recalculation after every write", () => {
  test("an ordinary update asks Excel to recalculate in its one write sync, without suspending it", async () => {
    const { fake, store } = fakeStore();
    unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
    fake.resetLog();
    fake.calculations.length = 0;
    fake.suspendedSyncs.length = 0;
    unwrap(await applyMeeting(store, m111, ctx("2022-04-22T09:00:00+08:00")));
    expect(fake.syncs).toBe(2);
    expect(fake.calculations).toEqual([{ type: "Recalculate", sync: 2 }]);
    expect(fake.suspendedSyncs).toEqual([]);
  });

  test("an update that changes nothing writes nothing and asks for nothing", async () => {
    const { fake, store } = fakeStore();
    unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
    fake.calculations.length = 0;
    unwrap(await applyMeeting(store, m110, ctx("2022-03-19T09:00:00+08:00")));
    expect(fake.calculations).toEqual([]);
  });
});
