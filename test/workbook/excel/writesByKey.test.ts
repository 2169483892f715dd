// Writes go by key, never by position: after a co-author sorts the tables and adds a column of their
// own in the middle of 列管案件, the next meeting lands on the right rows and the user's cells stay put.
import { applyMeeting } from "../../../src/workbook/applyMeeting";
import { MemoryStore } from "../../../src/workbook/mergeChanges";
import type { WorkbookData } from "../../../src/workbook/model";
import { TABLE } from "../../../src/workbook/schema";
import { unwrap } from "../../domain/support";
import { ctx, emptyData, fakeStore, m110, m111 } from "./support/scenario";

const sorted = (data: WorkbookData) => ({
  ...data,
  cases: [...data.cases].sort((a, b) => a.caseId.localeCompare(b.caseId)),
  history: [...data.history].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
});

describe("after the user sorted the tables and added a column", () => {
  const { fake, store } = fakeStore();
  const memory = new MemoryStore(emptyData());
  const owner = new Map<string, string>();

  beforeAll(async () => {
    unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
    unwrap(await applyMeeting(memory, m110, ctx("2022-03-18T09:00:00+08:00")));
    // 承辦人, typed by the user in a column of their own between 協辦組室 and 案由
    fake.insertColumn(TABLE.cases, 4, "承辦人", (row) => `承辦${row}`);
    fake.records(TABLE.cases).forEach((r) => owner.set(String(r["列管案號"]), String(r["承辦人"])));
    fake.shuffleBody(TABLE.cases, 7);
    fake.shuffleBody(TABLE.history, 11);
    fake.shuffleBody(TABLE.meetings, 3);
    fake.resetLog();
    unwrap(await applyMeeting(store, m111, ctx("2022-04-22T09:00:00+08:00")));
    unwrap(await applyMeeting(memory, m111, ctx("2022-04-22T09:00:00+08:00")));
  });

  test("the data is what MemoryStore has, row order aside", async () => {
    expect(sorted(unwrap(await store.read()))).toEqual(sorted(memory.data));
  });

  test("each ruling landed on its own case's row", () => {
    const rows = new Map(fake.records(TABLE.cases).map((r) => [String(r["列管案號"]), r]));
    expect(rows.get("11001")).toMatchObject({ 追蹤狀態: "解除列管", 解除列管會議: 111, 最後裁示會議: 111 });
    expect(rows.get("11005")).toMatchObject({ 追蹤狀態: "自行列管", 解除列管會議: 111 });
    expect(rows.get("11002")).toMatchObject({ 追蹤狀態: "賡續列管", 解除列管會議: "" });
  });

  test("the user's column keeps every value beside the same case, and new rows leave it blank", () => {
    for (const r of fake.records(TABLE.cases)) {
      expect(r["承辦人"]).toBe(owner.get(String(r["列管案號"])) ?? "");
    }
    expect(fake.records(TABLE.cases).filter((r) => r["承辦人"] === "")).toHaveLength(6); // 11101–11105 and 10904
  });

  test("no write reached into the user's column (null leaves a cell as it is)", () => {
    const userColumn = fake.table(TABLE.cases).left + 4;
    for (const write of fake.sent.filter((w) => w.sheet === TABLE.cases && w.property === "values")) {
      const rows = write.value as unknown[][];
      const offset = userColumn - write.left;
      if (offset >= 0 && offset < (rows[0]?.length ?? 0)) rows.forEach((row) => expect(row[offset]).toBeNull());
    }
  });

  test("updates of scattered rows are one write per run of adjacent rows, only over the changed columns", () => {
    const updates = fake.sent.filter((w) => w.sheet === TABLE.cases && w.property === "values" && (w.value as unknown[][]).length < 6);
    const touched = updates.flatMap((w) => (w.value as unknown[][]).map((row) => row.length));
    expect(Math.max(...touched)).toBeLessThanOrEqual(4); // 追蹤狀態 … 最後裁示會議, never the whole row
  });
});

describe("what the user typed survives", () => {
  test("a case's edited text and progress are kept, and only the ruled columns are written", async () => {
    const { fake, store } = fakeStore();
    unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
    const row = fake.records(TABLE.cases).findIndex((r) => r["列管案號"] === "11002");
    fake.type(TABLE.cases, row, "案由", "（秘書修訂）");
    fake.type(TABLE.cases, row, "最新辦理情形", "已召開說明會");
    fake.resetLog();
    unwrap(await applyMeeting(store, m111, ctx("2022-04-22T09:00:00+08:00")));
    const after = fake.records(TABLE.cases)[row];
    expect(after).toMatchObject({ 列管案號: "11002", 案由: "（秘書修訂）", 最新辦理情形: "已召開說明會", 追蹤狀態: "賡續列管" });
  });
});
