// The Graph gateway against the Graph test server through the real SDK: calendars, the tagged listing,
// and the batched executor under throttling, lost answers and deleted events.
import { planReminders } from "../../../src/calendar/plan";
import { reconcile } from "../../../src/calendar/reconcile";
import { type DesiredEvent, type ReminderOps } from "../../../src/calendar/types";
import { REMINDER_PROPERTY_ID, WORKBOOK_PROPERTY_ID, GraphRequestError, type ReminderOutcome } from "../../../src/calendar/graph";
import { startGraphServer, type GraphServer } from "../../support/graphServer";
import { fastGateway, openCases, topLevel, watchOverlap } from "./support";

const WB = "5f0c2a9e-1d3b-4c8e-9a7f-2b6d4e1c3a50";
const OTHER_WB = "0b7e4c1a-9f2d-4e3b-8c6a-5d1f2e3a4b60";

let server: GraphServer;
let calendarSeq = 0;

beforeAll(async () => {
  server = await startGraphServer({ token: "gateway-token", seed: 11, pageSize: 10 });
});
afterAll(() => server.close());
afterEach(() => server.faults.clear());

const plan = (n: number, workbookKey = WB, first = 1): DesiredEvent[] => planReminders(openCases(n, first), { workbookKey, leadDays: 3 });
const createAll = (desired: readonly DesiredEvent[]): ReminderOps => reconcile(desired, new Map(), [], { workbookKey: WB });

async function newCalendar(): Promise<string> {
  const { gateway } = fastGateway(server);
  return (await gateway.resolveCalendar({ name: `gateway ${++calendarSeq}` })).id;
}

const kinds = (outcomes: readonly ReminderOutcome[]) => outcomes.map((o) => o.kind).sort();

describe("calendars", () => {
  test("the dedicated calendar is created once, found by name afterwards, and listed for the picker", async () => {
    const { gateway } = fastGateway(server);
    const first = await gateway.resolveCalendar({ name: "會議列管" });
    const second = await gateway.resolveCalendar({ name: "會議列管" });
    expect(first).toMatchObject({ name: "會議列管", created: true, canEdit: true, isDefault: false });
    expect(second).toEqual({ ...first, created: false });
    expect(server.calendars().filter((c) => c.name === "會議列管")).toHaveLength(1);
    const listed = await gateway.listCalendars();
    expect(listed.map((c) => c.name)).toEqual(expect.arrayContaining(["Calendar", "會議列管"]));
    expect(listed.find((c) => c.isDefault)?.name).toBe("Calendar");
  });

  test("a calendar the user picked is used by id; an id not in the mailbox is a 404", async () => {
    const { gateway } = fastGateway(server);
    const picked = server.calendars().find((c) => c.isDefaultCalendar);
    expect(await gateway.resolveCalendar({ id: picked?.id ?? "" })).toMatchObject({ id: picked?.id, name: "Calendar", created: false });
    await expect(gateway.resolveCalendar({ id: "AAMkNoSuchCalendar=" })).rejects.toMatchObject({ status: 404 });
  });

  test("a name with a quote is escaped in the filter", async () => {
    const { gateway } = fastGateway(server);
    const made = await gateway.resolveCalendar({ name: "秘書處's 列管" });
    expect((await gateway.resolveCalendar({ name: "秘書處's 列管" })).id).toBe(made.id);
  });
});

