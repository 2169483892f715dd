// The import review: the parsed sample minutes as editable rows, and the record rebuilt from the edits
// applied to a workbook the way the pane writes it (planMeeting, as applyMeeting does).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_DIVISIONS, createDivisionRegistry } from "../../src/domain";
import { parseMinutes, type MeetingRecord } from "../../src/minutes";
import { recordFromReview, reviewItems, updateItem } from "../../src/taskpane/tabs/import/review";
import { planMeeting } from "../../src/workbook/applyMeeting";
import { emptyWorkbook } from "../../src/workbook/model";

const registry = createDivisionRegistry(DEFAULT_DIVISIONS);
if (!registry.ok) throw new Error(registry.error);
const parsed = parseMinutes(readFileSync(join(__dirname, "../fixtures/secretariat-110.txt"), "utf8"), { registry: registry.value });
if (!parsed.ok) throw new Error(parsed.error);
const record: MeetingRecord = parsed.value;
const ctx = { now: "2022-03-18T01:00:00.000Z", by: "秘書", sourceHash: "x" };

function built(items = reviewItems(record)): MeetingRecord {
  const outcome = recordFromReview(record, items);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
  return outcome.record;
}

describe("reviewItems", () => {
  const items = reviewItems(record);

  test("one row per item, all included, due dates as the parser read them", () => {
    expect(items.map((i) => i.caseId)).toEqual(record.items.map((i) => i.caseId));
    expect(items.every((i) => i.include)).toBe(true);
    expect(items.map((i) => i.due)).toEqual(record.items.map((i) => i.dueDate ?? ""));
  });

  test("lead and supporting divisions are split apart", () => {
    for (const [index, item] of record.items.entries()) {
      const row = items[index];
      expect(row?.supporting).toBe(item.supporting.join("、"));
      expect(row?.lead).toBe(item.divisions.filter((x) => !item.supporting.includes(x)).join("、"));
    }
  });
});

describe("recordFromReview", () => {
  test("unchanged review gives the parser's record back", () => {
    expect(built()).toEqual(record);
  });

  test("an excluded item is left out and the others keep their ids", () => {
    const items = updateItem(reviewItems(record), "11002", { include: false });
    const ids = built(items).items.map((i) => i.caseId);
    expect(ids).not.toContain("11002");
    expect(ids).toContain("11003");
    expect(ids).toHaveLength(record.items.length - 1);
  });

  test.each<[string, { lead: string; supporting: string }, { divisions: string[]; supporting: string[] }]>([
    ["a new lead", { lead: "文書組", supporting: "" }, { divisions: ["文書組"], supporting: [] }],
    ["lead and supporting, any separator", { lead: "文書組, 總務組", supporting: "資訊室；人事室" }, { divisions: ["文書組", "總務組", "資訊室", "人事室"], supporting: ["資訊室", "人事室"] }],
    ["a unit typed in both leads", { lead: "總務組", supporting: "總務組、資訊室" }, { divisions: ["總務組", "資訊室"], supporting: ["資訊室"] }],
    ["no divisions", { lead: " ", supporting: "" }, { divisions: [], supporting: [] }],
  ])("edited divisions: %s", (_name, edit, expected) => {
    const item = built(updateItem(reviewItems(record), "11001", edit)).items.find((i) => i.caseId === "11001");
    expect(item).toEqual(expect.objectContaining(expected));
  });

  test("an edited due date replaces the parsed one; the original wording stays", () => {
    const original = record.items.find((i) => i.caseId === "11001");
    const item = built(updateItem(reviewItems(record), "11001", { due: "2022-12-31" })).items.find((i) => i.caseId === "11001");
    expect(item?.dueDate).toBe("2022-12-31");
    expect(item?.dueText).toBe(original?.dueText);
  });

  test("an emptied due date means no deadline", () => {
    const items = reviewItems(record).map((i) => ({ ...i, due: "" }));
    expect(built(items).items.every((i) => i.dueDate === null)).toBe(true);
  });

  test.each(["2022-02-30", "明天", "2022/12/31"])("a bad due date (%s) is refused, naming the case", (due) => {
    expect(recordFromReview(record, updateItem(reviewItems(record), "11003", { due }))).toEqual({ ok: false, problem: { kind: "bad-due", caseId: "11003", text: due } });
  });

  test("minutes without a meeting number cannot be written", () => {
    const noNumber = { ...record, meeting: { ...record.meeting, number: null } };
    expect(recordFromReview(noNumber, reviewItems(noNumber))).toEqual({ ok: false, problem: { kind: "no-meeting-number" } });
  });

  test("the edits are what the workbook gets", () => {
    let items = updateItem(reviewItems(record), "11009", { include: false });
    items = updateItem(items, "11001", { lead: "總務組", supporting: "資訊室", due: "2022-06-30" });
    const planned = planMeeting(emptyWorkbook(), built(items), ctx);
    if (!planned.ok) throw new Error(planned.error);
    const cases = new Map(planned.value.changes.cases.map((c) => [c.caseId, c]));
    expect(planned.value.result.newCases).toHaveLength(record.items.length - 1);
    expect(cases.has("11009")).toBe(false);
    expect(cases.get("11001")).toEqual(expect.objectContaining({ lead: "總務組", supporting: "資訊室", dueDate: "2022-06-30" }));
  });
});
