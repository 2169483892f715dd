// The calendar listing is checked, not trusted (against the Graph test server, through the real SDK):
// malformed listings write nothing, recorded events missing from a listing are looked up by id before
// anything is recreated, Outlook edits are corrected and counted, and a sync that needs the user to sign
// in stops and says so without opening anything.
import { SignInRequiredError } from "../../../src/calendar/errors";
import { needsSignIn, syncReminders, type SyncOptions, type SyncResult } from "../../../src/calendar/sync";
import { type IsoDate } from "../../../src/domain";
import { MemoryStore } from "../../../src/workbook/mergeChanges";
import { emptyWorkbook, type CaseRow, type WorkbookData } from "../../../src/workbook/model";
import { startGraphServer, type GraphServer } from "../../support/graphServer";
import { fastGateway, openCases, type FastGateway } from "../graph/support";

let server: GraphServer;
let seq = 0;

beforeAll(async () => {
  server = await startGraphServer({ token: "listing-token", seed: 3 });
});
afterAll(() => server.close());
afterEach(() => server.faults.clear());

const NOW = new Date("2029-12-01T02:00:00Z");

function workbook(n = 6): WorkbookData {
  const base = emptyWorkbook();
  seq++;
  return { ...base, cases: openCases(n), settings: { ...base.settings, reminderCalendar: `listing ${seq}`, workbookKey: `wb-listing-${seq}` } };
}

async function run(store: MemoryStore, gateway: FastGateway = fastGateway(server), options: SyncOptions = {}): Promise<SyncResult> {
  return syncReminders(store, gateway.gateway, { now: () => NOW, by: "測試", ...options });
}

async function synced(store: MemoryStore, gateway?: FastGateway) {
  const result = await run(store, gateway);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const row = (store: MemoryStore, caseId: string) => store.data.cases.find((c) => c.caseId === caseId) as CaseRow;
const eventsPath = /^\/me\/calendars\/[^/]+\/events$/;
/** Requests that changed the calendar: POST, PATCH and DELETE items (a $batch of GETs is a read). */
const calendarWrites = () => server.log.filter((e) => e.method !== "GET" && e.path !== "/$batch" && e.path !== "/me/calendars");

describe("a malformed listing is an error and writes nothing", () => {
  test.each<[string, unknown]>([
    ["value: [] while the sheet records events that are still there", { value: [] }],
    ["value: null", { value: null }],
    ["no value at all", { "@odata.context": "x" }],
    ["value not an array", { value: "events" }],
    ["a null body", null],
    ["items that are not objects", { value: [1, 2] }],
  ])("%s", async (_name, body) => {
    const store = new MemoryStore(workbook());
    await synced(store);
    const calendarId = store.data.settings.reminderCalendarId;
    const before = store.data;
    const stored = server.events(calendarId).length;
    server.faults.enqueue({ kind: "body", body }, { method: "GET", path: eventsPath });
    server.resetStats();

    const result = await run(store);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("清單不可信"), problem: { code: "reminders.listingUntrusted", params: { doing: "read" } } });
    expect(calendarWrites()).toEqual([]);
    expect(store.data).toBe(before);
    expect(store.data.history).toEqual([]);
    expect(server.events(calendarId)).toHaveLength(stored);
  });

  test("an empty listing is believed when the recorded events are really gone: they are recreated", async () => {
    const store = new MemoryStore(workbook(3));
    await synced(store);
    const calendarId = store.data.settings.reminderCalendarId;
    for (const e of server.events(calendarId)) server.deleteEvent(e.id);
    const summary = await synced(store);
    expect(summary).toMatchObject({ created: 3, recreated: 3, lagging: 0 });
    expect(store.data.history.map((h) => h.event)).toEqual(["reminder-recreated", "reminder-recreated", "reminder-recreated"]);
    expect(server.events(calendarId)).toHaveLength(3);
  });
});

describe("a recorded event missing from the listing is looked up before anything is recreated", () => {
  test("found: the listing lagged; nothing is written and no 提醒重建", async () => {
    const store = new MemoryStore(workbook());
    await synced(store);
    const calendarId = store.data.settings.reminderCalendarId;
    const hidden = [row(store, "20002").reminderEventId, row(store, "20005").reminderEventId];
    const before = store.data;
    server.faults.enqueue({ kind: "lag", hide: hidden }, { method: "GET", path: eventsPath });
    server.resetStats();

    const summary = await synced(store);
    expect(summary).toMatchObject({ created: 0, updated: 0, deleted: 0, recreated: 0, unchanged: 6, lagging: 2, workbookWritten: false });
    // the two lookups went as GET items of one $batch
    const lookups = server.log.filter((e) => e.batchSeq !== undefined);
    expect(lookups.map((e) => `${e.method} ${e.status}`)).toEqual(["GET 200", "GET 200"]);
    expect(calendarWrites()).toEqual([]);
    expect(store.data).toBe(before);
    expect(server.events(calendarId)).toHaveLength(6);
  });

  test("gone (404): recreated, and only then the history says 提醒重建", async () => {
    const store = new MemoryStore(workbook());
    await synced(store);
    const goneId = row(store, "20003").reminderEventId;
    const laggingId = row(store, "20004").reminderEventId;
    server.deleteEvent(goneId);
    server.faults.enqueue({ kind: "lag", hide: [laggingId] }, { method: "GET", path: eventsPath });

    const summary = await synced(store);
    expect(summary).toMatchObject({ created: 1, recreated: 1, lagging: 1, unchanged: 5 });
    expect(store.data.history).toEqual([expect.objectContaining({ caseId: "20003", event: "reminder-recreated" })]);
    expect(row(store, "20004").reminderEventId).toBe(laggingId);
    expect(server.events(store.data.settings.reminderCalendarId)).toHaveLength(6);
  });

  test("a closed case whose event the listing lagged on still has its event deleted", async () => {
    const store = new MemoryStore(workbook(3));
    await synced(store);
    const eventId = row(store, "20001").reminderEventId;
    store.data = { ...store.data, cases: store.data.cases.map((c) => (c.caseId === "20001" ? { ...c, tracking: "closed" as const } : c)) };
    server.faults.enqueue({ kind: "lag", hide: [eventId] }, { method: "GET", path: eventsPath });
    const summary = await synced(store);
    expect(summary).toMatchObject({ deleted: 1, lagging: 1 });
    expect(server.events(store.data.settings.reminderCalendarId).some((e) => e.id === eventId)).toBe(false);
  });

  test("a lookup that gets no answer fails the sync before any write", async () => {
    const store = new MemoryStore(workbook(3));
    await synced(store);
    const eventId = row(store, "20001").reminderEventId;
    server.faults.enqueue({ kind: "lag", hide: [eventId] }, { method: "GET", path: eventsPath });
    for (let i = 0; i < 6; i++) server.faults.enqueue({ kind: "status", status: 503 }, { scope: "batchItem", method: "GET" });
    server.resetStats();
    const result = await run(store);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("讀取行事曆失敗"), problem: { code: "reminders.graphFailed", params: { doing: "read" } } });
    expect(calendarWrites()).toEqual([]);
  });
});

