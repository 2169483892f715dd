// Tests that the domain's public entry point exposes the rules other layers import.

import * as domain from "../../src/domain";

describe("index re-exports the public API", () => {
  test.each([
    "ok",
    "fail",
    "toHalfWidth",
    "parseChineseNumber",
    "parseNumberToken",
    "isoDate",
    "parseIsoDate",
    "isIsoDate",
    "toUtcDate",
    "fromUtcDate",
    "addDaysIso",
    "daysBetween",
    "daysInMonth",
    "isoParts",
    "endOfMonthIso",
    "compareIso",
    "rocToGregorianYear",
    "gregorianToRocYear",
    "parseRocDate",
    "formatRocDate",
    "parseCaseId",
    "makeCaseId",
    "formatCaseId",
    "compareCaseIds",
    "sortCaseIds",
    "createDivisionRegistry",
    "isCollectiveAssignee",
    "computeStatus",
    "isClosedTracking",
    "statusSettings",
    "parseTrackingLabel",
  ])("%s is a function", (name) => {
    expect(typeof (domain as Record<string, unknown>)[name]).toBe("function");
  });

  test("constants", () => {
    expect(domain.ROC_YEAR_OFFSET).toBe(1911);
    expect(domain.DEFAULT_STATUS_SETTINGS.dueSoonDays).toBe(7);
    expect(domain.DEFAULT_DIVISIONS.length).toBeGreaterThan(0);
  });

  test("a line of the 110th minutes end to end: 請總務組於 5 月底前完成, as of the next meeting", () => {
    const due = domain.endOfMonthIso(2022, 5);
    const asOf = domain.parseRocDate("111年6月16日");
    const registry = domain.createDivisionRegistry(domain.DEFAULT_DIVISIONS);
    if (!due.ok || !asOf.ok || !registry.ok) throw new Error("setup failed");
    expect(registry.value.normalize("總務組")).toBe("總務組");
    expect(domain.computeStatus({ tracking: "open", dueDate: due.value }, asOf.value)).toEqual({
      status: "overdue",
      daysOverdue: 16,
    });
    expect(domain.COMPUTED_LABELS.overdue).toBe("逾期");
  });
});
