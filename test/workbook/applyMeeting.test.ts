// Applying minutes to the workbook: new cases, rulings, placeholders and history; idempotent; never
// letting an older meeting override a later ruling.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_DIVISIONS, createDivisionRegistry, failureMessage } from "../../src/domain";
import { parseMinutes } from "../../src/minutes/parseMinutes";
import type { MeetingRecord } from "../../src/minutes/types";
import { PLACEHOLDER_NOTE, applyMeeting, planMeeting, type ImportContext } from "../../src/workbook/applyMeeting";
import { MemoryStore } from "../../src/workbook/mergeChanges";
import { emptyWorkbook } from "../../src/workbook/model";
import { unwrap } from "../domain/support";

const registry = unwrap(createDivisionRegistry(DEFAULT_DIVISIONS));
const fixtures = join(__dirname, "../fixtures");
const minutes = (path: string): MeetingRecord => unwrap(parseMinutes(readFileSync(join(fixtures, path), "utf8"), { registry }));
const m110 = minutes("secretariat-110.txt");
const m111 = minutes("minutes/affairs-111-crlf-bom.txt");
const ctx = (now: string): ImportContext => ({ now, by: "許菁芳", sourceHash: "test" });

const empty = emptyWorkbook;

const byId = (store: MemoryStore, id: string) => store.data.cases.find((c) => c.caseId === id);

describe("the sample, then the next meeting, into a new workbook", () => {
  const store = new MemoryStore(empty());

  test("meeting 110 adds its nine cases and placeholders for the eight cases it rules on", async () => {
    const summary = unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
    expect(summary.meetingChange).toBe("added");
    expect(summary.newCases).toEqual(["11001", "11002", "11003", "11004", "11005", "11006", "11007", "11008", "11009"]);
    expect(summary.placeholders).toEqual(["9903", "10902", "10903", "9904", "10502", "10803", "10801", "10901"]);
    expect(byId(store, "9903")).toMatchObject({ tracking: "closed", closedBy: 110, closedOn: "2022-03-17", lastRuling: 110, note: PLACEHOLDER_NOTE });
    expect(byId(store, "9904")).toMatchObject({ tracking: "continued", closedBy: null, lastRuling: 110 });
    expect(byId(store, "11001")).toMatchObject({ tracking: "open", meeting: 110, lead: ["市政大樓公共事務管理中心"], supporting: [], note: "" });
    expect(byId(store, "11007")).toMatchObject({ lead: ["各組室", "市政大樓公共事務管理中心"], supporting: [] });
    // one row per change: 9 created, 8 placeholders, 8 rulings
    expect(store.data.history.map((h) => h.event).sort()).toEqual(
      [...Array(9).fill("created"), ...Array(8).fill("placeholder"), ...Array(5).fill("closed"), ...Array(3).fill("continued")].sort(),
    );
  });

  test("meeting 111 rules on 110's cases, adds its own, and keeps the history", async () => {
    const summary = unwrap(await applyMeeting(store, m111, ctx("2022-04-22T09:00:00+08:00")));
    expect(summary.newCases).toEqual(["11101", "11102", "11103", "11104", "11105"]);
    expect(summary.placeholders).toEqual(["10904"]);
    expect(summary.rulingsApplied).toEqual(expect.arrayContaining([{ caseId: "11001", decision: "closed" }, { caseId: "11005", decision: "self-tracked" }]));
    expect(byId(store, "11001")).toMatchObject({ tracking: "closed", closedBy: 111, closedOn: "2022-04-21", text: m110.items[0]?.text });
    expect(byId(store, "11002")).toMatchObject({ tracking: "continued", lastRuling: 111 });
    expect(byId(store, "11005")).toMatchObject({ tracking: "self-tracked", closedBy: 111 });
    expect(byId(store, "11101")?.dueDate).toBe("2022-05-21");
    expect(store.data.meetings.map((m) => m.number)).toEqual([110, 111]);
    expect(store.data.history.filter((h) => h.caseId === "11001").map((h) => `${h.meeting}:${h.event}`)).toEqual(["110:created", "111:closed"]);
  });

  test.each([
    ["110", m110],
    ["111", m111],
  ])("re-importing %s changes nothing", async (_name, record) => {
    const before = JSON.stringify(store.data);
    const writes = store.writes;
    const summary = unwrap(await applyMeeting(store, record, ctx("2022-05-01T09:00:00+08:00")));
    expect(summary).toMatchObject({ unchanged: true, meetingChange: "unchanged", newCases: [], placeholders: [], rulingsApplied: [] });
    expect(JSON.stringify(store.data)).toBe(before);
    expect(store.writes).toBe(writes);
  });
});

describe("order of imports", () => {
  test("an older meeting imported after a newer one never overrides its rulings, but fills its cases in", async () => {
    const store = new MemoryStore(empty());
    unwrap(await applyMeeting(store, m111, ctx("2022-04-22T09:00:00+08:00")));
    expect(byId(store, "11001")).toMatchObject({ tracking: "closed", note: PLACEHOLDER_NOTE, text: "" });
    const summary = unwrap(await applyMeeting(store, m110, ctx("2022-04-23T09:00:00+08:00")));
    expect(summary.filledPlaceholders).toEqual(["11001", "11002", "11003", "11005"]);
    // 111 closed 11001; 110 created it: the content arrives, the later ruling stays
    expect(byId(store, "11001")).toMatchObject({ tracking: "closed", closedBy: 111, note: "", text: m110.items[0]?.text, meeting: 110 });
  });

  test("a later ruling from an older meeting's point of view is reported as skipped", async () => {
    const store = new MemoryStore(empty());
    const later: MeetingRecord = { ...m110, meeting: { ...m110.meeting, number: 112 }, items: [], decisions: [{ caseId: "9904", decision: "closed", line: 1, text: "列管案號 9904 解除列管" }] };
    unwrap(await applyMeeting(store, later, ctx("2022-05-01T09:00:00+08:00")));
    const summary = unwrap(await applyMeeting(store, m110, ctx("2022-05-02T09:00:00+08:00")));
    expect(summary.rulingsSkipped).toContainEqual({ caseId: "9904", laterMeeting: 112 });
    expect(byId(store, "9904")).toMatchObject({ tracking: "closed", closedBy: 112 });
  });
});

describe("what the user typed survives", () => {
  test("an existing case's edited content and progress are kept when its meeting is imported again", async () => {
    const store = new MemoryStore(empty());
    unwrap(await applyMeeting(store, m110, ctx("2022-03-18T09:00:00+08:00")));
    store.data = { ...store.data, cases: store.data.cases.map((c) => (c.caseId === "11002" ? { ...c, text: "（秘書修訂）", progress: "已召開說明會" } : c)) };
    unwrap(await applyMeeting(store, m110, ctx("2022-03-19T09:00:00+08:00")));
    expect(byId(store, "11002")).toMatchObject({ text: "（秘書修訂）", progress: "已召開說明會" });
  });
});

test("minutes without a meeting number are refused with a reason and write nothing", () => {
  const record: MeetingRecord = { ...m110, meeting: { ...m110.meeting, number: null } };
  const planned = planMeeting(empty(), record, ctx("2022-03-18T09:00:00+08:00"));
  expect(planned).toMatchObject({ ok: false, error: "會議紀錄沒有會議次別（第 N 次），無法寫入列管表" });
  expect(planned.ok ? "" : failureMessage(planned, "en")).toBe("the minutes give no meeting number, so they cannot be written to the tracking tables");
});
