// Tests for reconcile: desired reminders × the sheet's records × the calendar's tagged events → writes.
import { planReminders, releasedCases, type PlanOptions } from "../../src/calendar/plan";
import { hasWrites, reconcile } from "../../src/calendar/reconcile";
import { type DesiredEvent, type ExistingEvent, type RecordedEvent, type ReminderOps } from "../../src/calendar/types";
import { type CaseRow } from "../../src/workbook/model";
import { CASE_11002, CASE_11101, MEETING_DATES, SAMPLE_CASES, WORKBOOK, iso, withTracking } from "./support";

const PLAN: PlanOptions = { workbookKey: WORKBOOK, leadDays: 3, meetingDates: MEETING_DATES };
const RELEASED = releasedCases(SAMPLE_CASES, WORKBOOK);
const DESIRED = planReminders(SAMPLE_CASES, PLAN); // 11002, 11101, 11102

const key = (caseId: string) => `${WORKBOOK}/${caseId}`;

function desired(caseId: string): DesiredEvent {
  const found = DESIRED.find((d) => d.caseId === caseId);
  if (found === undefined) throw new Error(`no desired event for ${caseId}`);
  return found;
}

/** A record as the sheet keeps it; the hash defaults to the desired one (nothing changed since). */
function rec(caseId: string, eventId: string, hash = desired(caseId).hash): [string, RecordedEvent] {
  return [key(caseId), { eventId, hash }];
}

function ex(caseId: string, id: string, extra: Partial<ExistingEvent> = {}): ExistingEvent {
  return { id, caseKey: key(caseId), ...extra };
}

function ops(partial: Partial<ReminderOps>): ReminderOps {
  return { create: [], update: [], delete: [], unchanged: [], recreated: [], adopted: [], forgotten: [], corrected: [], ...partial };
}

interface Row {
  readonly rule: string;
  readonly desired: readonly string[];
  readonly recorded: readonly [string, RecordedEvent][];
  readonly existing: readonly ExistingEvent[] | null;
  readonly expected: ReminderOps;
}

function run(row: Row): ReminderOps {
  return reconcile(row.desired.map(desired), new Map(row.recorded), row.existing, { workbookKey: WORKBOOK, released: RELEASED });
}

