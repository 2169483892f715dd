// The domain's refusals that reach a person (a registry of divisions that contradicts itself, a due-soon
// day count), made by the real rules and worded in both languages; and the workbook's registry problem
// nesting the rule's own problem in the same language.
import { createDivisionRegistry, failureMessage, statusSettings, type Division, type Failure } from "../../src/domain";
import { problem, renderProblem } from "../../src/problems";

const failureOf = (result: { ok: true } | Failure): Failure => {
  if (result.ok) throw new Error("expected a failure");
  return result;
};
const CJK = /[\u3400-\u9fff]/u;

describe("a registry of divisions that contradicts itself", () => {
  test.each<[string, Division[], string, string]>([
    ["a blank name", [{ name: "總務組", aliases: [] }, { name: "  ", aliases: [] }], "第 2 個組室的名稱是空白：每個組室都需要名稱", "division 2 has a blank name: every division needs one"],
    ["a blank alias", [{ name: "總務組", aliases: [""] }], "組室「總務組」有空白的別名", "the division “總務組” has a blank alias"],
    [
      "one alias for two divisions",
      [
        { name: "國際事務組", aliases: ["國務組"] },
        { name: "國家事務組", aliases: ["國務組"] },
      ],
      "名稱「國務組」重複：「國際事務組」與「國家事務組」都使用這個名稱或別名",
      "the name “國務組” is used twice: “國際事務組” and “國家事務組” both have it as a name or an alias",
    ],
  ])("%s", (_name, divisions, zh, en) => {
    const failure = failureOf(createDivisionRegistry(divisions));
    expect(failure.error).toBe(zh);
    expect(failureMessage(failure, "en")).toBe(en);
    expect(en.replace(/“[^”]*”/gu, "")).not.toMatch(CJK);
  });

  test("the workbook's 組室 table names the rule's problem in the same language", () => {
    const cause = failureOf(createDivisionRegistry([{ name: "總務組", aliases: [""] }])).problem;
    if (cause === undefined) throw new Error("expected a problem");
    const found = problem("workbook.registryInvalid", { cause });
    expect(renderProblem(found, "zh-TW")).toBe("活頁簿的「組室」表格有誤：組室「總務組」有空白的別名");
    expect(renderProblem(found, "en")).toBe("the workbook's 組室 table is wrong: the division “總務組” has a blank alias");
  });
});

describe("the days counted as due soon", () => {
  test.each<[unknown, string, string]>([
    [-1, "即將到期天數「-1」不正確：應為 0 以上的整數", "the days counted as due soon, “-1”, are wrong: use a whole number 0 or more"],
    ["七", "即將到期天數「七」不正確：應為 0 以上的整數", "the days counted as due soon, “七”, are wrong: use a whole number 0 or more"],
  ])("%j", (dueSoonDays, zh, en) => {
    const failure = failureOf(statusSettings({ dueSoonDays }));
    expect(failure.error).toBe(zh);
    expect(failureMessage(failure, "en")).toBe(en);
  });
});
