// The 總覽 tab's figures: per division by the membership rule (lead, supporting, 各組室), counted with computeStatus.
import { chartBars, divisionCounts, totals } from "../../src/taskpane/tabs/overview/counts";
import { divisionLookup } from "../../src/domain";
import { caseRow, d, workbook } from "./support";

const AS_OF = d("2022-05-01");

describe("divisionCounts", () => {
  const data = workbook([
    caseRow("11001", { lead: ["總務組"], dueDate: d("2022-04-29") }), // overdue
    caseRow("11002", { lead: ["總務組"], dueDate: d("2022-05-03") }), // due soon
    caseRow("11003", { lead: ["總務組"], tracking: "closed" }), // closed
    caseRow("11004", { lead: ["文書組", "總務組"] }), // no deadline, two leads
    caseRow("11005", { lead: ["各組室"], supporting: ["資訊室"], tracking: "self-tracked" }),
    caseRow("11006", { lead: [] }),
    caseRow("11007", { lead: ["新工處"], dueDate: d("2020-01-01") }), // outside the registry, overdue
  ]);
  const lookup = divisionLookup(data.divisions);
  const counts = divisionCounts(data, lookup, AS_OF);
  const of = (name: string) => counts.find((c) => c.division === name);

  test.each<[string, { open: number; overdue: number; dueSoon: number; closed: number }]>([
    ["總務組", { open: 3, overdue: 1, dueSoon: 1, closed: 2 }], // 11005 via 各組室
    ["文書組", { open: 1, overdue: 0, dueSoon: 0, closed: 1 }],
    ["機要組", { open: 0, overdue: 0, dueSoon: 0, closed: 1 }],
    ["資訊室", { open: 0, overdue: 0, dueSoon: 0, closed: 1 }], // supporting and 各組室: counted once
    ["新工處", { open: 1, overdue: 1, dueSoon: 0, closed: 0 }],
  ])("%s", (division, expected) => {
    expect(of(division)).toEqual({ division, ...expected });
  });

  test("every registry division in registry order, then outside units; no row for 各組室 or an empty lead", () => {
    expect(counts.slice(0, data.divisions.length).map((c) => c.division)).toEqual(data.divisions.map((x) => x.name));
    expect(counts.slice(data.divisions.length).map((c) => c.division)).toEqual(["新工處"]);
  });

  test("totals add the rows (a case counts once per division it belongs to)", () => {
    expect(totals(counts)).toEqual({ open: 5, overdue: 2, dueSoon: 1, closed: 1 + data.divisions.length });
  });

  test("due-soon days from 設定", () => {
    const zero = divisionCounts({ ...data, settings: { ...data.settings, dueSoonDays: 0 } }, lookup, AS_OF);
    expect(zero.find((c) => c.division === "總務組")?.dueSoon).toBe(0);
  });
});

test("chartBars: open divisions only, most first, limited", () => {
  const row = (division: string, open: number) => ({ division, open, overdue: 0, dueSoon: 0, closed: 0 });
  const counts = [row("A", 1), row("B", 0), row("C", 3), row("D", 1)];
  expect(chartBars(counts).map((c) => c.division)).toEqual(["C", "A", "D"]);
  expect(chartBars(counts, 2).map((c) => c.division)).toEqual(["C", "A"]);
});
