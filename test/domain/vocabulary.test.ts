// Tests for the zh-TW and English status labels and reading tracking rulings back.

import { COMPUTED_STATUSES, TRACKING_STATUSES, type TrackingStatus } from "../../src/domain/status";
import {
  COMPUTED_LABELS,
  COMPUTED_LABELS_EN,
  TRACKING_LABELS,
  TRACKING_LABELS_EN,
  parseTrackingLabel,
} from "../../src/domain/vocabulary";

describe("labels use the words of the minutes", () => {
  test("tracking labels", () => {
    expect(TRACKING_LABELS).toEqual({
      open: "列管中",
      continued: "賡續列管",
      closed: "解除列管",
      "self-tracked": "自行列管",
    });
    expect(TRACKING_LABELS_EN).toEqual({
      open: "Open",
      continued: "Continued",
      closed: "Closed",
      "self-tracked": "Self-tracked",
    });
  });

  test("computed labels", () => {
    expect(COMPUTED_LABELS).toEqual({
      overdue: "逾期",
      "due-soon": "即將到期",
      "on-track": "進行中",
      "no-deadline": "無期限",
      closed: "已結案",
    });
    expect(COMPUTED_LABELS_EN).toEqual({
      overdue: "Overdue",
      "due-soon": "Due soon",
      "on-track": "On track",
      "no-deadline": "No deadline",
      closed: "Closed",
    });
  });

  test.each([
    ["TRACKING_LABELS", TRACKING_STATUSES.map((s) => TRACKING_LABELS[s])],
    ["TRACKING_LABELS_EN", TRACKING_STATUSES.map((s) => TRACKING_LABELS_EN[s])],
    ["COMPUTED_LABELS", COMPUTED_STATUSES.map((s) => COMPUTED_LABELS[s])],
    ["COMPUTED_LABELS_EN", COMPUTED_STATUSES.map((s) => COMPUTED_LABELS_EN[s])],
  ])("%s has no duplicate label", (_name, labels) => {
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe("parseTrackingLabel reads rulings and sheet values", () => {
  test.each<[string, TrackingStatus]>([
    ["列管中", "open"],
    ["賡續列管", "continued"],
    ["繼續列管", "continued"],
    ["持續列管", "continued"],
    ["解除列管", "closed"],
    ["自行列管", "self-tracked"],
    [" 賡續 列管 ", "continued"],
    ["open", "open"],
    ["continued", "continued"],
    ["closed", "closed"],
    ["self-tracked", "self-tracked"],
    ["Self-tracked", "self-tracked"],
    ["OPEN", "open"],
    ["ｃｌｏｓｅｄ", "closed"],
  ])("%j → %s", (input, expected) => {
    expect(parseTrackingLabel(input)).toBe(expected);
  });

  test.each(TRACKING_STATUSES)("the labels of %s read back", (status) => {
    expect(parseTrackingLabel(TRACKING_LABELS[status])).toBe(status);
    expect(parseTrackingLabel(TRACKING_LABELS_EN[status])).toBe(status);
  });

  test.each(["", "列管", "同意解除列管", "逾期", "overdue", "due-soon", "已結案"])("%j → undefined", (input) => {
    expect(parseTrackingLabel(input)).toBeUndefined();
  });
});
