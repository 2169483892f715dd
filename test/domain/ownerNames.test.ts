// Tests for an owner list's one text form: what the sheet's cells and people type, read into a list and back.
import { joinOwnerNames, sameNameList, sameOwnerNames, splitOwnerNames } from "../../src/domain/ownerNames";

describe("splitOwnerNames reads the separators the sheet and people use", () => {
  test.each<[string, string[]]>([
    ["總務組", ["總務組"]],
    ["總務組、文書組", ["總務組", "文書組"]],
    ["總務組，文書組; 資訊室", ["總務組", "文書組", "資訊室"]],
    ["總務組,文書組；資訊室", ["總務組", "文書組", "資訊室"]],
    ["  總務組　文書組 ", ["總務組", "文書組"]],
    ["總務組、、文書組、", ["總務組", "文書組"]],
    ["", []],
    [" 、 ", []],
  ])("%j", (text, expected) => {
    expect(splitOwnerNames(text)).toEqual(expected);
  });
});

describe("joinOwnerNames writes the sheet's form, and reads back as the same list", () => {
  test.each<[string[], string]>([
    [["總務組"], "總務組"],
    [["國際事務組", "媒體事務組"], "國際事務組、媒體事務組"],
    [["各組室", "公管中心", "新工處"], "各組室、公管中心、新工處"],
    [[], ""],
  ])("%j → %j", (names, text) => {
    expect(joinOwnerNames(names)).toBe(text);
    expect(splitOwnerNames(joinOwnerNames(names))).toEqual(names);
  });
});

describe("sameOwnerNames: the same units in the same order, whatever the separators", () => {
  test.each<[string, string, boolean]>([
    ["總務組,文書組", "總務組、文書組", true],
    [" 總務組 ", "總務組", true],
    ["總務組　文書組", "總務組、文書組", true],
    ["文書組、總務組", "總務組、文書組", false],
    ["總務組", "總務組、文書組", false],
    ["", "  ", true],
  ])("%j ~ %j → %s", (a, b, same) => {
    expect(sameOwnerNames(a, b)).toBe(same);
  });

  test("sameNameList compares lists name by name", () => {
    expect(sameNameList(["國務組", "公管中心"], ["國務組", "公管中心"])).toBe(true);
    expect(sameNameList(["國務組"], ["國務組", "公管中心"])).toBe(false);
    expect(sameNameList([], [])).toBe(true);
  });
});
