import { DEFAULT_DIVISIONS, computeStatus, divisionLookup } from "../../src/domain";
import { computeStatistics, formatRate, median, TOTAL_LABEL } from "../../src/report";
import { caseRow, cases, d, meetings } from "./fixtures";

const asOf = d("2022-05-01");
const lookup = divisionLookup(DEFAULT_DIVISIONS);

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
  const stats = computeStatistics(cases, meetings, lookup, { asOf, dueSoonDays: 7 });

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

  it("has a row per registry division in its order, counting lead, supporting and 各組室 cases as 組室總覽 does", () => {
    expect(stats.byDivision.map((s) => s.division)).toEqual(DEFAULT_DIVISIONS.map((x) => x.name));
    // 10904 (lead, closed), 11101 (lead, overdue), 9904 (各組室, continued)
    expect(stats.byDivision.find((s) => s.division === "文書組")).toMatchObject({ tracked: 3, closed: 1, continued: 1, overdue: 1 });
    expect(stats.byDivision.find((s) => s.division === "資訊室")).toMatchObject({ tracked: 2, overdue: 1 });
  });

  it("a unit outside the registry gets its own row", () => {
    const result = computeStatistics([caseRow("11106", { lead: ["新工處"] })], meetings, lookup, { asOf, dueSoonDays: 7 });
    expect(result.byDivision.at(-1)).toMatchObject({ division: "新工處", tracked: 1 });
  });

  it("median days open runs from the case's meeting to its release, or to the as-of date", () => {
    // 總務組: 11002 (03-17 → 05-01: 45), 11005 (03-17 → 04-21: 35), 11201 (no meeting 112 date: left out)
    expect(stats.byDivision[0]?.medianDaysOpen).toBe(40);
  });

  it("lists the longest-running continued cases first", () => {
    const withOld = [...cases, caseRow("10902", { tracking: "continued" })];
    const result = computeStatistics(withOld, meetings, lookup, { asOf, dueSoonDays: 7, longestCount: 2 });
    expect(result.total.longestContinued.map((c) => [c.caseId, c.daysOpen])).toEqual([
      ["10902", 73],
      ["11002", 45],
    ]);
  });

  it("an empty list has no rate and no median", () => {
    const empty = computeStatistics([], meetings, lookup, { asOf, dueSoonDays: 7 });
    expect(empty.total).toMatchObject({ tracked: 0, closureRate: null, medianDaysOpen: null });
    expect(empty.byDivision.every((s) => s.tracked === 0 && s.closureRate === null)).toBe(true);
  });
});
