// A date typed as text in 期限 (111/05/31) makes the sheet's 狀態 formula show #VALUE!; the file store
// reads it as the date and, at the next write to that case, writes it back as a real date, so the
// formulas work again. Checked on a file saved by LibreOffice and recalculated by it.
import { ValueType } from "exceljs";
import { COMPUTED_LABELS, computeStatus, isoDateInZone } from "../../../src/domain";
import { planProgress } from "../../../src/workbook/caseActions";

import { unwrap } from "../../domain/support";
import { caseRow, editWithExcelJs, fileStore, loadExcelJs, saveWithLibreOffice, sheet, textOf, write } from "./support";

/** The cells of case `id` in 列管案件 by header, formula cells by their (LibreOffice-computed) result. */
async function caseCells(bytes: Uint8Array, id: string): Promise<Map<string, unknown>> {
  const ws = sheet(await loadExcelJs(bytes), "列管案件");
  const headers = (ws.getRow(1).values as unknown[]).map((h) => (typeof h === "string" ? h : ""));
  for (let r = 2; r <= ws.rowCount; r++) {
    if (textOf(ws.getCell(r, headers.indexOf("列管案號")).value) !== id) continue;
    const value = (c: number) => (ws.getCell(r, c).type === ValueType.Formula ? ws.getCell(r, c).result : ws.getCell(r, c).value);
    return new Map(headers.flatMap((h, c) => (c === 0 || h === "" ? [] : [[h, value(c)] as const])));
  }
  throw new Error(`no case ${id}`);
}

test("a text date in 期限 is written back as a real date at the next write, and 狀態 computes again", async () => {
  const { holder, store } = fileStore();
  unwrap(await store.update(write({ cases: [caseRow("11002", { lead: ["總務組"] }), caseRow("11003", { lead: ["文書組"] })] })));
  const typed = await editWithExcelJs(holder.bytes ?? new Uint8Array(), (workbook) => {
    const ws = sheet(workbook, "列管案件");
    const headers = (ws.getRow(1).values as unknown[]).map((h) => (typeof h === "string" ? h : ""));
    ws.getCell(2, headers.indexOf("期限")).value = "111/05/31"; // 11002, as a person types it into a text cell
  });
  holder.bytes = await saveWithLibreOffice(typed);
  // the problem: the formula cannot subtract text
  expect((await caseCells(holder.bytes, "11002")).get("狀態")).toEqual({ error: "#VALUE!" });
  expect(unwrap(await store.read()).cases.find((c) => c.caseId === "11002")?.dueDate).toBe("2022-05-31");

  unwrap(await store.update(planProgress("11002", "已完成招標", { now: "2022-04-01T10:00:00+08:00", by: "許菁芳" })));
  const recalculated = await caseCells(await saveWithLibreOffice(holder.bytes), "11002");
  expect(recalculated.get("期限")).toEqual(new Date(Date.UTC(2022, 4, 31)));
  // 基準日 is =TODAY(): the status is what computeStatus says today
  const today = isoDateInZone(new Date(), "Asia/Taipei");
  const status = computeStatus({ dueDate: "2022-05-31" as never, tracking: "open" }, today);
  expect(recalculated.get("狀態")).toBe(COMPUTED_LABELS[status.status]);
  expect(recalculated.get("逾期天數")).toBe(status.daysOverdue);
}, 300_000);
