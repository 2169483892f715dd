// A meeting number or date supplied by hand (the CLI's --number/--date) in place of the minutes' own, on
// records built by hand: case ids and deadlines follow, and the warnings the override answers go.
import { withHeader } from "../../src/minutes";
import type { IsoDate } from "../../src/domain";
import type { ParseWarning } from "../../src/minutes";
import { warning } from "../../src/minutes/warning";
import { problem } from "../../src/problems";
import { itemOf as item, lineMessages, recordOf as record } from "./records";

const date = (text: string) => text as IsoDate;

describe("withHeader: --number and --date in place of the minutes' header", () => {
  const noNumber: ParseWarning = warning(1, problem("parser.noNumber", {}));
  const noDate: ParseWarning = warning(1, problem("parser.noDate", {}));
  const other: ParseWarning = warning(5, problem("parser.divisionUnknown", { unit: "工務組" }));

  test("without options the record is the same", () => {
    const r = record({ number: 112, date: date("2022-04-21") }, [item("請總務組於二週內完成。", 4, { caseId: "11201" })], [other]);
    expect(withHeader(r, {})).toEqual(r);
  });

  test("--number numbers the items and answers the missing-number warning", () => {
    const r = record({ date: date("2022-04-21") }, [item("請總務組辦理。", 4), item("請文書組辦理。", 5)], [noNumber, other]);
    const next = withHeader(r, { number: 112 });
    expect(next.meeting).toMatchObject({ number: 112, date: "2022-04-21" });
    expect(next.items.map((i) => i.caseId)).toEqual(["11201", "11202"]);
    expect(next.warnings).toEqual([other]);
  });

  test("--number and --date together answer the warning that the minutes have no header at all", () => {
    const noHeader: ParseWarning = warning(1, problem("parser.noHeader", {}));
    const r = record({}, [], [noNumber, noDate, noHeader, other]);
    expect(withHeader(r, { number: 112 }).warnings).toEqual([noDate, noHeader, other]);
    expect(withHeader(r, { number: 112, date: date("2022-04-21") }).warnings).toEqual([other]);
  });

  test("--number past 99 items leaves the 100th without a case id, with a warning", () => {
    const items = Array.from({ length: 100 }, (_, i) => item("請總務組辦理。", 10 + i));
    const next = withHeader(record({ date: date("2022-04-21") }, items), { number: 112 });
    expect(next.items.at(98)?.caseId).toBe("11299");
    expect(next.items.at(99)?.caseId).toBe("");
    expect(lineMessages(next.warnings)).toEqual([{ line: 109, message: "第 100 項新列管案件：無法編列案號，項次「100」不正確：應為 1–99 的整數" }]);
  });

  test("--date resolves the deadlines against it and replaces the warnings that the missing date caused", () => {
    const blocked = warning(4, problem("deadline.unresolvable", { wording: "二週內", reason: { kind: "noMeetingDate" } }));
    const impossible = warning(6, problem("deadline.unresolvable", { wording: "111年2月30日前", reason: { kind: "noSuchDay", year: 2022, month: 2, days: 28 } }));
    const r = record(
      { number: 112 },
      [
        item("請總務組於二週內完成盤點。", 4, { caseId: "11201", dueText: "二週內" }),
        item("請文書組於111年2月30日前完成。", 6, { caseId: "11202", dueText: "111年2月30日前" }),
      ],
      [noDate, blocked, other, impossible],
    );
    const next = withHeader(r, { date: date("2022-03-17") });
    expect(next.meeting).toMatchObject({ number: 112, date: "2022-03-17" });
    expect(next.items.map((i) => [i.caseId, i.dueDate, i.dueText])).toEqual([
      ["11201", "2022-03-31", "二週內"],
      ["11202", null, "111年2月30日前"],
    ]);
    // The impossible deadline is wrong whatever the meeting date: its warning stays, once.
    expect(next.warnings).toEqual([other, impossible]);
  });

  test("--date replacing the minutes' own date moves the relative deadlines with it", () => {
    const r = record({ number: 112, date: date("2022-04-21") }, [item("請總務組於二週內完成盤點。", 4, { caseId: "11201", dueDate: date("2022-05-05"), dueText: "二週內" })]);
    expect(withHeader(r, { date: date("2022-04-28") }).items[0]).toMatchObject({ dueDate: "2022-05-12", dueText: "二週內" });
  });
});
