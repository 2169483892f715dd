// A workbook the store cannot trust: each problem has a clear message, and nothing is written.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { applyMeeting } from "../../../src/workbook/applyMeeting";
import { errorOf, unwrap } from "../../domain/support";
import { caseRow, ctx, deleteTableColumn, editWithExcelJs, fileStore, m110, m111, sheet, tableModel, write } from "./support";

let good: Uint8Array;
beforeAll(async () => {
  const { holder, store } = fileStore();
  unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
  good = holder.bytes ?? new Uint8Array();
});

const cases = (workbook: ExcelJS.Workbook) => sheet(workbook, "列管案件");

test.each<[string, (workbook: ExcelJS.Workbook) => void, string]>([
  [
    "a table renamed",
    (workbook) => {
      const model = tableModel(cases(workbook), "列管案件");
      model.name = "Table1";
      model.displayName = "Table1";
    },
    "找不到表格「列管案件」：活頁簿中必須有名為「列管案件」的 Excel 表格（可在「表格設計」→「表格名稱」確認）",
  ],
  ["a required column deleted", (workbook) => deleteTableColumn(workbook, "列管案件", "期限"), "表格「列管案件」缺少欄位「期限」（欄位標題須與原本完全相同）"],
  [
    "two required columns renamed",
    (workbook) => {
      const model = tableModel(cases(workbook), "列管案件");
      for (const c of model.columns) if (c.name === "追蹤狀態" || c.name === "列管案號") c.name = `${c.name}X`;
      cases(workbook).getCell("A1").value = "列管案號X";
      cases(workbook).getCell("H1").value = "追蹤狀態X";
    },
    "表格「列管案件」缺少欄位「列管案號」、「追蹤狀態」（欄位標題須與原本完全相同）",
  ],
  [
    "a case id typed twice",
    (workbook) => (cases(workbook).getCell("A5").value = "11002"),
    "列管案件 第 3 列與第 5 列的列管案號都是「11002」：請刪除或更正重複的一列後再試；本次未寫入任何資料。",
  ],
  ["a non-date in 期限", (workbook) => (cases(workbook).getCell("F4").value = "下週一"), "列管案件 第 4 列（列管案號 11003）的「期限」應為日期，卻是「下週一」"],
  ["a blank case id on a row with content", (workbook) => (cases(workbook).getCell("A6").value = null), "列管案件 第 6 列的「列管案號」是空白：每個案件都需要列管案號"],
  [
    "a meeting typed twice",
    (workbook) => {
      const ws = sheet(workbook, "會議");
      const model = tableModel(ws, "會議");
      ws.getRow(3).values = ws.getRow(2).values;
      model.tableRef = "A1:L3";
      model.autoFilterRef = "A1:L3";
    },
    "會議 第 2 列與第 3 列的會議次別都是「110」：請刪除或更正重複的一列後再試；本次未寫入任何資料。",
  ],
  ["an unknown tracking status", (workbook) => (cases(workbook).getCell("H2").value = "暫停"), "列管案件 第 2 列（列管案號 11001）的「追蹤狀態」應為 列管中、賡續列管、解除列管、自行列管，卻是「暫停」"],
])("%s", async (_name, edit, message) => {
  const bad = await editWithExcelJs(good, edit);
  const { holder, store } = fileStore(bad);
  expect(errorOf(await store.read())).toBe(message);
  expect(errorOf(await applyMeeting(store, m111, ctx("2022-04-22T09:00:00+08:00")))).toBe(message);
  expect(holder.saves).toBe(0);
  expect(holder.bytes).toBe(bad);
});

test.each<[string, Uint8Array, string]>([
  ["empty bytes", new Uint8Array(), "「列管.xlsx」不是 Excel 活頁簿（.xlsx）：檔案是空的（0 位元組）"],
  ["text", new TextEncoder().encode("列管案號,案由\n11001,測試\n"), "「列管.xlsx」不是 Excel 活頁簿（.xlsx）：內容不是 .xlsx 的壓縮格式"],
  ["an old .xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "「列管.xlsx」不是 Excel 活頁簿（.xlsx）：這是舊版 Excel（.xls）或加密的檔案，請在 Excel 中另存為不加密的 .xlsx"],
  ["a damaged zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "「列管.xlsx」不是 Excel 活頁簿（.xlsx）：壓縮檔已損毀"],
])("%s is not a workbook", async (_name, bytes, message) => {
  const { holder, store } = fileStore(bytes);
  expect(errorOf(await store.read())).toContain(message);
  expect(errorOf(await store.update(write({ cases: [caseRow("11001")] })))).toContain(message);
  expect(holder.bytes).toBe(bytes);
});

test("a Word document is named as one", async () => {
  const docx = new Uint8Array(readFileSync(join(__dirname, "../../fixtures/minutes/secretariat-110.docx")));
  expect(errorOf(await fileStore(docx).store.read())).toBe("「列管.xlsx」不是 Excel 活頁簿（.xlsx）：這是 Word 文件");
});

test("data the user put right below a table is never overwritten", async () => {
  const bad = await editWithExcelJs(good, (workbook) => (cases(workbook).getCell("C20").value = "合計：17 案"));
  const { holder, store } = fileStore(bad);
  expect(unwrap(await store.read()).cases).toHaveLength(17);
  expect(errorOf(await applyMeeting(store, m111, ctx("2022-04-22T09:00:00+08:00")))).toBe(
    "表格「列管案件」下方的儲存格 C20 有其他資料，新增 6 列會覆蓋它：請把表格下方的資料移開後再匯入",
  );
  expect(holder.bytes).toBe(bad);
});
