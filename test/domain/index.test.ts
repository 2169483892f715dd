// Tests that the domain's public entry point exposes the rules other layers import.

import * as domain from "../../src/domain";

// Each entry point answers through the index as its rule says (a test that only checked `typeof` could
// not fail once tsc passes).
const value = <T>(result: domain.Result<T>): T => {
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe("index re-exports the public API", () => {
  test.each<[string, () => unknown, unknown]>([
    ["ok", () => domain.ok(10902), { ok: true, value: 10902 }],
    ["fail", () => domain.fail("x").ok, false],
    ["toHalfWidth", () => domain.toHalfWidth("１１１年"), "111年"],
    ["parseChineseNumber", () => domain.parseChineseNumber("一百一十一"), 111],
    ["parseNumberToken", () => domain.parseNumberToken("１２"), 12],
    ["isoDate", () => value(domain.isoDate(2022, 3, 17)), "2022-03-17"],
    ["parseIsoDate", () => value(domain.parseIsoDate("2022-03-17")), "2022-03-17"],
    ["isIsoDate", () => domain.isIsoDate("2022-02-30"), false],
    ["addDaysIso", () => domain.addDaysIso(value(domain.parseIsoDate("2022-03-17")), 14), "2022-03-31"],
    ["daysBetween", () => domain.daysBetween(value(domain.parseIsoDate("2022-03-17")), value(domain.parseIsoDate("2022-04-01"))), 15],
    ["daysInMonth", () => domain.daysInMonth(2024, 2), 29],
    ["endOfMonthIso", () => value(domain.endOfMonthIso(2022, 4)), "2022-04-30"],
    ["rocToGregorianYear", () => value(domain.rocToGregorianYear(111)), 2022],
    ["gregorianToRocYear", () => value(domain.gregorianToRocYear(2022)), 111],
    ["parseRocDate", () => value(domain.parseRocDate("民國一百十一年三月十七日")), "2022-03-17"],
    ["formatRocDate", () => domain.formatRocDate(value(domain.parseIsoDate("2022-03-17")), "slash"), "111/03/17"],
    ["parseCaseId", () => value(domain.parseCaseId("9903")), { meeting: 99, item: 3 }],
    ["formatCaseId", () => domain.formatCaseId({ meeting: 109, item: 2 }), "10902"],
    ["sortCaseIds", () => domain.sortCaseIds(["10902", "9903"].map((id) => value(domain.parseCaseId(id)))).map(domain.formatCaseId), ["9903", "10902"]],
    ["isCollectiveAssignee", () => domain.isCollectiveAssignee("各組室"), true],
    ["isClosedTracking", () => domain.isClosedTracking("self-tracked"), true],
    ["statusSettings", () => domain.statusSettings({ dueSoonDays: "-1" }).ok, false],
    ["parseTrackingLabel", () => domain.parseTrackingLabel("賡續列管"), "continued"],
  ])("%s", (_name, call, expected) => {
    expect(call()).toEqual(expected);
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
