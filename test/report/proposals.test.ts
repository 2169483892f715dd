// Tests for a division's 填報 as text: the 辦理歷程 內容 it is kept as (written and read back) and the
// report's 擬辦 wording, which share one rule for a proposal's new deadline.
import { describeProposal, parseProposalDetail, proposalDetail, type ProgressEntry } from "../../src/report";
import type { IsoDate } from "../../src/domain";

const d = (s: string): IsoDate => s as IsoDate;

describe("the 填報 row's 內容", () => {
  it.each([
    [{ division: "文書組", progress: "已完成", proposal: "close", proposedDue: null }, "【文書組】擬辦：建議解除列管；辦理情形：已完成"],
    [{ division: "文書組", progress: "第一行\n第二行；辦理情形：引號", proposal: "continue", proposedDue: d("2022-06-30") }, "【文書組】擬辦：建議賡續列管（新期限 2022-06-30）；辦理情形：第一行\n第二行；辦理情形：引號"],
    [{ division: "人事室", progress: "持續辦理", proposal: null, proposedDue: null }, "【人事室】擬辦：無；辦理情形：持續辦理"],
  ] as const)("%j ⇄ %s", (entry, text) => {
    expect(proposalDetail(entry)).toBe(text);
    expect(parseProposalDetail(text)).toEqual(entry);
  });

  it.each(["已完成", "【文書組】擬辦：同意；辦理情形：x", "【文書組】擬辦：建議賡續列管（新期限 2022-02-30）；辦理情形：x"])("%s is not a 填報 the report can read", (text) => {
    expect(parseProposalDetail(text)).toBeNull();
  });
});

describe("describeProposal: the report's 擬辦 column", () => {
  const roc = (date: IsoDate) => `民國${Number(date.slice(0, 4)) - 1911}年`;
  it.each<[Pick<ProgressEntry, "proposal" | "proposedDue">, string]>([
    [{ proposal: null, proposedDue: null }, ""],
    [{ proposal: "close", proposedDue: null }, "建議解除列管"],
    [{ proposal: "continue", proposedDue: null }, "建議賡續列管"],
    [{ proposal: "continue", proposedDue: d("2022-06-30") }, "建議賡續列管（新期限 民國111年）"],
    // only 建議賡續列管 moves a deadline: a date beside another proposal is not shown
    [{ proposal: "self-track", proposedDue: d("2022-06-30") }, "建議自行列管"],
  ])("%j → %s", (entry, text) => {
    expect(describeProposal(entry, roc)).toBe(text);
  });

  it("says what the 內容 says, with the date as the report prints it", () => {
    const entry = { division: "文書組", progress: "辦理中", proposal: "continue", proposedDue: d("2022-06-30") } as const;
    expect(proposalDetail(entry)).toContain(`擬辦：${describeProposal(entry, (date) => date)}；`);
  });
});
