// Reminder sync against the local Graph test server: Graph requests and wall time for 1, 20, 100 and 1,000
// reminders, first sync and no-change resync, beside the target; a first sync under 20% random faults;
// and what the listing checks cost (Outlook edits corrected, a lagging listing looked up).
import { performance } from "node:perf_hooks";
import { GraphCalendarGateway, RequestMeter, type MeterTotals } from "../src/calendar/graph";
import { syncReminders, type SyncSummary } from "../src/calendar/sync";
import { addDaysIso, type IsoDate } from "../src/domain";
import { MemoryStore } from "../src/workbook/mergeChanges";
import { emptyCase, emptyWorkbook, type WorkbookData } from "../src/workbook/model";
import { startGraphServer, type Fault, type GraphServer } from "../test/support/graphServer";
import { type Figure } from "./measure";

function workbook(n: number): WorkbookData {
  const cases = Array.from({ length: n }, (_, i) => ({
    ...emptyCase(String(30001 + i)),
    meeting: 300,
    lead: ["總務組"],
    text: `第 ${i + 1} 案：請總務組辦理宿舍修繕並於期限內回報辦理情形。`,
    dueDate: addDaysIso("2030-01-01" as IsoDate, i % 365),
    dueText: "限期",
  }));
  return { ...emptyWorkbook(), cases };
}

/** One sync, timed, with its requests counted by the meter the gateway was made with (from outside it). */
async function timedSync(store: MemoryStore, gateway: GraphCalendarGateway, meter: RequestMeter): Promise<{ summary: SyncSummary; requests: MeterTotals; ms: number }> {
  const mark = meter.mark();
  const started = performance.now();
  const result = await syncReminders(store, gateway);
  const ms = performance.now() - started;
  if (!result.ok) throw new Error(result.error);
  return { summary: result.value, requests: meter.totals(mark), ms };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function oneSize(server: GraphServer, n: number): Promise<Figure[]> {
  const store = new MemoryStore(workbook(n));
  const meter = new RequestMeter();
  const gateway = new GraphCalendarGateway({ baseUrl: server.baseUrl, getToken: () => Promise.resolve(server.token), meter });
  const first = await timedSync(store, gateway, meter);
  const again = await timedSync(store, gateway, meter);
  const f = first.requests;
  const r = again.requests;
  const listing = f.requests - f.batchRequests - 2;
  const label = `${n.toLocaleString("en-US")} reminder${n === 1 ? "" : "s"}`;
  return [
    {
      name: `${label}: first sync`,
      value: `${f.requests} requests = ${f.batchRequests} $batch + 2 calendar + ${listing} list (target ${Math.ceil(n / 20)} $batch + constant); largest ${kb(f.maxRequestBytes)}; ${first.ms.toFixed(0)} ms`,
    },
    {
      name: `${label}: resync, nothing changed`,
      value: `${r.requests} requests, ${r.writeRequests} writes (target 0); workbook written: ${again.summary.workbookWritten ? "yes" : "no"}; ${again.ms.toFixed(0)} ms`,
    },
  ];
}

async function underFaults(server: GraphServer, n: number): Promise<Figure> {
  const faults: Fault[] = [
    { kind: "status", status: 429, retryAfterSeconds: 1 },
    { kind: "status", status: 503 },
    { kind: "status", status: 504 },
    { kind: "drop", afterCommit: true },
  ];
  server.faults.random({ seed: 2026, rate: 0.2, faults });
  let waited = 0;
  const meter = new RequestMeter();
  const gateway = new GraphCalendarGateway({
    baseUrl: server.baseUrl,
    getToken: () => Promise.resolve(server.token),
    meter,
    // the waits are counted, not slept, so the figure is about requests rather than back-off time
    retry: { sleep: (ms) => ((waited += ms), Promise.resolve()) },
  });
  const store = new MemoryStore(workbook(n));
  const { summary, requests, ms } = await timedSync(store, gateway, meter);
  server.faults.clear();
  const calendarEvents = server.events(summary.calendar.id).length;
  const b = summary.batches;
  return {
    name: `${n.toLocaleString("en-US")} reminders, 20% of requests failing (seeded)`,
    value: `${summary.created} created, ${summary.errors.length} errors, ${calendarEvents} events stored; ${requests.requests} requests, ${b?.batches ?? 0} $batch (${b?.retries ?? 0} item resends, ${b?.throttled ?? 0} throttled), back-off asked ${(waited / 1000).toFixed(0)} s (not slept); ${ms.toFixed(0)} ms`,
  };
}

/**
 * What the checks cost on a resync of `n`: `edited` events moved in Outlook (corrected back), and a
 * listing that lags on `hidden` recorded events (each looked up by id before anything is recreated).
 */
async function checkedResync(server: GraphServer, n: number, edited: number, hidden: number): Promise<Figure[]> {
  const store = new MemoryStore(workbook(n));
  const meter = new RequestMeter();
  const gateway = new GraphCalendarGateway({ baseUrl: server.baseUrl, getToken: () => Promise.resolve(server.token), meter });
  await timedSync(store, gateway, meter);
  const ids = store.data.cases.map((c) => c.reminderEventId);
  for (const id of ids.slice(0, edited)) {
    server.mailbox.updateEvent(id, { start: { dateTime: "2031-01-01T00:00:00", timeZone: "Taipei Standard Time" }, end: { dateTime: "2031-01-02T00:00:00", timeZone: "Taipei Standard Time" } });
  }
  const corrected = await timedSync(store, gateway, meter);
  server.faults.enqueue({ kind: "lag", hide: ids.slice(edited, edited + hidden) }, { method: "GET", path: /\/events$/ });
  const lagged = await timedSync(store, gateway, meter);
  const label = n.toLocaleString("en-US");
  return [
    {
      name: `${label} reminders, ${edited} moved in Outlook: resync`,
      value: `${corrected.summary.corrected} corrected (target ${edited}), ${corrected.summary.recreated} recreated; ${corrected.requests.requests} requests (${corrected.requests.batchRequests} $batch); ${corrected.ms.toFixed(0)} ms`,
    },
    {
      name: `${label} reminders, listing lagging on ${hidden}: resync`,
      value: `${lagged.summary.lagging} found by lookup, ${lagged.summary.recreated} recreated (target 0), ${lagged.summary.created} created; ${lagged.requests.requests} requests (${lagged.requests.batchRequests} $batch of GETs), ${lagged.requests.writeRequests - lagged.requests.batchRequests} writes; ${lagged.ms.toFixed(0)} ms`,
    },
  ];
}

export async function benchReminders(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const n of [1, 20, 100, 1000]) {
    // a fresh server per size keeps each listing to that size's events
    const server = await startGraphServer({ token: "bench-token" });
    try {
      figures.push(...(await oneSize(server, n)));
    } finally {
      await server.close();
    }
  }
  const server = await startGraphServer({ token: "bench-token" });
  try {
    figures.push(await underFaults(server, 1000));
  } finally {
    await server.close();
  }
  const checks = await startGraphServer({ token: "bench-token" });
  try {
    figures.push(...(await checkedResync(checks, 1000, 50, 30)));
  } finally {
    await checks.close();
  }
  return figures;
}