describe("creating: $batch of at most 20, one in flight, tagged with the workbook and the case", () => {
  test("45 reminders go in batches of 20, 20 and 5, and each event carries both properties", async () => {
    const calendarId = await newCalendar();
    const { gateway } = fastGateway(server);
    const watch = watchOverlap(server);
    server.resetStats();
    const progress: [number, number][] = [];
    const desired = plan(45);
    const result = await gateway.execute(createAll(desired), { calendarId, workbookKey: WB, onProgress: (d, t) => progress.push([d, t]) });

    expect(kinds(result.outcomes)).toEqual(Array(45).fill("created"));
    expect(topLevel(server)).toEqual([20, 20, 5].map((items) => ({ method: "POST", path: "/$batch", items })));
    expect(watch.overlaps()).toBe(0);
    expect(progress).toEqual([[20, 45], [40, 45], [45, 45]]);
    expect(result.stats).toMatchObject({ batches: 3, itemsSent: 45, retries: 0, largestBatch: 20 });

    const stored = server.events(calendarId);
    expect(stored).toHaveLength(45);
    const first = stored.find((e) => e.id === (result.outcomes[0] as { eventId: string }).eventId);
    expect(first?.singleValueExtendedProperties).toEqual([
      { id: WORKBOOK_PROPERTY_ID, value: WB },
      { id: REMINDER_PROPERTY_ID, value: `${desired[0]?.caseKey} ${desired[0]?.hash}` },
    ]);
    expect(first).toMatchObject({ isAllDay: true, categories: ["會議列管"], reminderMinutesBeforeStart: 3780, body: { contentType: "text" } });
    expect(new Set(stored.map((e) => e.transactionId)).size).toBe(45);
  });

  test("the listing returns this workbook's events only, across pages, with case key and hash", async () => {
    const calendarId = await newCalendar();
    const { gateway } = fastGateway(server, { pageSize: 7 });
    const mine = plan(16);
    await gateway.execute(createAll(mine), { calendarId, workbookKey: WB });
    const theirs = plan(5, OTHER_WB);
    await gateway.execute(reconcile(theirs, new Map(), [], { workbookKey: OTHER_WB }), { calendarId, workbookKey: OTHER_WB });
    server.resetStats();

    const listed = await gateway.listEvents(calendarId, WB);
    expect(listed.map((e) => e.caseKey).sort()).toEqual(mine.map((d) => d.caseKey).sort());
    expect(listed.every((e, i) => e.hash !== undefined && e.lastModified !== undefined && i >= 0)).toBe(true);
    expect(new Map(listed.map((e) => [e.caseKey, e.hash]))).toEqual(new Map(mine.map((d) => [d.caseKey, d.hash])));
    expect(topLevel(server).map((r) => r.method)).toEqual(["GET", "GET", "GET"]);
    expect(await gateway.listEvents(calendarId, OTHER_WB)).toHaveLength(5);
  });
});

