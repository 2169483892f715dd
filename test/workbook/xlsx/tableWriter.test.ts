// Writing into a table as people leave it: blank rows reused, a totals row kept at the bottom, the
// user's calculated column filled in new rows, hidden (filtered) rows kept hidden, a renamed sheet.
import { unwrap } from "../../domain/support";
import { tableSpec } from "../../../src/workbook/schema";
import { columnLetters } from "../../../src/workbook/a1";
import { parseTableXml } from "../../../src/workbook/xlsx/tableXml";
import { caseRow, editPart, editWithExcelJs, fileStore, partText, sheet, tablePart, write } from "./support";

const CASES_SHEET = "xl/worksheets/sheet2.xml";
const CASES_TABLE = "xl/tables/table2.xml";
/** 列管案件's schema width, its last column, and the column a user adds after it. */
const WIDTH = tableSpec("cases").columns.length;
const LAST = columnLetters(WIDTH);
const NEXT = columnLetters(WIDTH + 1);

async function withCases(ids: string[]): Promise<Uint8Array> {
  const { holder, store } = fileStore();
  unwrap(await store.update(write({ cases: ids.map((id) => caseRow(id)) })));
  return holder.bytes ?? new Uint8Array();
}

test("a new table's blank row takes the first case; the table then grows row by row", async () => {
  const bytes = await withCases(["11001"]);
  expect(parseTableXml(await tablePart(bytes, "列管案件"))?.ref.bottom).toBe(2);
  const { holder, store } = fileStore(bytes);
  unwrap(await store.update(write({ cases: [caseRow("11002"), caseRow("11003")] })));
  expect(parseTableXml(await tablePart(holder.bytes ?? bytes, "列管案件"))?.ref.bottom).toBe(4);
});

test("a new row's blank cells stay absent: no empty styled cells (the file would grow a quarter at 10,000 cases)", async () => {
  const bytes = await withCases(["11001"]);
  const { holder, store } = fileStore(bytes);
  unwrap(await store.update(write({ cases: [caseRow("11002")] })));
  const xml = await partText(holder.bytes ?? bytes, CASES_SHEET);
  const row3 = /<row r="3"[^>]*>([\s\S]*?)<\/row>/u.exec(xml)?.[1] ?? "";
  const note = columnLetters(tableSpec("cases").columns.findIndex((c) => c.key === "note") + 1);
  const dueText = columnLetters(tableSpec("cases").columns.findIndex((c) => c.key === "dueText") + 1);
  expect(row3).toContain('<c r="A3"');
  for (const column of [note, dueText]) expect(row3).not.toContain(`<c r="${column}3"`);
});

test("a totals row stays the table's last row, moved down below the new cases", async () => {
  let bytes = await withCases(["11001", "11002"]);
  bytes = await editPart(bytes, CASES_TABLE, (xml) => xml.replace(`ref="A1:${LAST}3" headerRowCount="1" totalsRowShown="0"`, `ref="A1:${LAST}4" headerRowCount="1" totalsRowCount="1"`));
  bytes = await editPart(bytes, CASES_SHEET, (xml) =>
    xml.replace("</sheetData>", '<row r="4"><c r="A4" t="inlineStr"><is><t>合計</t></is></c><c r="B4"><f>SUBTOTAL(103,列管案件[列管案號])</f><v>2</v></c></row></sheetData>'),
  );
  const { holder, store } = fileStore(bytes);
  expect(unwrap(await store.read()).cases.map((c) => c.caseId)).toEqual(["11001", "11002"]);
  unwrap(await store.update(write({ cases: [caseRow("11003"), caseRow("11004"), caseRow("11005")] })));
  const out = holder.bytes ?? bytes;
  const table = await partText(out, CASES_TABLE);
  expect(table).toContain(`ref="A1:${LAST}7"`);
  expect(table).toContain(`<autoFilter ref="A1:${LAST}6"/>`);
  const xml = await partText(out, CASES_SHEET);
  expect(xml).toContain('<row r="7"><c r="A7" t="inlineStr"><is><t>合計</t></is></c><c r="B7"><f>SUBTOTAL(103,列管案件[列管案號])</f><v>2</v></c></row>');
  expect(unwrap(await store.read()).cases.map((c) => c.caseId)).toEqual(["11001", "11002", "11003", "11004", "11005"]);
});

test("the user's own calculated column gets its formula in new rows", async () => {
  let bytes = await withCases(["11001"]);
  bytes = await editPart(bytes, CASES_TABLE, (xml) =>
    xml
      .replace(`ref="A1:${LAST}2"`, `ref="A1:${NEXT}2"`)
      .replace(`<autoFilter ref="A1:${LAST}2"/>`, `<autoFilter ref="A1:${NEXT}2"/>`)
      .replace(`<tableColumns count="${WIDTH}">`, `<tableColumns count="${WIDTH + 1}">`)
      .replace("</tableColumns>", `<tableColumn id="${WIDTH + 1}" name="剩餘天數"><calculatedColumnFormula>列管案件[[#This Row],[期限]]-TODAY()</calculatedColumnFormula></tableColumn></tableColumns>`),
  );
  bytes = await editPart(bytes, CASES_SHEET, (xml) =>
    xml.replace(/(<row r="1"[^>]*>[\s\S]*?)<\/row>/, `$1<c r="${NEXT}1" t="inlineStr"><is><t>剩餘天數</t></is></c></row>`).replace(/(<row r="2"[^>]*>[\s\S]*?)<\/row>/, `$1<c r="${NEXT}2"><f>列管案件[[#This Row],[期限]]-TODAY()</f></c></row>`),
  );
  const { holder, store } = fileStore(bytes);
  unwrap(await store.update(write({ cases: [caseRow("11002")] })));
  expect(await partText(holder.bytes ?? bytes, CASES_SHEET)).toContain(`<c r="${NEXT}3"><f>列管案件[[#This Row],[期限]]-TODAY()</f></c>`);
});

test("a row the user filtered out stays hidden when its case is updated", async () => {
  let bytes = await withCases(["11001", "11002"]);
  bytes = await editPart(bytes, CASES_SHEET, (xml) => xml.replace('<row r="3"', '<row r="3" hidden="1"'));
  const { holder, store } = fileStore(bytes);
  unwrap(await store.update(write({ cases: [caseRow("11002", { tracking: "closed" })] })));
  const xml = await partText(holder.bytes ?? bytes, CASES_SHEET);
  expect(xml).toMatch(/<row r="3" hidden="1">/);
  expect(unwrap(await store.read()).cases[1]).toMatchObject({ caseId: "11002", tracking: "closed" });
});

test("tables are found by name whatever their sheet is called", async () => {
  const bytes = await editWithExcelJs(await withCases(["11001"]), (workbook) => (sheet(workbook, "列管案件").name = "本處列管"));
  const { store } = fileStore(bytes);
  unwrap(await store.update(write({ cases: [caseRow("11002")] })));
  expect(unwrap(await store.read()).cases.map((c) => c.caseId)).toEqual(["11001", "11002"]);
});