describe("events edited in Outlook are corrected and counted (已校正)", () => {
  test("moved, renamed and reminder turned off: put back; a resync then writes nothing", async () => {
    const store = new MemoryStore(workbook());
    await synced(store);
    const calendarId = store.data.settings.reminderCalendarId;
    const id = (caseId: string) => row(store, caseId).reminderEventId;
    const original = server.events(calendarId).find((e) => e.id === id("20001"));
    const originalSubject = server.events(calendarId).find((e) => e.id === id("20002"))?.subject;
    server.mailbox.updateEvent(id("20001"), {
      start: { dateTime: "2030-01-05T00:00:00", timeZone: "Taipei Standard Time" },
      end: { dateTime: "2030-01-06T00:00:00", timeZone: "Taipei Standard Time" },
    });
    server.mailbox.updateEvent(id("20002"), { subject: "我改過的標題" });
    server.mailbox.updateEvent(id("20003"), { isReminderOn: false });

    const summary = await synced(store);
    expect(summary).toMatchObject({ updated: 3, corrected: 3, created: 0, recreated: 0, unchanged: 3 });
    const after = (caseId: string) => server.events(calendarId).find((e) => e.id === id(caseId));
    expect(after("20001")?.start).toEqual(original?.start);
    expect(after("20002")?.subject).toBe(originalSubject);
    expect(after("20003")?.isReminderOn).toBe(true);
    expect(store.data.history).toEqual([]);

    server.resetStats();
    const again = await synced(store);
    expect(again).toMatchObject({ updated: 0, corrected: 0, unchanged: 6, workbookWritten: false });
    expect(server.log.filter((e) => e.method !== "GET")).toEqual([]);
  });

  test("a deadline moved in the sheet is an update, not a correction", async () => {
    const store = new MemoryStore(workbook(2));
    await synced(store);
    store.data = { ...store.data, cases: store.data.cases.map((c) => (c.caseId === "20001" ? { ...c, dueDate: "2030-06-30" as IsoDate } : c)) };
    const summary = await synced(store);
    expect(summary).toMatchObject({ updated: 1, corrected: 0 });
  });
});

describe("sign-in only from a click: a sync that needs it stops and says so", () => {
  test("no token without the user: nothing reaches Graph, nothing is written, the outcome asks to sign in", async () => {
    const store = new MemoryStore(workbook(2));
    const before = store.data;
    server.resetStats();
    const gateway = fastGateway(server, { getToken: () => Promise.reject(new SignInRequiredError()) });
    const result = await run(store, gateway);
    expect(needsSignIn(result)).toBe(true);
    expect(result).toMatchObject({ ok: false, signInRequired: true, partial: null, error: expect.stringContaining("登入") });
    expect(server.stats.httpRequests).toBe(0);
    // the workbook key is made first (its own write) so the next sync tags with the same key; nothing else
    expect(store.data.cases).toEqual(before.cases);
    expect(gateway.sleeps).toEqual([]);
  });

  test("a session that expires during the writes: what was done is recorded, the rest waits for sign-in", async () => {
    const store = new MemoryStore(workbook(30));
    let tokens = 0;
    // calendar lookup, create, listing, first batch: then the session needs the user
    const gateway = fastGateway(server, { getToken: () => (++tokens <= 4 ? Promise.resolve(server.token) : Promise.reject(new SignInRequiredError())) });
    const result = await run(store, gateway);
    expect(needsSignIn(result)).toBe(true);
    if (!needsSignIn(result)) throw new Error("expected a sign-in stop");
    expect(result.partial).toMatchObject({ created: 20, workbookWritten: true });
    expect(result.partial?.errors).toHaveLength(10);
    expect(store.data.cases.filter((c) => c.reminderEventId !== "")).toHaveLength(20);
    expect(gateway.sleeps).toEqual([]);

    // signed in again: the next sync finishes the rest, and records nothing twice
    const done = await synced(store);
    expect(done).toMatchObject({ created: 10, unchanged: 20, errors: [] });
    expect(server.events(store.data.settings.reminderCalendarId)).toHaveLength(30);
  });
});
