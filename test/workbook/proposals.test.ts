import { DEFAULT_DIVISIONS, ok, type IsoDate } from "../../src/domain";
import { emptyCase, emptyWorkbook, NO_CHANGES, type CaseRow, type WorkbookChanges, type WorkbookData } from "../../src/workbook/model";
import { applyChanges } from "../../src/workbook/mergeChanges";
import type { ProposalInput } from "../../src/report";
import { casesAwaitingEntry, entriesFromHistory, planProposal } from "../../src/workbook/proposals";
import { BytesInMemory, FileStore } from "../../src/workbook/xlsx/fileStore";

const d = (s: string): IsoDate => s as IsoDate;

function mergeChangesForTest(data: WorkbookData, changes: WorkbookChanges): WorkbookData {
  const merged = applyChanges(data, changes);
  if (!merged.ok) throw new Error(merged.error);
  return merged.value;
}
const ctx = { now: "2022-05-02T01:00:00.000Z", by: "文書組承辦人" };
const later = { now: "2022-05-03T01:00:00.000Z", by: "文書組承辦人" };

const caseOf = (caseId: string, extra: Partial<CaseRow> = {}): CaseRow => ({ ...emptyCase(caseId), meeting: Number(caseId.slice(0, -2)), lead: ["文書組"], ...extra });

function workbook(): WorkbookData {
  return {
    ...emptyWorkbook(),
    cases: [
      caseOf("11101", { supporting: ["資訊室"] }),
      caseOf("11002", { lead: ["總務組"], tracking: "continued" }),
      caseOf("11003", { tracking: "closed", closedBy: 111 }),
      caseOf("11104", { lead: ["各組室"] }),
    ],
  };
}

const input = (extra: Partial<ProposalInput> = {}): ProposalInput => ({
  caseId: "11101",
  meeting: 112,
  division: "文書組",
  progress: "已完成第一階段",
  proposal: "continue",
  proposedDue: d("2022-06-30"),
  ...extra,
});

describe("planProposal", () => {
  it("appends a 填報 history row for the meeting and makes the note the case's 最新辦理情形", () => {
    const planned = planProposal(input(), ctx)(workbook());
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    const { changes } = planned.value;
    expect(changes.history).toEqual([
      { caseId: "11101", meeting: 112, date: "2022-05-02", event: "proposal", detail: "【文書組】擬辦：建議賡續列管（新期限 2022-06-30）；辦理情形：已完成第一階段", by: ctx.by, at: ctx.now },
    ]);
    expect(changes.cases.map((c) => [c.caseId, c.progress])).toEqual([["11101", "已完成第一階段"]]);
  });

  it("a later entry of the same division and meeting replaces the earlier one; the history keeps both", () => {
    let data = workbook();
    for (const [progress, when] of [["初稿", ctx], ["定稿", later]] as const) {
      const planned = planProposal(input({ progress }), when)(data);
      if (!planned.ok) throw new Error(planned.error);
      data = mergeChangesForTest(data, planned.value.changes);
    }
    const { entries } = entriesFromHistory(data.history);
    expect(entries.map((e) => e.progress)).toEqual(["初稿", "定稿"]);
    expect(casesAwaitingEntry(data, "文書組", 112).map((c) => c.caseId)).toEqual(["11104"]);
  });

  it("the same entry again writes nothing", () => {
    const first = planProposal(input(), ctx)(workbook());
    if (!first.ok) throw new Error(first.error);
    const data = mergeChangesForTest(workbook(), first.value.changes);
    const again = planProposal(input(), later)(data);
    expect(again).toEqual(ok({ changes: NO_CHANGES, result: expect.objectContaining({ progress: "已完成第一階段" }) as unknown }));
  });

  it("an alias is stored under the registry's name", () => {
    const planned = planProposal(input({ caseId: "11104", division: "國務組", proposal: null, proposedDue: null }), ctx)(workbook());
    if (!planned.ok) throw new Error(planned.error);
    expect(planned.value.result.division).toBe("國際事務組");
  });

  it.each([
    [{ caseId: "99999" }, "找不到列管案號 99999"],
    [{ caseId: "11003" }, "已解除列管"],
    [{ meeting: 111 }, "只能向之後的會議填報"],
    [{ meeting: 0 }, "會議次別應為正整數"],
    [{ division: "" }, "沒有組室"],
    [{ division: "總務組" }, "不是「總務組」的案件"],
    [{ progress: "  " }, "辦理情形是空白"],
    [{ proposal: "close", proposedDue: d("2022-06-30") }, "只有建議賡續列管可以附新期限"],
    [{ proposedDue: "明天" as IsoDate }, "不是有效的日期"],
  ] as const)("refuses %j", (extra, message) => {
    const planned = planProposal(input(extra), ctx)(workbook());
    expect(planned.ok).toBe(false);
    if (!planned.ok) expect(planned.error).toContain(message);
  });
});

describe("the 本次填報 list", () => {
  it("lists the division's tracked cases without its entry for the meeting (lead, supporting, 各組室)", () => {
    expect(casesAwaitingEntry(workbook(), "資訊室", 112).map((c) => c.caseId)).toEqual(["11101", "11104"]);
    expect(casesAwaitingEntry(workbook(), "總務組", 112).map((c) => c.caseId)).toEqual(["11002", "11104"]);
  });
});

describe("the file store keeps the entries", () => {
  it("reads back what it wrote, in a new workbook file", async () => {
    const bytes = new BytesInMemory();
    const store = new FileStore(bytes, "列管.xlsx");
    const seeded = await store.update(() => ok({ changes: { meetings: [], cases: workbook().cases, history: [], divisions: DEFAULT_DIVISIONS }, result: true }));
    expect(seeded.ok).toBe(true);
    const wrote = await store.update(planProposal(input(), ctx));
    expect(wrote.ok).toBe(true);
    const reread = await new FileStore(new BytesInMemory(bytes.bytes), "列管.xlsx").read();
    if (!reread.ok) throw new Error(reread.error);
    const { entries, unreadable } = entriesFromHistory(reread.value.history);
    expect(unreadable).toEqual([]);
    expect(entries).toEqual([{ caseId: "11101", meeting: 112, division: "文書組", progress: "已完成第一階段", proposal: "continue", proposedDue: "2022-06-30", by: ctx.by, at: ctx.now }]);
  });
});
