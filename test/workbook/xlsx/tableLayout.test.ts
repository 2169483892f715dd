// Tables are found by name and columns by header, wherever they are: a workbook laid out by hand
// (columns in another order, a title above a table, a column of the user's own in the middle).
import ExcelJS from "exceljs";
import { SCHEMA, tableSpec, type TableSpec } from "../../../src/workbook/schema";
import { parseTableXml } from "../../../src/workbook/xlsx/tableXml";
import { unwrap } from "../../domain/support";
import { caseRow, date, fileStore, loadExcelJs, sheet, tablePart, write } from "./support";

/** The schema's tables, built by another program: reversed columns, the cases table at B3 with a title. */
async function handMade(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of SCHEMA) {
    if (spec.key === "overview") continue;
    const ws = workbook.addWorksheet(`${spec.name}表`);
    const headers = [...spec.columns].reverse().map((c) => c.header);
    if (spec.key === "cases") headers.splice(3, 0, "承辦人");
    const row = (spec: TableSpec) => (spec.key === "settings" ? headers.map((h) => (h === "即將到期天數" ? 5 : h === "基準日" ? 45000 : null)) : headers.map(() => null));
    if (spec.key === "cases") ws.getCell("B1").value = "本處列管案件一覽";
    ws.addTable({ name: spec.name, ref: spec.key === "cases" ? "B3" : "A1", headerRow: true, columns: headers.map((name) => ({ name, filterButton: true })), rows: [row(spec)] });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

test("reads and writes by header, wherever the columns and the table are", async () => {
  const { holder, store } = fileStore(await handMade());
  expect(unwrap(await store.read())).toMatchObject({ cases: [], settings: { asOf: "2023-03-15", dueSoonDays: 5 } });
  const rows = [caseRow("11001", { dueDate: date("2022-05-31"), note: "x" }), caseRow("11002", { tracking: "closed", closedBy: 111, closedOn: date("2022-04-21") })];
  unwrap(await store.update(write({ cases: rows })));
  expect(unwrap(await store.read()).cases).toEqual(rows);

  const bytes = holder.bytes ?? new Uint8Array();
  const table = parseTableXml(await tablePart(bytes, "列管案件"));
  // From column B: the schema's columns and the user's 承辦人.
  expect(table?.ref).toEqual({ top: 3, left: 2, bottom: 5, right: 2 + tableSpec("cases").columns.length });
  const ws = sheet(await loadExcelJs(bytes), "列管案件表");
  const columnOf = (header: string) => 2 + (table?.columns.findIndex((c) => c.name === header) ?? -1);
  expect(ws.getCell(4, columnOf("列管案號")).value).toBe("11001");
  expect(ws.getCell(5, columnOf("追蹤狀態")).value).toBe("解除列管");
  expect(ws.getCell(4, columnOf("期限")).value).toEqual(new Date("2022-05-31T00:00:00Z"));
  expect(ws.getCell(4, columnOf("承辦人")).value).toBeNull();
  expect(ws.getCell("B1").value).toBe("本處列管案件一覽");
  // The status formulas are the schema's, in the stored form, wherever the column is.
  const status = ws.getCell(5, columnOf("狀態")).value as { formula: string };
  expect(status.formula).toContain("列管案件[[#This Row],[追蹤狀態]]");
});

test("a workbook without the overview table still works: it is a view, never read", async () => {
  const { store } = fileStore(await handMade());
  unwrap(await store.update(write({ cases: [caseRow("11001")] })));
  expect(unwrap(await store.read()).cases).toHaveLength(1);
});
