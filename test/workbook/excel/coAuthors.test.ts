// A co-author sorts or types between the store's read and its write: the write sync itself checks the
// keys of the rows it writes and that the rows it appends into are empty; writes that landed on the
// wrong cells are undone and the update starts again from a fresh read, or, a second time, is refused.
import { applyMeeting } from "../../../src/workbook/applyMeeting";
import { planProgress } from "../../../src/workbook/caseActions";
import { TABLE } from "../../../src/workbook/schema";
import { errorOf, unwrap } from "../../domain/support";
import { enter } from "./support/fakeWorkbook";
import { ctx, fakeStore, m110, m111 } from "./support/scenario";

const NOTE = "已完成宿舍借用協調";
const at = { now: "2022-04-01T10:00:00+08:00", by: "許菁芳" };

async function seeded() {
  const made = fakeStore();
  unwrap(await applyMeeting(made.store, m110, ctx("2022-03-18T09:00:00+08:00")));
  made.fake.resetLog();
  return made;
}

const progressOf = (records: Record<string, unknown>[]) => Object.fromEntries(records.map((r) => [String(r["列管案號"]), r["最新辦理情形"]]));

test("a sort between the read and the write: the misplaced note is undone and written to its case on a fresh read", async () => {
  const { fake, store } = await seeded();
  const before = progressOf(fake.records(TABLE.cases));
  fake.beforeSync = (sync) => {
    if (sync === 2) fake.shuffleBody(TABLE.cases, 7); // the co-author sorts just before our write lands
  };
  unwrap(await store.update(planProgress("11002", NOTE, at)));
  expect(progressOf(fake.records(TABLE.cases))).toEqual({ ...before, "11002": NOTE });
  expect(store.lastUpdate?.attempts).toBe(2);
  // read, write (conflict), undo, read, write
  expect(fake.syncs).toBe(5);
  expect(fake.records(TABLE.history).filter((r) => r["內容"] === NOTE)).toHaveLength(1);
});

test("no co-author: one attempt, 2 syncs, the guard rides in the write sync", async () => {
  const { fake, store } = await seeded();
  unwrap(await store.update(planProgress("11002", NOTE, at)));
  expect(store.lastUpdate?.attempts).toBe(1);
  expect(fake.syncs).toBe(2);
});

test("sorting at every write: refused with a message, and every case left as it was", async () => {
  const { fake, store } = await seeded();
  const before = progressOf(fake.records(TABLE.cases));
  // before each attempt's write: read 1, write 2 (undo 3), read 4, write 5 (undo 6)
  fake.beforeSync = (sync) => {
    if (sync === 2 || sync === 5) fake.shuffleBody(TABLE.cases, sync);
  };
  const message = errorOf(await store.update(planProgress("11002", NOTE, at)));
  expect(message).toContain("共同作者");
  expect(message).toContain("列管案件");
  expect(progressOf(fake.records(TABLE.cases))).toEqual(before);
});

test("a co-author types a case into the blank row the new rows were to fill: undone, and appended after it on a fresh read", async () => {
  const { fake, store } = await seeded();
  const table = fake.table(TABLE.cases);
  table.height += 3; // the table ends with blank rows (resized by a user), which appends fill first
  const firstBlank = table.top + table.height - 3;
  const column = (header: string) => table.left + table.headers().indexOf(header);
  const typed = { textFormatKeepsFormulasAsText: false };
  fake.beforeSync = (sync) => {
    if (sync !== 2) return;
    enter(table.sheet.cellForWrite(firstBlank, column("列管案號")), "11099", typed);
    enter(table.sheet.cellForWrite(firstBlank, column("案由")), "同事剛輸入的案件", typed);
  };
  unwrap(await applyMeeting(store, m111, ctx("2022-04-22T09:00:00+08:00")));
  expect(store.lastUpdate?.attempts).toBe(2);
  const records = fake.records(TABLE.cases);
  expect(records.find((r) => String(r["列管案號"]) === "11099")?.["案由"]).toBe("同事剛輸入的案件");
  expect(records.map((r) => String(r["列管案號"]))).toEqual(expect.arrayContaining(["11101", "11105", "10904"]));
  // the history rows of the import are written once
  expect(fake.records(TABLE.history).filter((r) => r["列管案號"] === "11101")).toHaveLength(1);
});
