// Tests for who a case belongs to: lead, supporting, collective assignees and units outside the registry.
import {
  ownersFrom,
  belongsTo,
  caseDivisions,
  divisionLookup,
  exactNameLookup,
  membershipUnits,
  unregisteredUnits,
  type CaseOwners,
} from "../../src/domain/caseMembership";
import { DEFAULT_DIVISIONS } from "../../src/domain/divisions";

const registry = divisionLookup(DEFAULT_DIVISIONS);
const ALL = DEFAULT_DIVISIONS.map((d) => d.name);

describe("caseDivisions: lead, supporting, collective words and other units", () => {
  test.each<[string, CaseOwners, string[]]>([
    ["lead only", { lead: ["總務組"], supporting: [] }, ["總務組"]],
    ["lead and supporting, in registry order", { lead: ["資訊室"], supporting: ["總務組"] }, ["總務組", "資訊室"]],
    ["an alias counts for its division", { lead: ["國務組"], supporting: ["公管中心"] }, ["國際事務組", "市政大樓公共事務管理中心"]],
    ["a division named twice counts once", { lead: ["總務組"], supporting: ["總務組"] }, ["總務組"]],
    ["各組室 is every registry division", { lead: ["各組室"], supporting: [] }, ALL],
    ["各組 as supporting too", { lead: ["資訊室"], supporting: ["各組"] }, ALL],
    ["各科室, 各單位 are collective", { lead: ["各科室", "各單位"], supporting: [] }, ALL],
    ["a unit outside the registry under its own name", { lead: ["新工處"], supporting: ["總務組"] }, ["總務組", "新工處"]],
    ["collective plus an outside unit", { lead: ["各組室"], supporting: ["新工處"] }, [...ALL, "新工處"]],
    ["no owners", { lead: [], supporting: [] }, []],
  ])("%s", (_rule, owners, expected) => {
    expect(caseDivisions(owners, registry)).toEqual(expected);
  });
});

describe("belongsTo answers for one division, by name or alias", () => {
  test.each<[string, CaseOwners, string, boolean]>([
    ["lead", { lead: ["總務組"], supporting: [] }, "總務組", true],
    ["supporting", { lead: ["文書組"], supporting: ["總務組"] }, "總務組", true],
    ["collective", { lead: ["各組室"], supporting: [] }, "總務組", true],
    ["asked by alias", { lead: ["國際事務組"], supporting: [] }, "國務組", true],
    ["another division", { lead: ["文書組"], supporting: [] }, "總務組", false],
    ["a longer name containing it is not it", { lead: ["總務組組長室"], supporting: [] }, "總務組", false],
    ["collective words do not reach outside units", { lead: ["各組室"], supporting: [] }, "新工處", false],
    ["an outside unit by its own name", { lead: ["新工處"], supporting: [] }, "新工處", true],
  ])("%s", (_rule, owners, division, expected) => {
    expect(belongsTo(owners, division, registry)).toBe(expected);
  });
});

test("unregisteredUnits: neither registry names, aliases nor collective words, first seen first", () => {
  const cases = [
    { lead: ["新工處"], supporting: ["總務組"] },
    { lead: ["各組室"], supporting: ["公管中心", "養工處"] },
    { lead: ["養工處"], supporting: ["新工處"] },
  ];
  expect(unregisteredUnits(cases, registry)).toEqual(["新工處", "養工處"]);
  expect(membershipUnits(cases, registry)).toEqual([...ALL, "新工處", "養工處"]);
});

test("a registry that does not validate still matches exact names", () => {
  const lookup = divisionLookup([
    { name: "總務組", aliases: ["甲"] },
    { name: "文書組", aliases: ["甲"] },
  ]);
  expect(caseDivisions({ lead: ["總務組"], supporting: ["甲"] }, lookup)).toEqual(["總務組", "甲"]);
  expect(exactNameLookup([{ name: " 總務組 " }]).normalize("總務組")).toBe("總務組");
});

test.each([
  ["no supporting unit: all lead", ["資訊室", "政風室"], [], { lead: ["資訊室", "政風室"], supporting: [] }],
  ["會同 a unit: it supports, the rest lead in order", ["總務組", "資訊室", "政風室"], ["資訊室"], { lead: ["總務組", "政風室"], supporting: ["資訊室"] }],
  ["only supporting units named: no lead", ["政風室"], ["政風室"], { lead: [], supporting: ["政風室"] }],
  ["nothing named", [], [], { lead: [], supporting: [] }],
])("ownersFrom: %s", (_name, divisions, supporting, owners) => {
  expect(ownersFrom({ divisions, supporting })).toEqual(owners);
});