describe("faults: every write lands exactly once", () => {
  test("an item throttled with Retry-After is sent again after that wait, alone in the next batch", async () => {
    const calendarId = await newCalendar();
    const { gateway, sleeps } = fastGateway(server);
    server.faults.enqueue({ kind: "status", status: 429, retryAfterSeconds: 7 }, { scope: "batchItem", method: "POST" });
    server.resetStats();
    const result = await gateway.execute(createAll(plan(5)), { calendarId, workbookKey: WB });
    expect(kinds(result.outcomes)).toEqual(Array(5).fill("created"));
    expect(sleeps).toEqual([7000]);
    expect(topLevel(server).map((r) => r.items)).toEqual([5, 1]);
    expect(result.stats).toMatchObject({ retries: 1, throttled: 1, waitedMs: 7000 });
    expect(server.events(calendarId)).toHaveLength(5);
  });

  test("503 and 504 items back off exponentially with jitter", async () => {
    const calendarId = await newCalendar();
    const { gateway, sleeps } = fastGateway(server, { retry: { baseDelayMs: 1000 } });
    server.faults.enqueue({ kind: "status", status: 503 }, { scope: "batchItem" }).enqueue({ kind: "status", status: 504 }, { scope: "batchItem" });
    const result = await gateway.execute(createAll(plan(1)), { calendarId, workbookKey: WB });
    expect(kinds(result.outcomes)).toEqual(["created"]);
    // random 0.5 × 1 s, then × 2 s
    expect(sleeps).toEqual([500, 1000]);
  });

  test("a batch whose answer is lost after it committed is sent again whole; transactionId prevents duplicates", async () => {
    const calendarId = await newCalendar();
    const { gateway } = fastGateway(server);
    server.faults.enqueue({ kind: "drop", afterCommit: true }, { path: /^\/\$batch$/ });
    server.resetStats();
    const result = await gateway.execute(createAll(plan(12)), { calendarId, workbookKey: WB });
    expect(kinds(result.outcomes)).toEqual(Array(12).fill("created"));
    expect(server.stats.dropped).toBe(1);
    expect(server.events(calendarId)).toHaveLength(12);
    expect(new Set(result.outcomes.map((o) => (o as { eventId: string }).eventId)).size).toBe(12);
  });

  test("a 504 after one create committed resends only that item, with the same transactionId", async () => {
    const calendarId = await newCalendar();
    const { gateway } = fastGateway(server);
    server.faults.enqueue({ kind: "status", status: 504, afterCommit: true }, { scope: "batchItem", method: "POST" });
    const result = await gateway.execute(createAll(plan(3)), { calendarId, workbookKey: WB });
    expect(kinds(result.outcomes)).toEqual(["created", "created", "created"]);
    expect(server.events(calendarId)).toHaveLength(3);
  });

  test("a whole $batch throttled with 429 waits its Retry-After and goes again", async () => {
    const calendarId = await newCalendar();
    const { gateway, sleeps } = fastGateway(server);
    server.faults.enqueue({ kind: "status", status: 429, retryAfterSeconds: 3 }, { path: /^\/\$batch$/ });
    const result = await gateway.execute(createAll(plan(4)), { calendarId, workbookKey: WB });
    expect(kinds(result.outcomes)).toEqual(Array(4).fill("created"));
    expect(sleeps).toEqual([3000]);
  });

  test("an item that keeps failing is given up after maxAttempts; the other writes still land", async () => {
    const calendarId = await newCalendar();
    const { gateway, sleeps } = fastGateway(server, { retry: { maxAttempts: 3 } });
    const [a, b] = plan(2);
    if (a === undefined || b === undefined) throw new Error("no plan");
    const [created] = (await gateway.execute(createAll([a]), { calendarId, workbookKey: WB })).outcomes;
    const eventId = (created as { eventId: string }).eventId;
    for (let i = 0; i < 3; i++) server.faults.enqueue({ kind: "status", status: 503 }, { scope: "batchItem", method: "POST" });
    const result = await gateway.execute({ ...createAll([b]), delete: [{ eventId, caseKey: a.caseKey, reason: "closed" }] }, { calendarId, workbookKey: WB });
    expect(result.outcomes).toEqual([
      { kind: "deleted", caseKey: a.caseKey, eventId, reason: "closed" },
      expect.objectContaining({ kind: "failed", op: "create", caseKey: b.caseKey, status: 503, message: expect.stringContaining("503") }),
    ]);
    expect(sleeps).toHaveLength(2);
    expect(server.events(calendarId)).toHaveLength(0);
  });

  test("lost batches shrink the next one; Graph unreachable for maxAttempts batches in a row ends the run", async () => {
    const calendarId = await newCalendar();
    const { gateway, sleeps } = fastGateway(server, { retry: { maxAttempts: 4 } });
    server.faults.enqueue({ kind: "drop", afterCommit: false }, { path: /^\/\$batch$/ }).enqueue({ kind: "status", status: 503 }, { path: /^\/\$batch$/ });
    server.resetStats();
    const result = await gateway.execute(createAll(plan(30)), { calendarId, workbookKey: WB });
    expect(kinds(result.outcomes)).toEqual(Array(30).fill("created"));
    // 20 lost, 10 lost, then 5 answered, and back up: 10, 15 (what is left)
    expect(topLevel(server).map((r) => r.items)).toEqual([0, 0, 5, 10, 15]);
    expect(sleeps).toEqual([500, 1000]);

    for (let i = 0; i < 4; i++) server.faults.enqueue({ kind: "status", status: 503 }, { path: /^\/\$batch$/ });
    const down = await gateway.execute(createAll(plan(3, WB, 100)), { calendarId, workbookKey: WB });
    expect(down.outcomes.map((o) => (o.kind === "failed" ? o.status : o.kind))).toEqual([503, 503, 503]);
  });

  test("a Retry-After beyond the limit fails the item instead of stalling the sync", async () => {
    const calendarId = await newCalendar();
    const { gateway, sleeps } = fastGateway(server, { retry: { maxRetryAfterMs: 60_000 } });
    server.faults.enqueue({ kind: "status", status: 429, retryAfterSeconds: 3600 }, { scope: "batchItem" });
    const result = await gateway.execute(createAll(plan(1)), { calendarId, workbookKey: WB });
    expect(result.outcomes).toEqual([expect.objectContaining({ kind: "failed", status: 429 })]);
    expect(sleeps).toEqual([]);
  });
});

