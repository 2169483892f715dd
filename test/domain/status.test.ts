// Tests for the status rules that the workbook's formulas mirror.

import {
  COMPUTED_STATUSES,
  DEFAULT_STATUS_SETTINGS,
  TRACKING_STATUSES,
  computeStatus,
  isClosedTracking,
  statusSettings,
  type ComputedStatus,
  type TrackingStatus,
} from "../../src/domain/status";
import { errorOf, iso, unwrap } from "./support";

const AS_OF = "2022-03-17"; // the 110th 處務會議

function statusOf(tracking: TrackingStatus, due: string | null, asOf = AS_OF, dueSoonDays = 7) {
  return computeStatus({ tracking, dueDate: due === null ? null : iso(due) }, iso(asOf), { dueSoonDays });
}

describe("closed and self-tracked cases are closed, whatever their deadline", () => {
  test.each<[TrackingStatus, string | null]>([
    ["closed", "2022-03-10"],
    ["closed", "2022-03-17"],
    ["closed", "2022-12-31"],
    ["closed", null],
    ["self-tracked", "2022-01-31"],
    ["self-tracked", null],
  ])("%s due %s → closed, 0 days overdue", (tracking, due) => {
    expect(statusOf(tracking, due)).toEqual({ status: "closed", daysOverdue: 0 });
  });
});

describe("an open case without a due date has no deadline", () => {
  test.each<TrackingStatus>(["open", "continued"])("%s", (tracking) => {
    expect(statusOf(tracking, null)).toEqual({ status: "no-deadline", daysOverdue: 0 });
  });
});

describe("a deadline before the as-of date is overdue by the calendar days between", () => {
  test.each<[TrackingStatus, string, string, number]>([
    ["open", "2022-03-16", AS_OF, 1],
    ["open", "2022-02-28", AS_OF, 17],
    ["continued", "2021-12-31", AS_OF, 76],
    ["open", "2022-05-31", "2022-06-02", 2],
    ["open", "2024-02-29", "2024-03-01", 1],
    ["open", "2024-02-28", "2024-03-01", 2],
    ["open", "2023-02-28", "2023-03-01", 1],
    ["open", "2022-12-31", "2023-01-01", 1],
  ])("%s due %s as of %s → overdue %d", (tracking, due, asOf, days) => {
    expect(statusOf(tracking, due, asOf)).toEqual({ status: "overdue", daysOverdue: days });
  });
});

describe("a deadline from today to dueSoonDays ahead is due soon", () => {
  test.each<[string, string, number]>([
    ["2022-03-17", AS_OF, 7],
    ["2022-03-18", AS_OF, 7],
    ["2022-03-24", AS_OF, 7],
    ["2022-03-31", "2022-03-30", 7],
    ["2022-04-01", "2022-03-30", 7],
    ["2024-02-29", "2024-02-29", 7],
    ["2024-03-01", "2024-02-23", 7],
    ["2022-03-17", AS_OF, 0],
    ["2022-03-20", AS_OF, 3],
  ])("due %s as of %s with %d days → due-soon", (due, asOf, dueSoonDays) => {
    expect(statusOf("open", due, asOf, dueSoonDays)).toEqual({ status: "due-soon", daysOverdue: 0 });
  });
});

describe("a deadline further than dueSoonDays ahead is on track", () => {
  test.each<[string, string, number]>([
    ["2022-03-25", AS_OF, 7],
    ["2022-07-31", AS_OF, 7],
    ["2022-03-18", AS_OF, 0],
    ["2022-03-21", AS_OF, 3],
    ["2024-03-01", "2024-02-22", 7],
    ["2022-04-01", "2022-03-24", 7],
  ])("due %s as of %s with %d days → on-track", (due, asOf, dueSoonDays) => {
    expect(statusOf("continued", due, asOf, dueSoonDays)).toEqual({ status: "on-track", daysOverdue: 0 });
  });
});

describe("open and continued cases follow the same deadline rules", () => {
  test.each<[string, ComputedStatus, number]>([
    ["2022-03-16", "overdue", 1],
    ["2022-03-17", "due-soon", 0],
    ["2022-03-24", "due-soon", 0],
    ["2022-03-25", "on-track", 0],
  ])("due %s → %s", (due, status, daysOverdue) => {
    expect(statusOf("open", due)).toEqual({ status, daysOverdue });
    expect(statusOf("continued", due)).toEqual({ status, daysOverdue });
  });
});

describe("computeStatus uses the default settings when none are given", () => {
  test("7 days", () => {
    expect(DEFAULT_STATUS_SETTINGS).toEqual({ dueSoonDays: 7 });
    expect(computeStatus({ tracking: "open", dueDate: iso("2022-03-24") }, iso(AS_OF))).toEqual({
      status: "due-soon",
      daysOverdue: 0,
    });
    expect(computeStatus({ tracking: "open", dueDate: iso("2022-03-25") }, iso(AS_OF))).toEqual({
      status: "on-track",
      daysOverdue: 0,
    });
  });
});

describe("computeStatus refuses settings that did not pass statusSettings", () => {
  test.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("dueSoonDays %d throws RangeError", (dueSoonDays) => {
    expect(() => computeStatus({ tracking: "open", dueDate: iso(AS_OF) }, iso(AS_OF), { dueSoonDays })).toThrow(
      RangeError,
    );
  });
});

describe("statusSettings validates the 設定 table's due-soon days", () => {
  test.each<[unknown, number]>([
    [undefined, 7],
    [0, 0],
    [7, 7],
    [30, 30],
    ["14", 14],
    ["１４", 14],
    [" 3 ", 3],
  ])("%j → %d", (dueSoonDays, expected) => {
    expect(unwrap(statusSettings({ dueSoonDays }))).toEqual({ dueSoonDays: expected });
  });

  test("missing key → default", () => {
    expect(unwrap(statusSettings({}))).toEqual(DEFAULT_STATUS_SETTINGS);
  });

  test.each<[unknown, string]>([
    [-1, "即將到期天數「-1」不正確：應為 0 以上的整數"],
    [1.5, "即將到期天數「1.5」不正確：應為 0 以上的整數"],
    [Number.NaN, "即將到期天數「NaN」不正確：應為 0 以上的整數"],
    ["七", "即將到期天數「七」不正確：應為 0 以上的整數"],
    ["", "即將到期天數「」不正確：應為 0 以上的整數"],
    ["-3", "即將到期天數「-3」不正確：應為 0 以上的整數"],
    [null, "即將到期天數「null」不正確：應為 0 以上的整數"],
    [true, "即將到期天數「true」不正確：應為 0 以上的整數"],
    [{ days: 7 }, "即將到期天數「object」不正確：應為 0 以上的整數"],
  ])("%j is rejected", (dueSoonDays, message) => {
    expect(errorOf(statusSettings({ dueSoonDays }))).toBe(message);
  });
});

describe("isClosedTracking: 解除列管 and 自行列管 take a case off the list", () => {
  test.each<[TrackingStatus, boolean]>([
    ["open", false],
    ["continued", false],
    ["closed", true],
    ["self-tracked", true],
  ])("%s → %s", (tracking, expected) => {
    expect(isClosedTracking(tracking)).toBe(expected);
  });
});

describe("the status lists name every status once", () => {
  test("tracking", () => {
    expect(TRACKING_STATUSES).toEqual(["open", "continued", "closed", "self-tracked"]);
  });
  test("computed", () => {
    expect(COMPUTED_STATUSES).toEqual(["overdue", "due-soon", "on-track", "no-deadline", "closed"]);
  });
});
