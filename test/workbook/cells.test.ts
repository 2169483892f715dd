// Tests for the sheet codec's owner cells: a case's lead and supporting lists become one text joined with
// 、 (the form 組室總覽's formulas search and every earlier workbook holds) and read back as the same lists,
// whatever separators a person typed; 組室's aliases follow the same rule.
import { caseFromCells, caseToCells, divisionFromCells, divisionToCells, ownersFromCell, ownersToCell, type CellValue } from "../../src/workbook/cells";
import { emptyCase, type CaseRow } from "../../src/workbook/model";
import { unwrap } from "../domain/support";

const ZONE = "Asia/Taipei";

describe("owner cells: lists ⇄ the sheet's text", () => {
  test.each<[string[], string]>([
    [["總務組"], "總務組"],
    [["國際事務組", "媒體事務組"], "國際事務組、媒體事務組"],
    [["各組室", "市政大樓公共事務管理中心"], "各組室、市政大樓公共事務管理中心"],
    [[], ""],
  ])("%j is written as %j and read back", (names, text) => {
    expect(ownersToCell(names)).toBe(text);
    expect(ownersFromCell(text)).toEqual(names);
  });

  test.each<[CellValue | undefined, string[]]>([
    ["總務組,文書組", ["總務組", "文書組"]],
    [" 資訊室， 人事室；會計室 ", ["資訊室", "人事室", "會計室"]],
    ["總務組　文書組", ["總務組", "文書組"]],
    ["", []],
    [null, []],
    [undefined, []],
  ])("a cell a person typed, %j, reads as %j", (cell, names) => {
    expect(ownersFromCell(cell)).toEqual(names);
  });
});

describe("a case row through the codec", () => {
  const row: CaseRow = { ...emptyCase("11102"), meeting: 111, lead: ["國際事務組"], supporting: ["媒體事務組", "資訊室"], text: "請國務組會同媒事組辦理" };

  test("the owner cells hold text and the row reads back equal", () => {
    const cells = caseToCells(row, ZONE);
    expect([cells.lead, cells.supporting]).toEqual(["國際事務組", "媒體事務組、資訊室"]);
    expect(unwrap(caseFromCells(cells, 2, ZONE))).toEqual(row);
  });

  test("owner cells typed with commas read as the lists", () => {
    const read = unwrap(caseFromCells({ ...caseToCells(row, ZONE), lead: " 國際事務組 ", supporting: "媒體事務組，資訊室" }, 2, ZONE));
    expect([read.lead, read.supporting]).toEqual([["國際事務組"], ["媒體事務組", "資訊室"]]);
  });
});

describe("組室's aliases: one cell, the owner cells' separators", () => {
  test.each<[string, string[]]>([
    ["國務組", ["國務組"]],
    ["公管中心、市府大樓管理中心", ["公管中心", "市府大樓管理中心"]],
    ["公管中心, 市府大樓管理中心；大樓中心", ["公管中心", "市府大樓管理中心", "大樓中心"]],
    ["", []],
  ])("%j → %j", (cell, aliases) => {
    expect(divisionFromCells({ name: "市政大樓公共事務管理中心", aliases: cell })).toEqual({ name: "市政大樓公共事務管理中心", aliases });
  });

  test("written with 、 and read back", () => {
    const division = { name: "國際事務組", aliases: ["國務組", "國際組"], email: "intl@example.gov.tw" };
    expect(divisionToCells(division)).toEqual({ name: "國際事務組", aliases: "國務組、國際組", email: "intl@example.gov.tw" });
    expect(divisionFromCells(divisionToCells(division))).toEqual(division);
  });
});
