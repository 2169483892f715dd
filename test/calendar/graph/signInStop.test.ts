// The Graph client never asks the user: when the silent token path says only the user can give a token,
// every gateway call stops at once with SignInRequiredError (no request, no retry, no wait) and the
// executor gives up what is left instead of resending it.
import { SignInRequiredError } from "../../../src/calendar/errors";
import { planReminders } from "../../../src/calendar/plan";
import { reconcile } from "../../../src/calendar/reconcile";
import { startGraphServer, type GraphServer } from "../../support/graphServer";
import { fastGateway, openCases } from "./support";

const WB = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b";
let server: GraphServer;

beforeAll(async () => {
  server = await startGraphServer({ token: "signin-token" });
});
afterAll(() => server.close());

test.each<[string, (g: ReturnType<typeof fastGateway>["gateway"]) => Promise<unknown>]>([
  ["listing calendars", (g) => g.listCalendars()],
  ["resolving a calendar", (g) => g.resolveCalendar({ name: "會議列管" })],
  ["listing events", (g) => g.listEvents("AAMkX=", WB)],
  ["looking events up", (g) => g.lookupEvents("AAMkX=", ["AAMk1="])],
])("%s stops with SignInRequiredError, sending nothing", async (_name, call) => {
  const { gateway, sleeps } = fastGateway(server, { getToken: () => Promise.reject(new SignInRequiredError()) });
  server.resetStats();
  await expect(call(gateway)).rejects.toBeInstanceOf(SignInRequiredError);
  expect(server.stats.httpRequests).toBe(0);
  expect(sleeps).toEqual([]);
});

test("writes stop at the first batch that cannot get a token; nothing more is sent or waited for", async () => {
  const calendarId = (await fastGateway(server).gateway.resolveCalendar({ name: "sign-in stop" })).id;
  let tokens = 0;
  const { gateway, sleeps } = fastGateway(server, { getToken: () => (++tokens <= 1 ? Promise.resolve(server.token) : Promise.reject(new SignInRequiredError())) });
  const ops = reconcile(planReminders(openCases(45), { workbookKey: WB, leadDays: 3 }), new Map(), [], { workbookKey: WB });
  server.resetStats();
  const result = await gateway.execute(ops, { calendarId, workbookKey: WB });
  expect(result.signInRequired).toBe(true);
  expect(result.outcomes.filter((o) => o.kind === "created")).toHaveLength(20);
  expect(result.outcomes.filter((o) => o.kind === "failed" && o.status === 401)).toHaveLength(25);
  expect(server.stats.batchRequests).toBe(1);
  expect(sleeps).toEqual([]);
});
