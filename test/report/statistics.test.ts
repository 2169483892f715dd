import { computeStatus } from "../../src/domain";
import { computeStatistics, formatRate, median, TOTAL_LABEL } from "../../src/report";
import { caseRow, cases, d, meetings } from "./fixtures";

const asOf = d("2022-05-01");

describe("median", () => {
  it.each([
    [[], null],
    [[5], 5],
    [[9, 1, 5], 5],
    [[1, 2, 3, 4], 2.5],
  ])("%j → %s", (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe("formatRate", () => {
  it.each([
    [null, "—"],
    [0, "0.0%"],
    [2 / 3, "66.7%"],
    [1, "100.0%"],
  ])("%s → %s", (rate, text) => {
    expect(formatRate(rate)).toBe(text);
  });
});

describe("管考 statistics", () => {
  const stats = computeStatistics(cases, meetings, { asOf, dueSoonDays: 7, divisionOrder: ["總務組", "文書組"] });

  it("counts each case once in the total, by ruling", () => {
    expect(stats.total).toMatchObject({ division: TOTAL_LABEL, tracked: 8, open: 3, continued: 2, closed: 2, selfTracked: 1 });
    expect(stats.total.closureRate).toBeCloseTo(3 / 8);
  });

  it("overdue and due soon are what computeStatus says", () => {
    const count = (status: string) => cases.filter((c) => computeStatus(c, asOf, { dueSoonDays: 7 }).status === status).length;
    expect(stats.total.overdue).toBe(count("overdue"));
    expect(stats.total.dueSoon).toBe(count("due-soon"));
    expect([stats.total.overdue, stats.total.dueSoon]).toEqual([1, 1]);
  });

  it("groups by lead division in the registry's order, then by name", () => {
    expect(stats.byDivision.map((s) => s.division)).toEqual(["總務組", "文書組", "人事室", "各組室"]);
    expect(stats.byDivision.find((s) => s.division === "文書組")).toMatchObject({ tracked: 2, closed: 1, overdue: 1, closureRate: 0.5 });
  });

  it("median days open runs from the case's meeting to its release, or to the as-of date", () => {
    // 總務組: 11002 (03-17 → 05-01: 45), 11005 (03-17 → 04-21: 35), 11201 (no meeting 112 date: left out)
    expect(stats.byDivision[0]?.medianDaysOpen).toBe(40);
  });

  it("lists the longest-running continued cases first", () => {
    const withOld = [...cases, caseRow("10902", { tracking: "continued" })];
    const result = computeStatistics(withOld, meetings, { asOf, dueSoonDays: 7, longestCount: 2 });
    expect(result.total.longestContinued.map((c) => [c.caseId, c.daysOpen])).toEqual([
      ["10902", 73],
      ["11002", 45],
    ]);
  });

  it("an empty list has no rate and no median", () => {
    const empty = computeStatistics([], meetings, { asOf, dueSoonDays: 7 });
    expect(empty.total).toMatchObject({ tracked: 0, closureRate: null, medianDaysOpen: null });
    expect(empty.byDivision).toEqual([]);
  });
});
