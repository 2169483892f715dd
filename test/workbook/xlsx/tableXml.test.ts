// Table parts: reading what Excel, exceljs and LibreOffice write, and the store's edits to one.
import { dataRange, parseTableXml, renderTableXml, withTableColumn, withTableRef } from "../../../src/workbook/xlsx/tableXml";

// As Excel writes a table with a calculated column in the middle and a totals row.
const EXCEL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" id="3" xr3:uid="{1}" name="Cases" displayName="列管案件" ref="B3:E8" totalsRowCount="1"><autoFilter ref="B3:E7"><filterColumn colId="1"><filters><filter val="列管中"/></filters></filterColumn></autoFilter><sortState ref="B4:E7"><sortCondition ref="B4:B7"/></sortState><tableColumns count="4"><tableColumn id="1" xr3:uid="{2}" name="列管案號" totalsRowLabel="合計"/><tableColumn id="2" name="剩餘_x000a_天數"><calculatedColumnFormula>列管案件[[#This Row],[期限]]-TODAY()</calculatedColumnFormula></tableColumn><tableColumn id="5" name="期限"/><tableColumn id="4" name="承辦 &amp; 窗口" totalsRowFunction="count"/></tableColumns><tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;

test("reads a table as Excel writes it: display name, every column, calculated formulas, totals row", () => {
  const table = parseTableXml(EXCEL);
  expect(table).toEqual({
    id: 3,
    name: "列管案件",
    ref: { top: 3, left: 2, bottom: 8, right: 5 },
    headerRowCount: 1,
    totalsRowCount: 1,
    columns: [
      { id: 1, name: "列管案號" },
      { id: 2, name: "剩餘\n天數", formula: "列管案件[[#This Row],[期限]]-TODAY()" },
      { id: 5, name: "期限" },
      { id: 4, name: "承辦 & 窗口" },
    ],
  });
  expect(table && dataRange(table)).toEqual({ top: 4, left: 2, bottom: 7, right: 5 });
});

test("growing it moves the table, its filter (above the totals row) and its saved sort; the filter itself stays", () => {
  const table = parseTableXml(EXCEL);
  if (!table) throw new Error("no table");
  const grown = withTableRef(EXCEL, table, { ...table.ref, bottom: 12 });
  expect(grown).toContain('ref="B3:E12" totalsRowCount="1"');
  expect(grown).toContain('<autoFilter ref="B3:E11"><filterColumn colId="1"><filters><filter val="列管中"/>');
  expect(grown).toContain('<sortState ref="B4:E11">');
  expect(parseTableXml(grown)?.ref.bottom).toBe(12);
});

test("a column added at the end, with its formula", () => {
  const added = withTableColumn(EXCEL, { id: 6, name: "逾期天數", formula: 'IF(x="逾期",1,0)' });
  expect(added).toContain('<tableColumns count="5">');
  expect(added).toContain('<tableColumn id="6" name="逾期天數"><calculatedColumnFormula>IF(x=&quot;逾期&quot;,1,0)</calculatedColumnFormula></tableColumn></tableColumns>');
  expect(parseTableXml(added)?.columns.map((c) => c.name)).toEqual(["列管案號", "剩餘\n天數", "期限", "承辦 & 窗口", "逾期天數"]);
});

test("a new table part reads back as written", () => {
  const xml = renderTableXml({
    id: 2,
    name: "列管案件",
    ref: { top: 1, left: 1, bottom: 2, right: 2 },
    style: "TableStyleMedium2",
    columns: [
      { id: 1, name: "列管案號" },
      { id: 2, name: "狀態", formula: 'IF(列管案件[[#This Row],[期限]]="","無期限","")' },
    ],
  });
  expect(parseTableXml(xml)).toEqual({
    id: 2,
    name: "列管案件",
    ref: { top: 1, left: 1, bottom: 2, right: 2 },
    headerRowCount: 1,
    totalsRowCount: 0,
    columns: [
      { id: 1, name: "列管案號" },
      { id: 2, name: "狀態", formula: 'IF(列管案件[[#This Row],[期限]]="","無期限","")' },
    ],
  });
});

test("something that is not a table part", () => expect(parseTableXml("<worksheet/>")).toBeUndefined());