describe.each<Row>([
  {
    rule: "desired, recorded, present, same hash → unchanged",
    desired: ["11002"],
    recorded: [rec("11002", "E1")],
    existing: [ex("11002", "E1")],
    expected: ops({ unchanged: [key("11002")] }),
  },
  {
    rule: "hash differs (the deadline moved) → update the recorded event",
    desired: ["11002"],
    recorded: [rec("11002", "E1", "0000000000000000")],
    existing: [ex("11002", "E1")],
    expected: ops({ update: [{ eventId: "E1", desired: desired("11002") }] }),
  },
  {
    rule: "recorded but deleted in Outlook → create again, listed as recreated",
    desired: ["11101"],
    recorded: [rec("11101", "E1")],
    existing: [],
    expected: ops({ create: [desired("11101")], recreated: [key("11101")] }),
  },
  {
    rule: "not recorded, nothing tagged → create",
    desired: ["11101"],
    recorded: [],
    existing: [],
    expected: ops({ create: [desired("11101")] }),
  },
  {
    rule: "not recorded but a tagged event exists (write-back lost) → adopt and update, no duplicate",
    desired: ["11101"],
    recorded: [],
    existing: [ex("11101", "E7")],
    expected: ops({ update: [{ eventId: "E7", desired: desired("11101") }], adopted: [{ caseKey: key("11101"), eventId: "E7" }] }),
  },
  {
    rule: "adopted event carrying the same hash → unchanged, only recorded",
    desired: ["11101"],
    recorded: [],
    existing: [ex("11101", "E7", { hash: desired("11101").hash })],
    expected: ops({ unchanged: [key("11101")], adopted: [{ caseKey: key("11101"), eventId: "E7" }] }),
  },
  {
    rule: "recorded id gone but another tagged event exists → adopt it instead of recreating",
    desired: ["11101"],
    recorded: [rec("11101", "E1")],
    existing: [ex("11101", "E2")],
    expected: ops({ update: [{ eventId: "E2", desired: desired("11101") }], adopted: [{ caseKey: key("11101"), eventId: "E2" }] }),
  },
  {
    rule: "duplicates → keep the recorded one, delete the rest",
    desired: ["11002"],
    recorded: [rec("11002", "E1")],
    existing: [
      ex("11002", "E2", { lastModified: "2022-05-02T01:00:00Z" }),
      ex("11002", "E1", { lastModified: "2022-04-21T06:00:00Z" }),
      ex("11002", "E3"),
    ],
    expected: ops({
      unchanged: [key("11002")],
      delete: [
        { eventId: "E2", caseKey: key("11002"), reason: "duplicate" },
        { eventId: "E3", caseKey: key("11002"), reason: "duplicate" },
      ],
    }),
  },
  {
    rule: "duplicates, none recorded → keep the most recently modified",
    desired: ["11002"],
    recorded: [],
    existing: [ex("11002", "E2", { lastModified: "2022-05-01T01:00:00Z" }), ex("11002", "E3", { lastModified: "2022-05-02T01:00:00Z" })],
    expected: ops({
      update: [{ eventId: "E3", desired: desired("11002") }],
      adopted: [{ caseKey: key("11002"), eventId: "E3" }],
      delete: [{ eventId: "E2", caseKey: key("11002"), reason: "duplicate" }],
    }),
  },
  {
    rule: "duplicates with no modification time → keep the lowest id, so every run keeps the same one",
    desired: ["11002"],
    recorded: [],
    existing: [ex("11002", "E9"), ex("11002", "E4")],
    expected: ops({
      update: [{ eventId: "E4", desired: desired("11002") }],
      adopted: [{ caseKey: key("11002"), eventId: "E4" }],
      delete: [{ eventId: "E9", caseKey: key("11002"), reason: "duplicate" }],
    }),
  },
  {
    rule: "a closed case's event (11003 解除列管) → delete, closed",
    desired: [],
    recorded: [[key("11003"), { eventId: "E3", hash: "h" }]],
    existing: [ex("11003", "E3")],
    expected: ops({ delete: [{ eventId: "E3", caseKey: key("11003"), reason: "closed" }] }),
  },
  {
    rule: "a self-tracked case's event (11005 自行列管), even unrecorded → delete, closed",
    desired: [],
    recorded: [],
    existing: [ex("11005", "E5")],
    expected: ops({ delete: [{ eventId: "E5", caseKey: key("11005"), reason: "closed" }] }),
  },
  {
    rule: "a case whose deadline was removed (11001) → delete, no-deadline",
    desired: [],
    recorded: [[key("11001"), { eventId: "E1", hash: "h" }]],
    existing: [ex("11001", "E1")],
    expected: ops({ delete: [{ eventId: "E1", caseKey: key("11001"), reason: "no-deadline" }] }),
  },
  {
    rule: "a case gone from the sheet → delete, orphan",
    desired: [],
    recorded: [],
    existing: [ex("10904", "E0")],
    expected: ops({ delete: [{ eventId: "E0", caseKey: key("10904"), reason: "orphan" }] }),
  },
  {
    rule: "another workbook's tagged events in the same calendar are never touched",
    desired: ["11002"],
    recorded: [rec("11002", "E1")],
    existing: [ex("11002", "E1"), { id: "X1", caseKey: "wb-other/11002" }, { id: "X2", caseKey: "wb-secretariat-2/11002" }],
    expected: ops({ unchanged: [key("11002")] }),
  },
  {
    rule: "a released case recorded but its event already gone → forgotten, no write",
    desired: [],
    recorded: [[key("11003"), { eventId: "E3", hash: "h" }]],
    existing: [],
    expected: ops({ forgotten: [key("11003")] }),
  },
  {
    rule: "calendar not listed: trust the records (unchanged, update, create)",
    desired: ["11002", "11101", "11102"],
    recorded: [rec("11002", "E1"), rec("11101", "E2", "0000000000000000")],
    existing: null,
    expected: ops({
      unchanged: [key("11002")],
      update: [{ eventId: "E2", desired: desired("11101") }],
      create: [desired("11102")],
    }),
  },
  {
    rule: "calendar not listed: a recorded event of a released case is deleted with its reason",
    desired: ["11002"],
    recorded: [rec("11002", "E1"), [key("11003"), { eventId: "E3", hash: "h" }], [key("10904"), { eventId: "E0", hash: "h" }]],
    existing: null,
    expected: ops({
      unchanged: [key("11002")],
      delete: [
        { eventId: "E3", caseKey: key("11003"), reason: "closed" },
        { eventId: "E0", caseKey: key("10904"), reason: "orphan" },
      ],
    }),
  },
])("$rule", (row) => {
  test("plans exactly these operations", () => {
    expect(run(row)).toEqual(row.expected);
  });
});

describe("a desired event listed twice is planned once", () => {
  test("11002 twice → one create", () => {
    const result = reconcile([desired("11002"), desired("11002")], new Map(), [], { workbookKey: WORKBOOK });
    expect(result.create).toHaveLength(1);
  });
});

