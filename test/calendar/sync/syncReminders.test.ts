// One sync run end to end: a workbook in memory, the Graph test server through the real SDK. First sync,
// no-change resync, closing, moving, deleting in Outlook, duplicates, another workbook, a calendar switch,
// a lost write-back, invitations, and 20% random faults.
import { caseKeyOf } from "../../../src/calendar/plan";
import { syncReminders, type SyncOptions, type SyncSummary } from "../../../src/calendar/sync";
import { REMINDER_PROPERTY_ID, WORKBOOK_PROPERTY_ID, type MeterTotals } from "../../../src/calendar/graph";
import { type IsoDate, type Result } from "../../../src/domain";
import { MemoryStore } from "../../../src/workbook/mergeChanges";
import { emptyCase, emptyWorkbook, type CaseRow, type Planned, type WorkbookData, type WorkbookStore } from "../../../src/workbook/model";
import { startGraphServer, type EventInput, type Fault, type GraphServer, type StoredEvent } from "../../support/graphServer";
import { fastGateway, openCases, topLevel, watchOverlap, type FastGateway } from "../graph/support";

let server: GraphServer;
let calendarSeq = 0;
let keySeq = 0;

beforeAll(async () => {
  server = await startGraphServer({ token: "sync-token", seed: 5 });
});
afterAll(() => server.close());
afterEach(() => server.faults.clear());

const NOW = new Date("2029-12-01T02:00:00Z");
const newKey = () => `0000000${++keySeq}-aaaa-4bbb-8ccc-${String(keySeq).padStart(12, "0")}`;

/** 12 open cases with deadlines, one closed, one self-tracked, one without a deadline; its own calendar name. */
function workbook(open = 12): WorkbookData {
  const cases: CaseRow[] = [
    ...openCases(open),
    { ...emptyCase("19901"), lead: ["文書組"], text: "已結案", dueDate: "2029-10-01" as IsoDate, tracking: "closed" },
    { ...emptyCase("19902"), lead: ["機要組"], text: "自行列管", dueDate: "2029-10-02" as IsoDate, tracking: "self-tracked" },
    { ...emptyCase("19903"), lead: ["人事室"], text: "尚無期限", tracking: "open" },
  ];
  const base = emptyWorkbook();
  return { ...base, cases, settings: { ...base.settings, reminderCalendar: `列管 ${++calendarSeq}` } };
}

/** One sync; `requests` are the Graph requests it made, counted by the gateway's meter from outside. */
async function sync(store: WorkbookStore, options: SyncOptions & { gateway?: FastGateway } = {}): Promise<SyncSummary & { requests: MeterTotals }> {
  const fast = options.gateway ?? fastGateway(server);
  const mark = fast.meter.mark();
  const result = await syncReminders(store, fast.gateway, { now: () => NOW, newWorkbookKey: newKey, by: "測試", ...options });
  if (!result.ok) throw new Error(result.error);
  return { ...result.value, requests: fast.meter.totals(mark) };
}

const calendarOf = (store: MemoryStore) => store.data.settings.reminderCalendarId;
const caseKeyProperty = (e: StoredEvent) => e.singleValueExtendedProperties.find((p) => p.id === REMINDER_PROPERTY_ID)?.value.split(" ")[0];
const row = (store: MemoryStore, caseId: string) => store.data.cases.find((c) => c.caseId === caseId) as CaseRow;

/** The calendar holds exactly one event per open dated case of the store, and the sheet records its id. */
function expectInStep(store: MemoryStore): void {
  const key = store.data.settings.workbookKey;
  const wanted = store.data.cases.filter((c) => (c.tracking === "open" || c.tracking === "continued") && c.dueDate !== null);
  const events = server.events(calendarOf(store)).filter((e) => e.singleValueExtendedProperties.some((p) => p.id === WORKBOOK_PROPERTY_ID && p.value === key));
  expect(events.map(caseKeyProperty).sort()).toEqual(wanted.map((c) => caseKeyOf(key, c.caseId)).sort());
  for (const c of wanted) {
    const event = events.find((e) => caseKeyProperty(e) === caseKeyOf(key, c.caseId));
    expect(row(store, c.caseId)).toMatchObject({ reminderEventId: event?.id, reminderError: "" });
    expect(event?.start.dateTime).toBe(`${c.dueDate}T00:00:00`);
  }
}

