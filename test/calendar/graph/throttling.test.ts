// Graph's throttling and refusal forms at the batch level, against the Graph test server: a whole $batch
// answered 424, 429 or 503 sends its items again after the documented Retry-After (seconds with
// decimals, HTTP dates), never at once; a $batch answered 413 is sent again in halves.
import { planReminders } from "../../../src/calendar/plan";
import { reconcile } from "../../../src/calendar/reconcile";
import { type ReminderOps } from "../../../src/calendar/types";
import { type ReminderOutcome } from "../../../src/calendar/graph";
import { startGraphServer, type GraphServer } from "../../support/graphServer";
import { fastGateway, openCases, topLevel } from "./support";

const WB = "7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
const NOW = Date.UTC(2030, 0, 1, 9, 0, 0);
const BATCH = /^\/\$batch$/;

let server: GraphServer;
let seq = 0;

beforeAll(async () => {
  server = await startGraphServer({ token: "throttle-token", seed: 7 });
});
afterAll(() => server.close());
afterEach(() => server.faults.clear());

const createAll = (n: number): ReminderOps => reconcile(planReminders(openCases(n), { workbookKey: WB, leadDays: 3 }), new Map(), [], { workbookKey: WB });
const kinds = (outcomes: readonly ReminderOutcome[]) => outcomes.map((o) => o.kind);

async function calendar(): Promise<string> {
  return (await fastGateway(server).gateway.resolveCalendar({ name: `throttle ${++seq}` })).id;
}

describe("a whole $batch refused with a retryable status: its items go again after the wait asked for", () => {
  test.each<[string, 424 | 429 | 503, string, number]>([
    ["424 with Graph's decimal seconds", 424, "2.128", 2128],
    ["429 with seconds that Date.parse would read as 2001", 429, "2.5", 2500],
    ["503 with an HTTP date 30 s ahead", 503, new Date(NOW + 30_000).toUTCString(), 30_000],
    ["429 with an obsolete RFC 850 date 12 s ahead", 429, "Tuesday, 01-Jan-30 09:00:12 GMT", 12_000],
  ])("%s", async (_name, status, retryAfter, waited) => {
    const calendarId = await calendar();
    const { gateway, sleeps } = fastGateway(server, { now: () => NOW });
    server.faults.enqueue({ kind: "status", status, retryAfter }, { path: BATCH });
    server.resetStats();
    const result = await gateway.execute(createAll(5), { calendarId, workbookKey: WB });
    expect(kinds(result.outcomes)).toEqual(Array(5).fill("created"));
    expect(sleeps).toEqual([waited]);
    expect(server.events(calendarId)).toHaveLength(5);
    // the refused batch ran nothing; the resends carried every item (in halves after a 424 or 503, as
    // after any lost batch; at full size after a 429, which only says "slow down")
    const [refused, ...resent] = topLevel(server).map((r) => r.items);
    expect(refused).toBe(0);
    expect(resent).toEqual(status === 429 ? [5] : [2, 3]);
  });

  test("a refused batch without Retry-After backs off, never resends at once", async () => {
    const calendarId = await calendar();
    const { gateway, sleeps } = fastGateway(server, { retry: { random: () => 0 } });
    server.faults.enqueue({ kind: "status", status: 424 }, { path: BATCH });
    const result = await gateway.execute(createAll(3), { calendarId, workbookKey: WB });
    expect(kinds(result.outcomes)).toEqual(Array(3).fill("created"));
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThan(0);
  });

  test("an item throttled with a decimal Retry-After waits exactly that", async () => {
    const calendarId = await calendar();
    const { gateway, sleeps } = fastGateway(server);
    server.faults.enqueue({ kind: "status", status: 429, retryAfter: "2.128" }, { scope: "batchItem", method: "POST" });
    const result = await gateway.execute(createAll(4), { calendarId, workbookKey: WB });
    expect(kinds(result.outcomes)).toEqual(Array(4).fill("created"));
    expect(sleeps).toEqual([2128]);
  });

  test("an item answered 424 (its batch neighbour throttled) is sent again", async () => {
    const calendarId = await calendar();
    const { gateway, sleeps } = fastGateway(server);
    server.faults.enqueue({ kind: "status", status: 424, retryAfter: "1" }, { scope: "batchItem", method: "POST" });
    const result = await gateway.execute(createAll(2), { calendarId, workbookKey: WB });
    expect(kinds(result.outcomes)).toEqual(["created", "created"]);
    expect(sleeps).toEqual([1000]);
  });
});

describe("a $batch answered 413 is halved", () => {
  test("20 refused → 10 and 10, with no wait; later batches stay at 10", async () => {
    const calendarId = await calendar();
    const { gateway, sleeps } = fastGateway(server);
    server.faults.enqueue({ kind: "status", status: 413 }, { path: BATCH });
    server.resetStats();
    const result = await gateway.execute(createAll(35), { calendarId, workbookKey: WB });
    expect(kinds(result.outcomes)).toEqual(Array(35).fill("created"));
    expect(topLevel(server).map((r) => r.items)).toEqual([0, 10, 10, 10, 5]);
    expect(result.stats).toMatchObject({ halved: 1 });
    expect(sleeps).toEqual([]);
    expect(server.events(calendarId)).toHaveLength(35);
  });

  test("413 twice halves twice; one item alone refused as too large fails by itself", async () => {
    const calendarId = await calendar();
    const { gateway } = fastGateway(server);
    server.faults.enqueue({ kind: "status", status: 413 }, { path: BATCH }).enqueue({ kind: "status", status: 413 }, { path: BATCH });
    server.resetStats();
    const four = await gateway.execute(createAll(4), { calendarId, workbookKey: WB });
    expect(kinds(four.outcomes)).toEqual(Array(4).fill("created"));
    expect(topLevel(server).map((r) => r.items)).toEqual([0, 0, 1, 1, 1, 1]);

    server.faults.enqueue({ kind: "status", status: 413 }, { path: BATCH });
    const one = await gateway.execute(reconcile(planReminders(openCases(1, 50), { workbookKey: WB, leadDays: 3 }), new Map(), [], { workbookKey: WB }), { calendarId, workbookKey: WB });
    expect(one.outcomes).toEqual([expect.objectContaining({ kind: "failed", status: 413 })]);
  });
});
