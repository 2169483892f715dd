// The domain's refusals that reach a person (a registry of divisions that contradicts itself, a due-soon
// day count), made by the real rules and worded in both languages; the workbook's registry problem
// nesting the rule's own problem in the same language; and a division's 填報 refused, in both languages.
import { createDivisionRegistry, failureMessage, statusSettings, type Division, type Failure } from "../../src/domain";
import { problem, renderProblem, type Problem } from "../../src/problems";

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

describe("a 填報 refused, in both languages", () => {
  test.each<[Problem, string, string]>([
    [problem("proposal.meetingInvalid", { text: "0" }), "填報的會議次別應為正整數，卻是「0」", "the meeting an entry reports to must be a positive whole number, not “0”"],
    [problem("proposal.noDivision", { caseId: "11104" }), "列管案號 11104 的填報沒有組室：請選擇填報的組室", "the entry for case 11104 names no division: choose the division reporting"],
    [problem("proposal.divisionBrackets", { division: "【總務組】" }), "組室名稱「【總務組】」不可含有【】", "the division's name “【總務組】” cannot hold 【 or 】"],
    [problem("proposal.caseClosed", { caseId: "11003", tracking: "closed" }), "列管案號 11003 已解除列管，不需要再填報", "case 11003 is closed (解除列管): it needs no more entries"],
    [problem("proposal.tooEarly", { caseId: "11104", caseMeeting: 111, meeting: 111 }), "列管案號 11104 是第 111 次會議的案件，只能向之後的會議填報（不是第 111 次）", "case 11104 comes from meeting 111: entries can only report to a later meeting (not meeting 111)"],
    [
      problem("proposal.notDivisionsCase", { caseId: "11101", lead: ["資訊室"], supporting: ["政風室", "會計室"], division: "總務組" }),
      "列管案號 11101 由「資訊室」主辦、「政風室、會計室」協辦，不是「總務組」的案件",
      "case 11101 is led by “資訊室” with “政風室”, “會計室” supporting: it is not a case of “總務組”",
    ],
    [problem("proposal.notDivisionsCase", { caseId: "11101", lead: [], supporting: [], division: "總務組" }), "列管案號 11101 由「（未指定）」主辦，不是「總務組」的案件", "case 11101 is led by no division yet: it is not a case of “總務組”"],
    [problem("proposal.kindInvalid", { kind: "maybe" }), "擬辦「maybe」不是 建議解除列管、建議賡續列管、建議自行列管 之一", "the proposal “maybe” is not one of: propose closing, propose continuing, propose self-tracking"],
    [problem("proposal.dueNeedsContinue", {}), "只有建議賡續列管可以附新期限", "only a proposal to continue tracking can carry a new deadline"],
    [problem("proposal.dueInvalid", { text: "明天" }), "新期限「明天」不是有效的日期", "the new deadline “明天” is not a valid date"],
  ])("%j", (found, zh, en) => {
    expect(renderProblem(found, "zh-TW")).toBe(zh);
    expect(renderProblem(found, "en")).toBe(en);
    expect(en.replace(/“[^”]*”|\([^)]*\)|【|】/gu, "")).not.toMatch(CJK);
  });
});
