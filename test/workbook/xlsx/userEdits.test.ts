// What the user did to the file survives every write: rows sorted, a column of their own, notes typed
// into 備註 and cell comments; writes still land on the right keys.
import { applyMeeting } from "../../../src/workbook/applyMeeting";
import { MemoryStore } from "../../../src/workbook/mergeChanges";
import { emptyWorkbook, type CaseRow } from "../../../src/workbook/model";
import { tableSpec } from "../../../src/workbook/schema";
import { unwrap } from "../../domain/support";
import { addUserColumn, ctx, editWithExcelJs, fileStore, loadExcelJs, m110, m111, sheet, textOf } from "./support";

const empty = emptyWorkbook;
const byId = (a: CaseRow, b: CaseRow) => a.caseId.localeCompare(b.caseId);
const NOTE = "已召開說明會（秘書註記）";
const OWNER = (caseId: string) => `承辦 ${caseId}`;
/** The user's column, added after the schema's last column. */
const OWNER_COLUMN = tableSpec("cases").columns.length + 1;

describe("sorted rows, the user's column, a typed note and a comment, then another import", () => {
  const { holder, store } = fileStore();
  const memory = new MemoryStore(empty());
  let sortedIds: string[] = [];

  beforeAll(async () => {
    unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
    unwrap(await applyMeeting(memory, m110, ctx("2022-03-18T09:00:00+08:00")));
    holder.bytes = await editWithExcelJs(holder.bytes ?? new Uint8Array(), (workbook) => {
      const ws = sheet(workbook, "列管案件");
      // Sort by 列管案號, descending, the way Excel's sort rewrites the rows.
      const rows = [];
      for (let row = 2; row <= ws.rowCount; row++) rows.push(ws.getRow(row).values);
      const idOf = (values: unknown) => textOf((values as unknown[])[1]);
      rows.sort((a, b) => idOf(b).localeCompare(idOf(a)));
      rows.forEach((values, i) => (ws.getRow(i + 2).values = values as never));
      sortedIds = rows.map(idOf);
      addUserColumn(workbook, "列管案件", "承辦人", (row) => OWNER(textOf(ws.getCell(row, 1).value)));
      const noteRow = sortedIds.indexOf("11002") + 2;
      ws.getCell(noteRow, 13).value = NOTE;
      ws.getCell(noteRow, OWNER_COLUMN).note = "週五前回覆";
    });
    memory.data = { ...memory.data, cases: memory.data.cases.map((c) => (c.caseId === "11002" ? { ...c, note: NOTE } : c)) };
    unwrap(await applyMeeting(store, m111, ctx("2022-04-22T09:00:00+08:00")));
    unwrap(await applyMeeting(memory, m111, ctx("2022-04-22T09:00:00+08:00")));
  });

  test("the data is what the in-memory store has, the typed note included", async () => {
    const data = unwrap(await store.read());
    expect([...data.cases].sort(byId)).toEqual([...memory.data.cases].sort(byId));
    expect(data.history).toEqual(memory.data.history);
    expect(data.cases.find((c) => c.caseId === "11002")).toMatchObject({ note: NOTE, tracking: "continued", lastRuling: 111 });
  });

  test("existing rows stay where the user sorted them; new cases come after", async () => {
    const ws = sheet(await loadExcelJs(holder.bytes ?? new Uint8Array()), "列管案件");
    const ids = (ws.getColumn(1).values as unknown[]).slice(2).map(textOf);
    expect(ids.slice(0, sortedIds.length)).toEqual(sortedIds);
    expect(ids.slice(sortedIds.length)).toEqual(["11101", "11102", "11103", "11104", "11105", "10904"]);
  });

  test("the user's column keeps every value on its case, and its comment", async () => {
    const ws = sheet(await loadExcelJs(holder.bytes ?? new Uint8Array()), "列管案件");
    expect(ws.getCell(1, OWNER_COLUMN).value).toBe("承辦人");
    for (const [i, id] of sortedIds.entries()) expect(ws.getCell(i + 2, OWNER_COLUMN).value).toBe(OWNER(id));
    expect(ws.getCell(sortedIds.indexOf("11002") + 2, OWNER_COLUMN).note).toBe("週五前回覆");
    // New rows are inside the table, the user's column empty for them.
    expect(ws.getCell(sortedIds.length + 2, OWNER_COLUMN).value).toBeNull();
  });

  test("the rulings landed on the right rows", async () => {
    const ws = sheet(await loadExcelJs(holder.bytes ?? new Uint8Array()), "列管案件");
    const rowOf = (id: string) => sortedIds.indexOf(id) + 2;
    expect(ws.getCell(rowOf("11001"), 8).value).toBe("解除列管");
    expect(ws.getCell(rowOf("11002"), 8).value).toBe("賡續列管");
    expect(ws.getCell(rowOf("11005"), 8).value).toBe("自行列管");
    expect(ws.getCell(rowOf("11004"), 8).value).toBe("列管中");
  });
});
