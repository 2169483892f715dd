// Package structure: where relationship parts live and how their targets resolve.
import { parseRelationships, relsPathOf, resolveTarget } from "../../../src/workbook/xlsx/parts";

test.each([
  ["xl/workbook.xml", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
  ["xl/worksheets/sheet1.xml", "../tables/table1.xml", "xl/tables/table1.xml"],
  ["xl/worksheets/sheet1.xml", "/xl/tables/table2.xml", "xl/tables/table2.xml"],
  ["", "xl/workbook.xml", "xl/workbook.xml"],
  ["xl/workbook.xml", "./styles.xml", "xl/styles.xml"],
])("%s → %s is %s", (from, target, path) => expect(resolveTarget(from, target)).toBe(path));

test("relationships parts sit in _rels beside their part", () => {
  expect(relsPathOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
  expect(relsPathOf("xl/worksheets/sheet2.xml")).toBe("xl/worksheets/_rels/sheet2.xml.rels");
});

test("reads relationships, external targets left as they are", () => {
  const xml =
    '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/a?b=1&amp;c=2" TargetMode="External"/></Relationships>';
  expect(parseRelationships("xl/worksheets/sheet1.xml", xml)).toEqual([
    { id: "rId1", type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table", path: "xl/tables/table1.xml", external: false },
    { id: "rId2", type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", path: "https://example.org/a?b=1&c=2", external: true },
  ]);
});
