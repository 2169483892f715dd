// Tests for 列管案號: meeting number plus a two-digit item number.

import {
  compareCaseIds,
  formatCaseId,
  makeCaseId,
  parseCaseId,
  sortCaseIds,
  type CaseId,
} from "../../src/domain/caseId";
import { errorOf, unwrap } from "./support";

describe("parseCaseId splits the last two digits off as the item", () => {
  test.each([
    ["9903", { meeting: 99, item: 3 }],
    ["10902", { meeting: 109, item: 2 }],
    ["10903", { meeting: 109, item: 3 }],
    ["11001", { meeting: 110, item: 1 }],
    ["123401", { meeting: 1234, item: 1 }],
    ["101", { meeting: 1, item: 1 }],
    ["999999", { meeting: 9999, item: 99 }],
    ["10999", { meeting: 109, item: 99 }],
    ["１０９０２", { meeting: 109, item: 2 }],
    ["　10902 ", { meeting: 109, item: 2 }],
  ])("%j → %j", (input, expected) => {
    expect(unwrap(parseCaseId(input))).toEqual(expected);
  });
});

describe("parseCaseId rejects malformed ids with a specific message", () => {
  test.each([
    ["", "列管案號是空白：應為會議次別加兩位項次，例如 10902"],
    ["   ", "列管案號是空白：應為會議次別加兩位項次，例如 10902"],
    ["1X902", "列管案號「1X902」格式不正確：應為會議次別加兩位項次，例如 10902"],
    ["109-02", "列管案號「109-02」格式不正確：應為會議次別加兩位項次，例如 10902"],
    ["109 02", "列管案號「109 02」格式不正確：應為會議次別加兩位項次，例如 10902"],
    ["一〇九〇二", "列管案號「一〇九〇二」格式不正確：應為會議次別加兩位項次，例如 10902"],
    ["99", "列管案號「99」太短：至少 3 位數（會議次別加兩位項次），例如 9903"],
    ["1234567", "列管案號「1234567」太長：最多 6 位數（會議次別最多 4 位數加兩位項次）"],
    ["10900", "列管案號「10900」不正確：項次不可為 00，應為 01–99"],
    ["09903", "列管案號「09903」不正確：會議次別「099」不可以 0 開頭"],
    ["003", "列管案號「003」不正確：會議次別「0」不可以 0 開頭"],
  ])("%j", (input, message) => {
    expect(errorOf(parseCaseId(input))).toBe(message);
  });
});

describe("makeCaseId checks the ranges", () => {
  test.each([
    [109, 2],
    [1, 1],
    [9999, 99],
  ])("meeting %d item %d", (meeting, item) => {
    expect(unwrap(makeCaseId(meeting, item))).toEqual({ meeting, item });
  });

  test.each([
    [0, 1, "會議次別「0」不正確：應為 1–9999 的整數"],
    [10000, 1, "會議次別「10000」不正確：應為 1–9999 的整數"],
    [109.5, 1, "會議次別「109.5」不正確：應為 1–9999 的整數"],
    [109, 0, "項次「0」不正確：應為 1–99 的整數"],
    [109, 100, "項次「100」不正確：應為 1–99 的整數"],
    [109, Number.NaN, "項次「NaN」不正確：應為 1–99 的整數"],
  ])("meeting %d item %d is rejected", (meeting, item, message) => {
    expect(errorOf(makeCaseId(meeting, item))).toBe(message);
  });
});

describe("formatCaseId pads the item to two digits", () => {
  test.each([
    [{ meeting: 109, item: 2 }, "10902"],
    [{ meeting: 99, item: 3 }, "9903"],
    [{ meeting: 1234, item: 1 }, "123401"],
    [{ meeting: 110, item: 12 }, "11012"],
  ])("%j → %s", (id, expected) => {
    expect(formatCaseId(id)).toBe(expected);
  });

  test.each(["9903", "10902", "11001", "123401", "999999"])("%s round-trips", (text) => {
    expect(formatCaseId(unwrap(parseCaseId(text)))).toBe(text);
  });
});

describe("compareCaseIds orders by meeting, then item, not as text", () => {
  const id = (text: string): CaseId => unwrap(parseCaseId(text));

  test.each([
    ["9903", "10001", -1],
    ["10001", "9903", 1],
    ["10902", "10903", -1],
    ["10903", "10902", 1],
    ["10902", "10902", 0],
    ["9999", "10001", -1],
  ])("%s vs %s → sign %d", (a, b, sign) => {
    expect(Math.sign(compareCaseIds(id(a), id(b)))).toBe(sign);
  });

  test("sortCaseIds sorts the 110th meeting's rulings without touching its input", () => {
    const input = ["10903", "9904", "10902", "10502", "9903", "10803"].map(id);
    const before = input.map(formatCaseId);
    expect(sortCaseIds(input).map(formatCaseId)).toEqual(["9903", "9904", "10502", "10803", "10902", "10903"]);
    expect(input.map(formatCaseId)).toEqual(before);
  });
});
