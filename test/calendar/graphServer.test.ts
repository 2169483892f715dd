// The Graph test server driven by the real @microsoft/microsoft-graph-client over HTTP: calendars, idempotent
// creates, the extended-property filter, paging, $batch, throttling, faults after commit and auth.
import { BatchRequestContent, BatchResponseContent, Client, type GraphError } from "@microsoft/microsoft-graph-client";
import { createSdkClient, FaultInjector, startGraphServer, type Fault, type GraphServer } from "../support/graphServer";

const CASE_KEY = "String {5a7b0d4e-2c1f-4e8a-9b3d-6f0e1c2a3b4d} Name caseKey";

interface EventBody {
  subject: string;
  isAllDay: boolean;
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  categories: string[];
  singleValueExtendedProperties: { id: string; value: string }[];
  transactionId?: string;
}

interface GraphEventJson {
  id: string;
  subject: string;
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  transactionId?: string;
  singleValueExtendedProperties?: { id: string; value: string }[];
}

interface Page<T> {
  value: T[];
  "@odata.nextLink"?: string;
}

/** An all-day reminder like the plan makes: Taipei midnight to the next midnight. */
function reminder(caseId: string, day: string, next: string, transactionId?: string): EventBody {
  return {
    subject: `【列管 ${caseId}】開放文件格式推廣 – 文書組`,
    isAllDay: true,
    start: { dateTime: `${day}T00:00:00`, timeZone: "Taipei Standard Time" },
    end: { dateTime: `${next}T00:00:00`, timeZone: "Taipei Standard Time" },
    categories: ["會議列管"],
    singleValueExtendedProperties: [{ id: CASE_KEY, value: `wb1|${caseId}` }],
    ...(transactionId === undefined ? {} : { transactionId }),
  };
}

async function rejection(promise: Promise<unknown>): Promise<GraphError> {
  try {
    await promise;
  } catch (error) {
    return error as GraphError;
  }
  throw new Error("expected the request to fail");
}

let server: GraphServer;
let client: Client;
let calendarSeq = 0;

/** A fresh calendar per test keeps the tests independent while sharing one server. */
async function newCalendar(): Promise<string> {
  const created = (await client.api("/me/calendars").post({ name: `test ${++calendarSeq}` })) as { id: string };
  return created.id;
}

beforeAll(async () => {
  server = await startGraphServer({ token: "secret-token", seed: 42 });
  client = createSdkClient(server, { retryDelaySeconds: 0 });
});

afterAll(async () => {
  await server.close();
});

afterEach(() => {
  server.faults.clear();
});

describe("calendars", () => {
  it("has a default calendar and creates, finds and refuses to duplicate a named one", async () => {
    const all = (await client.api("/me/calendars").get()) as Page<{ name: string; isDefaultCalendar: boolean }>;
    expect(all.value).toContainEqual(expect.objectContaining({ name: "Calendar", isDefaultCalendar: true }));

    const created = (await client.api("/me/calendars").post({ name: "會議列管" })) as { id: string; name: string };
    expect(created.name).toBe("會議列管");
    const found = (await client.api("/me/calendars").filter("name eq '會議列管'").get()) as Page<{ id: string }>;
    expect(found.value.map((c) => c.id)).toEqual([created.id]);

    const again = await rejection(client.api("/me/calendars").post({ name: "會議列管" }));
    expect([again.statusCode, again.code]).toEqual([409, "ErrorFolderExists"]);
  });

  it("refuses a calendar filter it does not support", async () => {
    const error = await rejection(client.api("/me/calendars").filter("startswith(name,'會議')").get());
    expect(error.statusCode).toBe(400);
  });
});