describe("without release reasons every unwanted event is an orphan", () => {
  test("11003", () => {
    const result = reconcile([], new Map(), [ex("11003", "E3")], { workbookKey: WORKBOOK });
    expect(result.delete).toEqual([{ eventId: "E3", caseKey: key("11003"), reason: "orphan" }]);
  });
});

// A stand-in for the Graph executor: applies the operations to a calendar and to the sheet's records.
class FakeCalendar {
  readonly events = new Map<string, { caseKey: string; hash: string }>();
  readonly records = new Map<string, RecordedEvent>();
  private nextId = 1;

  apply(o: ReminderOps): void {
    for (const d of o.create) {
      const id = `AAMk${this.nextId++}`;
      this.events.set(id, { caseKey: d.caseKey, hash: d.hash });
      this.records.set(d.caseKey, { eventId: id, hash: d.hash });
    }
    for (const { eventId, desired: d } of o.update) {
      this.events.set(eventId, { caseKey: d.caseKey, hash: d.hash });
      this.records.set(d.caseKey, { eventId, hash: d.hash });
    }
    for (const { eventId, caseKey } of o.delete) {
      this.events.delete(eventId);
      if (this.records.get(caseKey)?.eventId === eventId) this.records.delete(caseKey);
    }
    for (const caseKey of o.forgotten) this.records.delete(caseKey);
  }

  listing(): ExistingEvent[] {
    return [...this.events].map(([id, { caseKey }]) => ({ id, caseKey }));
  }

  sync(cases: readonly CaseRow[]): ReminderOps {
    const o = reconcile(planReminders(cases, PLAN), this.records, this.listing(), {
      workbookKey: WORKBOOK,
      released: releasedCases(cases, WORKBOOK),
    });
    this.apply(o);
    return o;
  }
}

function counts(o: ReminderOps) {
  return { create: o.create.length, update: o.update.length, delete: o.delete.length, unchanged: o.unchanged.length };
}

describe("a sheet kept in step over several syncs", () => {
  test("first sync creates one per open dated case; a second sync writes nothing", () => {
    const calendar = new FakeCalendar();
    expect(counts(calendar.sync(SAMPLE_CASES))).toEqual({ create: 3, update: 0, delete: 0, unchanged: 0 });
    const second = calendar.sync(SAMPLE_CASES);
    expect(hasWrites(second)).toBe(false);
    expect(second.unchanged).toEqual([key("11002"), key("11101"), key("11102")]);
  });

  test("closing 11002 deletes its event; moving 11101's deadline updates it; then quiet again", () => {
    const calendar = new FakeCalendar();
    calendar.sync(SAMPLE_CASES);
    const changed = SAMPLE_CASES.map((c) =>
      c.caseId === CASE_11002.caseId ? withTracking(c, "closed") : c.caseId === CASE_11101.caseId ? { ...c, dueDate: iso("2022-06-21") } : c,
    );
    const result = calendar.sync(changed);
    expect(result.delete).toEqual([{ eventId: "AAMk1", caseKey: key("11002"), reason: "closed" }]);
    expect(result.update.map((u) => [u.eventId, u.desired.dueDate])).toEqual([["AAMk2", "2022-06-21"]]);
    expect(result.create).toEqual([]);
    expect(hasWrites(calendar.sync(changed))).toBe(false);
    expect(calendar.events.size).toBe(2);
  });

  test("an event deleted in Outlook is recreated once, then quiet", () => {
    const calendar = new FakeCalendar();
    calendar.sync(SAMPLE_CASES);
    calendar.events.delete("AAMk2");
    const result = calendar.sync(SAMPLE_CASES);
    expect(result.recreated).toEqual([key("11101")]);
    expect(counts(result)).toEqual({ create: 1, update: 0, delete: 0, unchanged: 2 });
    expect(hasWrites(calendar.sync(SAMPLE_CASES))).toBe(false);
  });

  test("a lost write-back adopts the events instead of duplicating them", () => {
    const calendar = new FakeCalendar();
    calendar.sync(SAMPLE_CASES);
    calendar.records.clear();
    const result = calendar.sync(SAMPLE_CASES);
    expect(result.create).toEqual([]);
    expect(result.adopted.map((a) => a.eventId)).toEqual(["AAMk1", "AAMk2", "AAMk3"]);
    expect(calendar.events.size).toBe(3);
    expect(hasWrites(calendar.sync(SAMPLE_CASES))).toBe(false);
  });
});
