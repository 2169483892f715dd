// The 提醒 tab's wiring without React, against the Graph test server: a sync with no signed-in user stops
// and asks (no window opens, no request is sent), the 登入 click is what signs in, then the sync runs and
// its requests are counted from outside the gateway; calendars, the lead time and the .ics.
import { SignInRequiredError } from "../../../src/calendar/errors";
import { GraphCalendarGateway, RequestMeter } from "../../../src/calendar/graph";
import type { TokenSource } from "../../../src/calendar/auth";
import { ok } from "../../../src/domain";
import { MemoryStore } from "../../../src/workbook/mergeChanges";
import { emptyWorkbook } from "../../../src/workbook/model";
import { outcomeText, ReminderSession } from "../../../src/taskpane/tabs/reminders/reminderSession";
import { startGraphServer, type GraphServer } from "../../support/graphServer";
import { openCases } from "../../calendar/graph/support";

let server: GraphServer;
let seq = 0;

beforeAll(async () => {
  server = await startGraphServer({ token: "pane-token", seed: 9 });
});
afterAll(() => server.close());

/** A token source like the pane's: silent only after signIn; counts the windows it would have opened. */
class FakeTokenSource implements TokenSource {
  readonly method = "naa" as const;
  windows = 0;
  private signedIn = false;
  constructor(private readonly outcome: "ok" | "cancel" = "ok") {}
  account(): string | null {
    return this.signedIn ? "chen@example.gov.tw" : null;
  }
  getToken(): Promise<string> {
    return this.signedIn ? Promise.resolve(server.token) : Promise.reject(new SignInRequiredError());
  }
  signIn(): Promise<string> {
    this.windows++;
    if (this.outcome === "cancel") return Promise.reject(Object.assign(new Error("已取消登入。"), { cancelled: true }));
    this.signedIn = true;
    return Promise.resolve(server.token);
  }
  signOut(): Promise<void> {
    this.signedIn = false;
    return Promise.resolve();
  }
}

function session(tokens: TokenSource, store = new MemoryStore({ ...emptyWorkbook(), cases: openCases(3) })) {
  let made = 0;
  const s = new ReminderSession({
    store,
    workbookName: () => "秘書處列管.xlsx",
    by: () => "測試",
    now: () => new Date("2029-12-01T02:00:00Z"),
    tokenSource: () => {
      made++;
      return Promise.resolve(ok<TokenSource>(tokens));
    },
    meter: () => Promise.resolve(new RequestMeter()),
    gateway: (getToken, meter) => Promise.resolve(new GraphCalendarGateway({ baseUrl: server.baseUrl, getToken, meter, retry: { sleep: () => Promise.resolve() } })),
  });
  return { session: s, store, made: () => made };
}

test("a sync before sign-in stops and asks; nothing opens and nothing reaches Graph", async () => {
  const tokens = new FakeTokenSource();
  const { session: s, store } = session(tokens);
  const before = store.data.cases;
  server.resetStats();
  const run = await s.sync({ calendarName: `pane ${++seq}`, inviteLead: false });
  expect(run).toMatchObject({ kind: "sign-in-required", message: expect.stringContaining("登入") });
  expect(tokens.windows).toBe(0);
  expect(server.stats.httpRequests).toBe(0);
  expect(store.data.cases).toEqual(before);
});

test("the 登入 click signs in; the sync then runs and counts its own requests", async () => {
  const tokens = new FakeTokenSource();
  const { session: s, store, made } = session(tokens);
  expect(await s.signIn()).toEqual({ kind: "done", value: "chen@example.gov.tw" });
  expect(tokens.windows).toBe(1);
  const run = await s.sync({ calendarName: `pane ${++seq}`, inviteLead: false });
  if (run.kind !== "done") throw new Error(run.message);
  expect(run.value.summary).toMatchObject({ created: 3, corrected: 0, errors: [] });
  expect(run.value.requests).toMatchObject({ batchRequests: 1, requests: 4 });
  expect(store.data.cases.every((c) => c.reminderEventId !== "")).toBe(true);
  // the token source is made once, whatever the number of steps
  expect(made()).toBe(1);
});

test("a cancelled sign-in is quiet and signs nobody in", async () => {
  const { session: s } = session(new FakeTokenSource("cancel"));
  expect(await s.signIn()).toEqual({ kind: "failed", message: "已取消登入。", cancelled: true });
});

test("calendars: only those that can take reminders, the recorded one selected; before sign-in it asks", async () => {
  const tokens = new FakeTokenSource();
  const { session: s } = session(tokens);
  expect(await s.loadCalendars("", "Calendar")).toMatchObject({ kind: "sign-in-required" });
  await s.signIn();
  const loaded = await s.loadCalendars("", "Calendar");
  if (loaded.kind !== "done") throw new Error("expected calendars");
  expect(loaded.value.calendars.every((c) => c.canEdit)).toBe(true);
  expect(loaded.value.selectedId).toBe(server.calendars().find((c) => c.isDefaultCalendar)?.id);
});

test("calendars: a listing Graph answers without its value array is a problem worded in either language", async () => {
  const tokens = new FakeTokenSource();
  const { session: s } = session(tokens);
  await s.signIn();
  server.faults.enqueue({ kind: "body", body: { value: null } }, { method: "GET", path: /^\/me\/calendars$/ });
  const loaded = await s.loadCalendars("", "Calendar");
  expect(loaded).toMatchObject({ kind: "failed", problem: { code: "reminders.calendarsFailed", params: { reason: { kind: "pageWithoutValue", got: "null" } } } });
  if (loaded.kind !== "failed") throw new Error("expected a failure");
  expect(outcomeText(loaded, "en")).toBe("your calendars could not be listed: a page of the listing has no “value” array (/me/calendars, got “null”)");
  expect(outcomeText(loaded, "zh-TW")).toBe("無法載入您的行事曆清單：清單回應沒有「value」陣列（/me/calendars，收到「null」）");
});

test("the lead time is saved only when it changed", async () => {
  const { session: s, store } = session(new FakeTokenSource());
  expect(await s.saveLead(3, 3)).toEqual({ ok: true, value: false });
  expect(await s.saveLead(5, 3)).toEqual({ ok: true, value: true });
  expect(store.data.settings.reminderLeadDays).toBe(5);
});

test("the .ics carries the workbook's name and one event per open dated case", async () => {
  const { session: s } = session(new FakeTokenSource());
  const made = await s.exportIcs();
  if (!made.ok) throw new Error(made.error);
  expect(made.value).toMatchObject({ fileName: "秘書處列管-提醒.ics", events: 3, keyCreated: true });
  expect(made.value.ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
});