describe("events", () => {
  it("creates once per transactionId: a second POST returns the first event", async () => {
    const calendarId = await newCalendar();
    const first = (await client.api(`/me/calendars/${calendarId}/events`).post(reminder("11002", "2022-05-31", "2022-06-01", "tx-11002"))) as GraphEventJson;
    const second = (await client.api(`/me/calendars/${calendarId}/events`).post(reminder("11002", "2022-05-31", "2022-06-01", "tx-11002"))) as GraphEventJson;
    expect(second.id).toBe(first.id);
    expect(server.events(calendarId)).toHaveLength(1);
    expect(first.transactionId).toBe("tx-11002");
  });

  it("answers times in UTC unless the client prefers a zone, as Graph does", async () => {
    const calendarId = await newCalendar();
    const created = (await client.api(`/me/calendars/${calendarId}/events`).post(reminder("10902", "2022-05-31", "2022-06-01"))) as GraphEventJson;
    expect(created.start).toEqual({ dateTime: "2022-05-30T16:00:00.0000000", timeZone: "UTC" });
    const local = (await client.api(`/me/events/${created.id}`).header("Prefer", 'outlook.timezone="Taipei Standard Time"').get()) as GraphEventJson;
    expect(local.start).toEqual({ dateTime: "2022-05-31T00:00:00.0000000", timeZone: "Taipei Standard Time" });
  });

  it("rejects an all-day event that does not run midnight to midnight, and unknown properties", async () => {
    const calendarId = await newCalendar();
    const bad = { ...reminder("9903", "2022-05-31", "2022-06-01"), start: { dateTime: "2022-05-31T09:00:00", timeZone: "Taipei Standard Time" } };
    expect((await rejection(client.api(`/me/calendars/${calendarId}/events`).post(bad))).statusCode).toBe(400);
    const typo = { ...reminder("9903", "2022-05-31", "2022-06-01"), reminderMinutes: 10 };
    expect((await rejection(client.api(`/me/calendars/${calendarId}/events`).post(typo))).statusCode).toBe(400);
  });

  it("filters by the extended property (value or presence) and returns it only when expanded", async () => {
    const calendarId = await newCalendar();
    for (const id of ["11001", "11002", "11003"]) {
      await client.api(`/me/calendars/${calendarId}/events`).post(reminder(id, "2022-05-31", "2022-06-01"));
    }
    const byValue = (await client
      .api(`/me/calendars/${calendarId}/events`)
      .filter(`singleValueExtendedProperties/Any(ep: ep/id eq '${CASE_KEY}' and ep/value eq 'wb1|11002')`)
      .expand(`singleValueExtendedProperties($filter=id eq '${CASE_KEY}')`)
      .get()) as Page<GraphEventJson>;
    expect(byValue.value.map((e) => e.singleValueExtendedProperties)).toEqual([[{ id: CASE_KEY, value: "wb1|11002" }]]);

    const tagged = (await client
      .api(`/me/calendars/${calendarId}/events`)
      .filter(`singleValueExtendedProperties/Any(ep: ep/id eq '${CASE_KEY}')`)
      .select("subject")
      .get()) as Page<GraphEventJson>;
    expect(tagged.value).toHaveLength(3);
    expect(tagged.value[0]?.singleValueExtendedProperties).toBeUndefined();
    expect(Object.keys(tagged.value[0] ?? {}).sort()).toEqual(["@odata.etag", "id", "subject"]);
  });

  it("refuses filters and query options it does not support, so client code cannot rely on them", async () => {
    const calendarId = await newCalendar();
    const events = () => client.api(`/me/calendars/${calendarId}/events`);
    for (const request of [
      events().filter("subject eq 'x'"),
      events().filter(`singleValueExtendedProperties/Any(ep: ep/id eq '${CASE_KEY}' or ep/value eq 'x')`),
      events().expand("attachments"),
      events().orderby("start/dateTime"),
    ]) {
      expect((await rejection(request.get())).statusCode).toBe(400);
    }
  });

  it("pages with @odata.nextLink (absolute, so the client strips the base before client.api)", async () => {
    const calendarId = await newCalendar();
    for (let i = 0; i < 12; i++) {
      await client.api(`/me/calendars/${calendarId}/events`).post(reminder(`120${String(i).padStart(2, "0")}`, "2023-01-02", "2023-01-03"));
    }
    const seen: string[] = [];
    let page = (await client.api(`/me/calendars/${calendarId}/events`).top(5).get()) as Page<GraphEventJson>;
    seen.push(...page.value.map((e) => e.id));
    while (page["@odata.nextLink"] !== undefined) {
      const next = page["@odata.nextLink"];
      expect(next.startsWith(server.baseUrl)).toBe(true);
      page = (await client.api(next.slice(server.baseUrl.length)).get()) as Page<GraphEventJson>;
      seen.push(...page.value.map((e) => e.id));
    }
    expect(new Set(seen).size).toBe(12);
    const unpaged = (await client.api(`/me/calendars/${calendarId}/events`).get()) as Page<GraphEventJson>;
    expect(unpaged.value).toHaveLength(10);
  });

  it("updates, deletes, and answers 404 ErrorItemNotFound afterwards and after a delete in Outlook", async () => {
    const calendarId = await newCalendar();
    const created = (await client.api(`/me/calendars/${calendarId}/events`).post(reminder("11101", "2022-07-31", "2022-08-01"))) as GraphEventJson;
    const moved = (await client
      .api(`/me/calendars/${calendarId}/events/${created.id}`)
      .patch({ start: { dateTime: "2022-08-15T00:00:00", timeZone: "Taipei Standard Time" }, end: { dateTime: "2022-08-16T00:00:00", timeZone: "Taipei Standard Time" } })) as GraphEventJson;
    expect(moved.start.dateTime).toBe("2022-08-14T16:00:00.0000000");
    await client.api(`/me/events/${created.id}`).delete();
    const gone = await rejection(client.api(`/me/events/${created.id}`).get());
    expect([gone.statusCode, gone.code]).toEqual([404, "ErrorItemNotFound"]);

    const other = (await client.api(`/me/calendars/${calendarId}/events`).post(reminder("11102", "2022-07-31", "2022-08-01"))) as GraphEventJson;
    expect(server.deleteEvent(other.id)).toBe(true);
    const patched = await rejection(client.api(`/me/events/${other.id}`).patch({ subject: "x" }));
    expect([patched.statusCode, patched.code]).toEqual([404, "ErrorItemNotFound"]);
  });
});