describe("first sync and a resync with nothing changed", () => {
  test("the first sync creates one event per open case with a due date and records the ids", async () => {
    const store = new MemoryStore(workbook());
    server.resetStats();
    const summary = await sync(store);

    expect(summary).toMatchObject({ created: 12, updated: 0, deleted: 0, unchanged: 0, recreated: 0, errors: [], keyCreated: true, workbookWritten: true });
    expect(summary.calendar).toMatchObject({ name: store.data.settings.reminderCalendar, created: true });
    expect(store.data.settings).toMatchObject({ workbookKey: summary.workbookKey, reminderCalendarId: summary.calendar.id });
    expect(server.events(summary.calendar.id)).toHaveLength(12);
    expectInStep(store);
    for (const id of ["19901", "19902", "19903"]) expect(row(store, id)).toMatchObject({ reminderEventId: "", reminderHash: "", reminderSyncedAt: "" });
    expect(row(store, "20001").reminderSyncedAt).toBe(NOW.toISOString());
    // key first (its own write), then the results: two store writes; lookup, create calendar, list, one batch
    expect(store.writes).toBe(2);
    expect(topLevel(server).map((r) => `${r.method} ${r.path} ${r.items}`)).toEqual([
      "GET /me/calendars 0",
      "POST /me/calendars 0",
      `GET /me/calendars/${encodeURIComponent(summary.calendar.id)}/events 0`,
      "POST /$batch 12",
    ]);
    expect(summary.requests).toMatchObject({ requests: 4, batchRequests: 1, writeRequests: 2 });
  });

  test("a second sync makes no calendar write and no workbook write", async () => {
    const store = new MemoryStore(workbook());
    await sync(store);
    const before = store.data;
    server.resetStats();
    const summary = await sync(store);
    expect(summary).toMatchObject({ created: 0, updated: 0, deleted: 0, unchanged: 12, workbookWritten: false, batches: null });
    expect(summary.requests).toMatchObject({ writeRequests: 0, batchRequests: 0, requests: 2 });
    expect(server.log.filter((e) => e.method !== "GET")).toEqual([]);
    expect(store.data).toBe(before);
  });
});

