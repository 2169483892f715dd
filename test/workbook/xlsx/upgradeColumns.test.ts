// A workbook from before the schema gained a column: read as empty, added at the table's right end on
// the next write, with the schema's header, format, width and formula.
import { applyMeeting } from "../../../src/workbook/applyMeeting";
import { SCHEMA, tableSpec } from "../../../src/workbook/schema";
import { isRequiredColumn } from "../../../src/workbook/tableColumns";
import { columnLetters } from "../../../src/workbook/a1";
import { parseTableXml } from "../../../src/workbook/xlsx/tableXml";
import { unwrap } from "../../domain/support";
import { ctx, deleteTableColumn, editWithExcelJs, fileStore, loadExcelJs, m110, m111, partText, sheet, tablePart } from "./support";

describe("which columns a workbook must have", () => {
  const required = Object.fromEntries(SCHEMA.map((t) => [t.name, t.columns.filter((c) => isRequiredColumn(t, c)).map((c) => c.header)]));

  test("keys, required columns and every input column a formula or list reads (a formula column comes back with its formula)", () => {
    expect(required).toEqual({
      會議: ["會議次別"],
      列管案件: ["列管案號", "主辦組室", "協辦組室", "期限", "追蹤狀態"],
      辦理歷程: ["列管案號", "事件"],
      組室: ["組室名稱"],
      設定: ["基準日", "即將到期天數"],
      組室總覽: ["組室"],
    });
  });
});

/** 列管案件's width in the schema: the column comes back as the last of these. */
const WIDTH = tableSpec("cases").columns.length;

describe.each([
  ["期限原文", "dueText"],
  ["逾期天數", "daysOverdue"],
  // a formula another formula reads (逾期天數 reads 狀態): added back with its formula, as the Excel store does
  ["狀態", "status"],
])("a 列管案件 table without %s", (header, key) => {
  const { holder, store } = fileStore();

  beforeAll(async () => {
    unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
    holder.bytes = await editWithExcelJs(holder.bytes ?? new Uint8Array(), (workbook) => deleteTableColumn(workbook, "列管案件", header));
    expect(parseTableXml(await tablePart(holder.bytes, "列管案件"))?.columns.map((c) => c.name)).not.toContain(header);
  });

  test("reads, with the column empty", async () => {
    const data = unwrap(await store.read());
    expect(data.cases).toHaveLength(17);
    if (key === "dueText") expect(data.cases.every((c) => c.dueText === "")).toBe(true);
  });

  test("gets the column back at its right end on the next import", async () => {
    unwrap(await applyMeeting(store, m111, ctx("2022-04-22T09:00:00+08:00")));
    const bytes = holder.bytes ?? new Uint8Array();
    const table = parseTableXml(await tablePart(bytes, "列管案件"));
    const names = table?.columns.map((c) => c.name) ?? [];
    expect(names[names.length - 1]).toBe(header);
    expect(table?.ref).toMatchObject({ left: 1, right: WIDTH, bottom: 24 });
    const spec = tableSpec("cases").columns.find((c) => c.key === key);
    const ws = sheet(await loadExcelJs(bytes), "列管案件");
    expect(ws.getCell(1, WIDTH).value).toBe(header);
    expect(ws.getColumn(WIDTH).width).toBe(spec?.width);
    if (spec?.kind === "formula") {
      expect(table?.columns[WIDTH - 1]?.formula).toBe(spec.formula?.slice(1));
      for (let row = 2; row <= 24; row++) expect(ws.getCell(row, WIDTH).value).toEqual({ formula: spec.formula?.slice(1) });
    }
    const data = unwrap(await store.read());
    if (key === "dueText") expect(data.cases.find((c) => c.caseId === "11101")?.dueText).toBe("1個月內");
  });

  test("the sheet names the new column in its <cols> and <dimension>", async () => {
    const xml = await partText(holder.bytes ?? new Uint8Array(), "xl/worksheets/sheet2.xml");
    expect(xml).toMatch(new RegExp(`<col min="${WIDTH}" max="${WIDTH}" width="[0-9.]+"`));
    expect(xml).toContain(`<dimension ref="A1:${columnLetters(WIDTH)}24"/>`);
  });
});
