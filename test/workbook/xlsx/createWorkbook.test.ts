// A new workbook from the schema: real Excel tables with the schema's headers, formats, widths,
// validation lists, conditional formats and formulas in the stored form, seeded with settings and divisions.
import { DEFAULT_DIVISIONS } from "../../../src/domain";
import { DEFAULT_SETTINGS, SCHEMA, STATUS_STYLES, TABLE_STYLE, tableSpec } from "../../../src/workbook/schema";
import { createWorkbook } from "../../../src/workbook/xlsx";
import { columnLetters } from "../../../src/workbook/a1";
import { parseTableXml } from "../../../src/workbook/xlsx/tableXml";
import { unwrap } from "../../domain/support";
import { fileStore, loadExcelJs, partsOf, sheet, tablePart } from "./support";

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await createWorkbook();
});

const stored = (formula: string | undefined) => formula?.replace(/^=/, "");

describe("tables", () => {
  test.each(SCHEMA.map((spec) => [spec.name, spec] as const))("%s is a table on its own sheet, with the schema's headers in order", async (name, spec) => {
    const table = parseTableXml(await tablePart(bytes, name));
    expect(table).toMatchObject({ name, headerRowCount: 1, totalsRowCount: 0 });
    expect(table?.columns.map((c) => c.name)).toEqual(spec.columns.map((c) => c.header));
    expect(table?.columns.map((c) => c.formula)).toEqual(spec.columns.map((c) => (c.kind === "formula" ? stored(c.formula) : undefined)));
    const workbook = await loadExcelJs(bytes);
    const ws = sheet(workbook, name);
    expect(ws.getRow(1).values).toEqual([undefined, ...spec.columns.map((c) => c.header)]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    spec.columns.forEach((c, i) => {
      expect(ws.getColumn(i + 1).width).toBe(c.width);
      expect(ws.getCell(2, i + 1).numFmt ?? "General").toBe(c.numberFormat);
    });
    expect(await tablePart(bytes, name)).toContain(`<tableStyleInfo name="${TABLE_STYLE}"`);
  });

  test("no formula anywhere uses the [@column] shorthand LibreOffice cannot read", async () => {
    for (const [path, text] of await partsOf(bytes)) if (path.endsWith(".xml")) expect(text).not.toContain("[@");
  });

  test("formula columns hold the schema formula in every data row", async () => {
    const workbook = await loadExcelJs(bytes);
    const overview = sheet(workbook, "組室總覽");
    const spec = tableSpec("overview");
    DEFAULT_DIVISIONS.forEach((division, i) => {
      expect(overview.getCell(i + 2, 1).value).toBe(division.name);
      spec.columns.slice(1).forEach((c, j) => expect(overview.getCell(i + 2, j + 2).value).toEqual({ formula: stored(c.formula) }));
    });
    const cases = sheet(workbook, "列管案件");
    expect(cases.getCell("N2").value).toEqual({ formula: stored(tableSpec("cases").columns.find((c) => c.key === "status")?.formula) });
  });
});

describe("seeded rows", () => {
  test("設定 holds the defaults, 基準日 as =TODAY()", async () => {
    const ws = sheet(await loadExcelJs(bytes), "設定");
    // exceljs reads the empty 活頁簿識別碼 and 提醒行事曆ID back as missing cells.
    expect(ws.getRow(2).values).toEqual([undefined, { formula: "TODAY()" }, 7, 3, "Asia/Taipei", "西元", undefined, "會議列管"]);
    expect(ws.getCell("A2").numFmt).toBe("yyyy-mm-dd");
  });

  test("組室 holds the default divisions, aliases joined by 、", async () => {
    const ws = sheet(await loadExcelJs(bytes), "組室");
    expect(ws.getCell("A5").value).toBe("國際事務組");
    expect(ws.getCell("B5").value).toBe("國務組");
    expect(ws.getCell("B7").value).toBe("媒事組、媒體組");
  });

  test("reading a new workbook gives no rows, the default divisions and settings", async () => {
    const data = unwrap(await fileStore(bytes).store.read());
    expect(data).toEqual({
      meetings: [],
      cases: [],
      history: [],
      divisions: DEFAULT_DIVISIONS,
      settings: { ...DEFAULT_SETTINGS, asOf: null },
    });
  });
});

describe("validation and formats", () => {
  test("追蹤狀態 and 事件 take only their lists; 主辦組室 informs about names outside the 組室 table", async () => {
    const cases = (await partsOf(bytes)).get("xl/worksheets/sheet2.xml") ?? "";
    expect(cases).toContain('errorStyle="stop"');
    expect(cases).toContain('sqref="H2:H2"><formula1>&quot;列管中,賡續列管,解除列管,自行列管&quot;</formula1>');
    expect(cases).toMatch(/errorStyle="information"[^>]*sqref="C2:C2"><formula1>INDIRECT\(&quot;組室\[組室名稱\]&quot;\)<\/formula1>/);
    const history = (await partsOf(bytes)).get("xl/worksheets/sheet3.xml") ?? "";
    expect(history).toContain("新增列管,補建案件,辦理情形");
  });

  test("列管案件 rows are coloured by 狀態: overdue red, due soon amber, closed grey", async () => {
    const ws = sheet(await loadExcelJs(bytes), "列管案件");
    const formats = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[] }[] }).conditionalFormattings;
    expect(formats).toHaveLength(1);
    expect(formats[0]?.ref).toBe(`A2:${columnLetters(tableSpec("cases").columns.length)}2`);
    expect(formats[0]?.rules.map((r) => [r.formulae[0], r.style.fill.bgColor.argb])).toEqual(
      Object.entries(STATUS_STYLES).map(([label, style]) => [`$N2="${label}"`, `FF${style.fill.slice(1)}`]),
    );
  });

  test("the worksheet keeps the schema's element order (legacyDrawing before tableParts)", async () => {
    for (const [path, text] of await partsOf(bytes)) {
      if (path.startsWith("xl/worksheets/sheet")) expect(text.indexOf("<legacyDrawing")).toBeLessThan(text.indexOf("<tableParts"));
    }
  });
});