describe("changes in the sheet reach the calendar", () => {
  test("closing a case deletes its event and clears its record; moving a deadline updates the same event", async () => {
    const store = new MemoryStore(workbook());
    await sync(store);
    const closedId = row(store, "20003").reminderEventId;
    const movedId = row(store, "20004").reminderEventId;
    store.data = {
      ...store.data,
      cases: store.data.cases.map((c) =>
        c.caseId === "20003" ? { ...c, tracking: "closed" as const } : c.caseId === "20004" ? { ...c, dueDate: "2030-03-31" as IsoDate } : c,
      ),
    };
    const summary = await sync(store);
    expect(summary).toMatchObject({ created: 0, updated: 1, deleted: 1, unchanged: 10 });
    expect(server.events(calendarOf(store)).some((e) => e.id === closedId)).toBe(false);
    expect(row(store, "20003")).toMatchObject({ reminderEventId: "", reminderHash: "" });
    expect(row(store, "20004").reminderEventId).toBe(movedId);
    expectInStep(store);
  });

  test("an event deleted in Outlook is recreated and the history says 提醒重建", async () => {
    const store = new MemoryStore(workbook());
    await sync(store);
    const goneId = row(store, "20005").reminderEventId;
    server.deleteEvent(goneId);
    const summary = await sync(store);
    expect(summary).toMatchObject({ created: 1, recreated: 1, unchanged: 11 });
    expect(row(store, "20005").reminderEventId).not.toBe(goneId);
    expectInStep(store);
    expect(store.data.history).toEqual([
      { caseId: "20005", meeting: 200, date: "2029-12-01", event: "reminder-recreated", detail: expect.stringContaining("重新建立"), by: "測試", at: NOW.toISOString() },
    ]);
  });

  test("a duplicate tagged event is removed and the recorded one kept", async () => {
    const store = new MemoryStore(workbook(3));
    const gateway = fastGateway(server);
    await sync(store, { gateway });
    const kept = row(store, "20002").reminderEventId;
    const original = server.events(calendarOf(store)).find((e) => e.id === kept) as StoredEvent;
    // a second copy, as a restore from backup or a copied calendar would leave
    const { subject, body, start, end, isAllDay, isReminderOn, reminderMinutesBeforeStart, categories, singleValueExtendedProperties } = original;
    const copy: EventInput = { subject, body, start, end, isAllDay, isReminderOn, reminderMinutesBeforeStart, categories, singleValueExtendedProperties, transactionId: "copy-20002" };
    server.mailbox.createEvent(calendarOf(store), copy);
    expect(server.events(calendarOf(store))).toHaveLength(4);
    const summary = await sync(store, { gateway });
    expect(summary).toMatchObject({ deleted: 1, created: 0, unchanged: 3 });
    expect(server.events(calendarOf(store)).map((e) => e.id)).toContain(kept);
    expectInStep(store);
  });

  test("another workbook's events in the same calendar are never listed nor touched", async () => {
    const mine = new MemoryStore(workbook(4));
    await sync(mine);
    const theirs = new MemoryStore({ ...workbook(6), settings: { ...mine.data.settings, workbookKey: "", reminderCalendarId: "" } });
    await sync(theirs);
    expect(calendarOf(theirs)).toBe(calendarOf(mine));
    const theirIds = new Set(server.events(calendarOf(theirs)).filter((e) => e.singleValueExtendedProperties.some((p) => p.value === theirs.data.settings.workbookKey)).map((e) => e.id));
    expect(theirIds.size).toBe(6);

    // mine: every case closed → my 4 events go, theirs stay
    mine.data = { ...mine.data, cases: mine.data.cases.map((c) => ({ ...c, tracking: "closed" as const })) };
    server.resetStats();
    const summary = await sync(mine);
    expect(summary).toMatchObject({ deleted: 4, created: 0 });
    const touched = server.log.filter((e) => [...theirIds].some((id) => e.path.includes(id)));
    expect(touched).toEqual([]);
    expect(server.events(calendarOf(mine)).map((e) => e.id).sort()).toEqual([...theirIds].sort());
  });
});

