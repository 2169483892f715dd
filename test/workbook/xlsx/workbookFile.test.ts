// Saving edits: Excel is told to recalculate on open, and its calculation chain is dropped with every
// reference to it, so it is rebuilt from the formulas the file now holds.
import JSZip from "jszip";
import { unwrap } from "../../domain/support";
import { caseRow, editPart, fileStore, partsOf, write } from "./support";

test("a write drops calcChain.xml and asks for a full calculation on load", async () => {
  const { holder, store } = fileStore();
  unwrap(await store.update(write({ cases: [caseRow("11001")] })));
  let bytes = holder.bytes ?? new Uint8Array();
  // As Excel saves it: a calculation chain, its relationship and its content type.
  const zip = await JSZip.loadAsync(bytes);
  zip.file("xl/calcChain.xml", '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="N2" i="2"/></calcChain>');
  bytes = await zip.generateAsync({ type: "uint8array" });
  bytes = await editPart(bytes, "xl/_rels/workbook.xml.rels", (xml) =>
    xml.replace("</Relationships>", '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'),
  );
  bytes = await editPart(bytes, "[Content_Types].xml", (xml) =>
    xml.replace("</Types>", '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'),
  );
  bytes = await editPart(bytes, "xl/workbook.xml", (xml) => xml.replace(/<calcPr[^>]*\/>/, '<calcPr calcId="191029"/>'));

  const edited = fileStore(bytes);
  unwrap(await edited.store.update(write({ cases: [caseRow("11002")] })));
  const parts = await partsOf(edited.holder.bytes ?? new Uint8Array());
  expect(parts.has("xl/calcChain.xml")).toBe(false);
  expect(parts.get("xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
  expect(parts.get("[Content_Types].xml")).not.toContain("calcChain");
  expect(parts.get("xl/workbook.xml")).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
});

test("a workbook without calcPr gets one after definedNames", async () => {
  const { holder, store } = fileStore();
  unwrap(await store.update(write({ cases: [caseRow("11001")] })));
  const bytes = await editPart(holder.bytes ?? new Uint8Array(), "xl/workbook.xml", (xml) => xml.replace(/<calcPr[^>]*\/>/, ""));
  const edited = fileStore(bytes);
  unwrap(await edited.store.update(write({ cases: [caseRow("11002")] })));
  expect((await partsOf(edited.holder.bytes ?? new Uint8Array())).get("xl/workbook.xml")).toMatch(/<\/sheets><calcPr fullCalcOnLoad="1"\/><\/workbook>$/);
});

test("parts the store does not edit stay byte for byte: other sheets, and parts it does not know", async () => {
  const { holder, store } = fileStore();
  unwrap(await store.update(write({ cases: [caseRow("11001")] })));
  const zip = await JSZip.loadAsync(holder.bytes ?? new Uint8Array());
  // A chief's sheet view, as Excel keeps it: a part this store has never heard of.
  zip.file("xl/namedSheetViews/namedSheetView1.xml", '<namedSheetViews xmlns="http://schemas.microsoft.com/office/spreadsheetml/2019/namedsheetviews"><namedSheetView name="總務組"/></namedSheetViews>');
  const before = await zip.generateAsync({ type: "uint8array" });
  const edited = fileStore(before);
  unwrap(await edited.store.update(write({ cases: [caseRow("11002")] })));
  const [was, is] = [await partsOf(before), await partsOf(edited.holder.bytes ?? new Uint8Array())];
  const changed = [...was.keys()].filter((path) => was.get(path) !== is.get(path)).sort();
  // workbook.xml already asks for a full calculation on load (the first write set it).
  expect(changed).toEqual(["xl/tables/table2.xml", "xl/worksheets/sheet2.xml"]);
  expect([...is.keys()].sort()).toEqual([...was.keys()].sort());
});