/** A $batch of creates through the SDK's BatchRequestContent. */
function batchOfCreates(calendarId: string, caseIds: string[]): BatchRequestContent {
  return new BatchRequestContent(
    caseIds.map((caseId) => ({
      id: caseId,
      request: new Request(`${server.baseUrl}/me/calendars/${calendarId}/events`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(reminder(caseId, "2022-12-30", "2022-12-31", `tx-${caseId}`)),
      }),
    })),
  );
}

const ids = (n: number, prefix: string): string[] => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(2, "0")}`);

async function postBatch(content: BatchRequestContent): Promise<BatchResponseContent> {
  return new BatchResponseContent((await client.api("/$batch").post(await content.getContent())) as { responses: [] });
}

describe("$batch", () => {
  it("runs 20 creates in one HTTP request", async () => {
    const calendarId = await newCalendar();
    server.resetStats();
    const responses = await postBatch(batchOfCreates(calendarId, ids(20, "201")));
    expect([...responses.getResponses().values()].map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(server.events(calendarId)).toHaveLength(20);
    expect(server.stats).toMatchObject({ httpRequests: 1, batchRequests: 1, batchItems: 20 });
    expect(server.stats.bytesReceivedMax).toBe(server.stats.bytesReceivedTotal);
  });

  it("refuses 21 requests (the SDK's BatchRequestContent already refuses to hold them)", async () => {
    const calendarId = await newCalendar();
    expect(() => batchOfCreates(calendarId, ids(21, "202"))).toThrow();
    const requests = ids(21, "202").map((id) => ({ id, method: "GET", url: `/me/calendars/${calendarId}/events` }));
    expect((await rejection(client.api("/$batch").post({ requests }))).statusCode).toBe(400);
  });

  it("answers a throttled item with 429 and its Retry-After inside a 200 batch; the SDK does not retry it", async () => {
    const calendarId = await newCalendar();
    server.faults.enqueue({ kind: "status", status: 429, retryAfterSeconds: 2 }, { scope: "batchItem", method: "POST" });
    server.faults.enqueue({ kind: "status", status: 503 }, { scope: "batchItem", method: "POST" });
    server.resetStats();
    const responses = await postBatch(batchOfCreates(calendarId, ids(5, "203")));
    const statuses = [...responses.getResponses().entries()].map(([id, r]) => [id, r.status]);
    expect(statuses.sort()).toEqual([["20300", 429], ["20301", 503], ["20302", 201], ["20303", 201], ["20304", 201]]);
    expect(responses.getResponseById("20300").headers.get("Retry-After")).toBe("2");
    expect(server.stats.httpRequests).toBe(1);
    expect(server.events(calendarId)).toHaveLength(3);

    // Our code resends only the failed items (same transactionIds); nothing is duplicated.
    const retry = batchOfCreates(calendarId, ["20300", "20301", "20302"]);
    const second = await postBatch(retry);
    expect([...second.getResponses().values()].map((r) => r.status)).toEqual([201, 201, 201]);
    expect(server.events(calendarId)).toHaveLength(5);
  });
});

describe("throttling and faults seen by the SDK", () => {
  it("retries a 429 after its Retry-After (seconds) with a Retry-Attempt header", async () => {
    const calendarId = await newCalendar();
    server.faults.enqueue({ kind: "status", status: 429, retryAfterSeconds: 1 }, { method: "POST" });
    server.resetStats();
    const started = Date.now();
    await client.api(`/me/calendars/${calendarId}/events`).post(reminder("30001", "2022-05-31", "2022-06-01", "tx-30001"));
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.log.map((e) => [e.status, e.retryAttempt])).toEqual([[429, undefined], [201, "1"]]);
    expect(server.events(calendarId)).toHaveLength(1);
  });

  it("retries 503 and 504, and a whole throttled $batch, by itself", async () => {
    const calendarId = await newCalendar();
    server.faults
      .enqueue({ kind: "status", status: 503, retryAfterSeconds: 0 })
      .enqueue({ kind: "status", status: 504, retryAfterSeconds: 0 });
    server.resetStats();
    await client.api(`/me/calendars/${calendarId}/events`).get();
    expect(server.log.map((e) => e.status)).toEqual([503, 504, 200]);

    server.faults.enqueue({ kind: "status", status: 429, retryAfterSeconds: 0 }, { path: /^\/\$batch$/ });
    server.resetStats();
    await postBatch(batchOfCreates(calendarId, ids(2, "301")));
    expect(server.stats).toMatchObject({ httpRequests: 2, batchRequests: 1 });
  });

  it("gives up after maxRetries and surfaces the last status", async () => {
    const calendarId = await newCalendar();
    const fault: Fault = { kind: "status", status: 503, retryAfterSeconds: 0 };
    for (let i = 0; i < 4; i++) server.faults.enqueue(fault);
    const error = await rejection(client.api(`/me/calendars/${calendarId}/events`).get());
    expect(error.statusCode).toBe(503);
  });

  it("a 504 after the create committed is retried by the SDK; only transactionId prevents the duplicate", async () => {
    const calendarId = await newCalendar();
    const late: Fault = { kind: "status", status: 504, retryAfterSeconds: 0, afterCommit: true };
    server.faults.enqueue(late, { method: "POST" });
    await client.api(`/me/calendars/${calendarId}/events`).post(reminder("30201", "2022-05-31", "2022-06-01", "tx-30201"));
    expect(server.events(calendarId)).toHaveLength(1);

    server.faults.enqueue(late, { method: "POST" });
    await client.api(`/me/calendars/${calendarId}/events`).post(reminder("30202", "2022-05-31", "2022-06-01"));
    expect(server.events(calendarId)).toHaveLength(3);
  });

  it("a timeout after commit fails the call (no retry); retrying with the same transactionId creates nothing new", async () => {
    const calendarId = await newCalendar();
    server.faults.enqueue({ kind: "drop", afterCommit: true }, { method: "POST" });
    const body = reminder("30301", "2022-05-31", "2022-06-01", "tx-30301");
    const error = await rejection(client.api(`/me/calendars/${calendarId}/events`).post(body));
    expect(error.statusCode).toBe(-1);
    expect(server.events(calendarId)).toHaveLength(1);
    const retried = (await client.api(`/me/calendars/${calendarId}/events`).post(body)) as GraphEventJson;
    expect(server.events(calendarId).map((e) => e.id)).toEqual([retried.id]);
  });

  it("a $batch whose response is lost after commit can be resent whole without duplicates", async () => {
    const calendarId = await newCalendar();
    server.faults.enqueue({ kind: "drop", afterCommit: true }, { path: /^\/\$batch$/ });
    await expect(postBatch(batchOfCreates(calendarId, ids(4, "304")))).rejects.toBeDefined();
    expect(server.events(calendarId)).toHaveLength(4);
    const again = await postBatch(batchOfCreates(calendarId, ids(4, "304")));
    expect([...again.getResponses().values()].map((r) => r.status)).toEqual([201, 201, 201, 201]);
    expect(server.events(calendarId)).toHaveLength(4);
  });

  it("draws the same random faults for the same seed", () => {
    const faults: Fault[] = [{ kind: "status", status: 429, retryAfterSeconds: 1 }, { kind: "status", status: 503 }, { kind: "drop", afterCommit: true }];
    const run = () => {
      const injector = new FaultInjector().random({ seed: 7, rate: 0.2, faults });
      return Array.from({ length: 200 }, () => injector.draw({ scope: "batchItem", method: "POST", path: "/me/events" })?.kind ?? "-");
    };
    const first = run();
    expect(run()).toEqual(first);
    const hits = first.filter((k) => k !== "-").length;
    expect(hits).toBeGreaterThan(20);
    expect(hits).toBeLessThan(60);
  });
});

describe("authentication", () => {
  it("answers 401 to a wrong token", async () => {
    const stranger = createSdkClient(server, { token: "not-the-token" });
    const error = await rejection(stranger.api("/me/calendars").get());
    expect([error.statusCode, error.code]).toEqual([401, "InvalidAuthenticationToken"]);
  });

  it("gets no token at all from Client.init over http: the SDK only authenticates https Graph hosts", async () => {
    const plain = Client.init({
      authProvider: (done) => done(null, server.token),
      baseUrl: `${server.origin}/`,
      defaultVersion: "v1.0",
      customHosts: new Set([`127.0.0.1:${new URL(server.origin).port}`]),
    });
    server.resetStats();
    const error = await rejection(plain.api("/me/calendars").get());
    expect([error.statusCode, error.code]).toEqual([401, "InvalidAuthenticationToken"]);
    expect(error.message).toBe("Access token is empty.");
  });
});