describe("recovery", () => {
  test("a lost write-back is repaired by the next sync from the tags, without writing to the calendar", async () => {
    const store = new MemoryStore(workbook(5));
    let refuseResults = true;
    // saves the key (a settings-only change) but refuses the results, as a file Excel locked meanwhile
    const flaky: WorkbookStore = {
      read: () => store.read(),
      update: <T>(plan: (data: WorkbookData) => Result<Planned<T>>) =>
        store.update((data) => {
          const planned = plan(data);
          return planned.ok && refuseResults && planned.value.changes.cases.length > 0 ? { ok: false as const, error: "檔案被鎖定" } : planned;
        }),
    };
    const failed = await syncReminders(flaky, fastGateway(server).gateway, { now: () => NOW, newWorkbookKey: newKey });
    expect(failed).toMatchObject({ ok: false, error: expect.stringContaining("無法寫回活頁簿：檔案被鎖定"), problem: { code: "reminders.writeBackFailed" } });
    expect(store.data.settings.workbookKey).not.toBe("");
    expect(store.data.cases.every((c) => c.reminderEventId === "")).toBe(true);
    const calendar = server.calendars().find((c) => c.name === store.data.settings.reminderCalendar);
    expect(server.events(calendar?.id)).toHaveLength(5);

    refuseResults = false;
    server.resetStats();
    const repaired = await sync(flaky);
    expect(repaired).toMatchObject({ created: 0, updated: 0, adopted: 5, unchanged: 5, workbookWritten: true });
    expect(repaired.requests.writeRequests).toBe(0);
    expectInStep(store);
    expect(server.events(calendarOf(store))).toHaveLength(5);
  });

  test("a new calendar gets every reminder anew; no 提醒重建, and the old ids are replaced", async () => {
    const store = new MemoryStore(workbook(4));
    await sync(store);
    const oldCalendar = calendarOf(store);
    const summary = await sync(store, { calendar: { name: `另一個 ${++calendarSeq}` } });
    expect(summary).toMatchObject({ created: 4, recreated: 0 });
    expect(calendarOf(store)).not.toBe(oldCalendar);
    expect(store.data.settings.reminderCalendar).toBe(summary.calendar.name);
    expect(store.data.history).toEqual([]);
    expectInStep(store);
    expect(server.events(oldCalendar)).toHaveLength(4);
  });

  test("a calendar renamed in Outlook is still found by the id recorded last time", async () => {
    const store = new MemoryStore(workbook(2));
    const first = await sync(store);
    const calendar = server.mailbox.calendar(first.calendar.id);
    if (calendar) calendar.name = "改過名字";
    const again = await sync(store);
    expect(again.calendar).toMatchObject({ id: first.calendar.id, name: "改過名字" });
    expect(again).toMatchObject({ created: 0, unchanged: 2 });
    expect(store.data.settings.reminderCalendar).toBe("改過名字");
  });
});

describe("inviting the lead division's contact", () => {
  test("off by default; on, the contact from 組室 is invited", async () => {
    const base = workbook(2);
    const divisions = base.divisions.map((d) => (d.name === "總務組" ? { ...d, email: "general@example.gov.tw" } : d));
    const store = new MemoryStore({ ...base, divisions });
    await sync(store);
    expect(server.events(calendarOf(store)).every((e) => e.attendees.length === 0)).toBe(true);
    const summary = await sync(store, { inviteLead: true });
    expect(summary).toMatchObject({ updated: 2 });
    expect(server.events(calendarOf(store)).map((e) => e.attendees)).toEqual([
      [{ emailAddress: { address: "general@example.gov.tw", name: "總務組" }, type: "required" }],
      [{ emailAddress: { address: "general@example.gov.tw", name: "總務組" }, type: "required" }],
    ]);
  });
});

describe("20% of requests failing at random", () => {
  test.each([1, 2, 3, 4, 5])("seed %i: the sync completes with no duplicate and no missing event, one batch in flight, ≤ 20 each", async (seed) => {
    const store = new MemoryStore(workbook(90));
    const faults: Fault[] = [
      { kind: "status", status: 429, retryAfterSeconds: 1 },
      { kind: "status", status: 503 },
      { kind: "status", status: 504 },
      { kind: "drop", afterCommit: true },
    ];
    server.faults.random({ seed, rate: 0.2, faults });
    const watch = watchOverlap(server);
    server.resetStats();
    const gateway = fastGateway(server);
    const { sleeps } = gateway;
    const summary = await sync(store, { gateway });
    expect(summary.errors).toEqual([]);
    expect(summary.created).toBe(90);
    expect(server.faults.injected).toBeGreaterThan(5);
    expect(sleeps.length).toBeGreaterThan(0);
    expect(Math.max(...topLevel(server).map((r) => r.items))).toBeLessThanOrEqual(20);
    expect(watch.overlaps()).toBe(0);
    expectInStep(store);

    // and the next run, still under faults, changes nothing
    const again = await sync(store, { gateway });
    expect(again).toMatchObject({ created: 0, updated: 0, deleted: 0, unchanged: 90, errors: [] });
    expectInStep(store);
  });
});