describe("updates and deletes", () => {
  test("a moved deadline updates the event in place; its hash property follows", async () => {
    const calendarId = await newCalendar();
    const { gateway } = fastGateway(server);
    const [created] = (await gateway.execute(createAll(plan(1)), { calendarId, workbookKey: WB })).outcomes;
    const eventId = (created as { eventId: string }).eventId;
    const [moved] = planReminders(openCases(1).map((c) => ({ ...c, dueDate: "2030-02-15" as typeof c.dueDate })), { workbookKey: WB, leadDays: 3 });
    if (moved === undefined) throw new Error("no plan");
    const result = await gateway.execute({ ...createAll([]), update: [{ eventId, desired: moved }] }, { calendarId, workbookKey: WB });
    expect(result.outcomes).toEqual([{ kind: "updated", caseKey: moved.caseKey, eventId, hash: moved.hash }]);
    const stored = server.events(calendarId)[0];
    expect(stored?.start).toEqual({ dateTime: "2030-02-15T00:00:00", timeZone: "Taipei Standard Time" });
    expect((await gateway.listEvents(calendarId, WB))[0]?.hash).toBe(moved.hash);
  });

  test("an update of an event deleted in Outlook becomes a create, marked recreated", async () => {
    const calendarId = await newCalendar();
    const { gateway } = fastGateway(server);
    const desired = plan(1);
    const [created] = (await gateway.execute(createAll(desired), { calendarId, workbookKey: WB })).outcomes;
    const eventId = (created as { eventId: string }).eventId;
    server.deleteEvent(eventId);
    const d = desired[0] as DesiredEvent;
    const result = await gateway.execute({ ...createAll([]), update: [{ eventId, desired: d }] }, { calendarId, workbookKey: WB });
    expect(result.outcomes).toEqual([expect.objectContaining({ kind: "created", caseKey: d.caseKey, recreated: true })]);
    expect(server.events(calendarId)).toHaveLength(1);
  });

  test("deleting an event that is already gone counts as deleted", async () => {
    const calendarId = await newCalendar();
    const { gateway } = fastGateway(server);
    const [created] = (await gateway.execute(createAll(plan(1)), { calendarId, workbookKey: WB })).outcomes;
    const eventId = (created as { eventId: string }).eventId;
    server.deleteEvent(eventId);
    const ops = { ...createAll([]), delete: [{ eventId, caseKey: `${WB}/20001`, reason: "closed" as const }] };
    expect((await gateway.execute(ops, { calendarId, workbookKey: WB })).outcomes).toEqual([{ kind: "deleted", caseKey: `${WB}/20001`, eventId, reason: "closed" }]);
  });
});

describe("refusals and the token", () => {
  test("a wrong token fails every write with 401 at once, and no message carries the token", async () => {
    const calendarId = await newCalendar();
    const { gateway, sleeps, meter } = fastGateway(server, { getToken: () => Promise.resolve("expired-secret-token") });
    server.resetStats();
    const result = await gateway.execute(createAll(plan(25)), { calendarId, workbookKey: WB });
    expect(result.outcomes).toHaveLength(25);
    expect(result.outcomes.every((o) => o.kind === "failed" && o.status === 401)).toBe(true);
    expect(server.stats.httpRequests).toBe(1);
    expect(sleeps).toEqual([]);
    expect(JSON.stringify(result)).not.toContain("expired-secret-token");
    const listing = await gateway.listEvents(calendarId, WB).catch((e: unknown) => e);
    expect(listing).toBeInstanceOf(GraphRequestError);
    expect(String((listing as Error).message)).not.toContain("expired-secret-token");
    expect(meter.requests.some((r) => JSON.stringify(r).includes("secret"))).toBe(false);
  });
});
