// The Graph adapter's failures as data: a listing page it cannot trust and a failed request each carry a
// CalendarReason (worded later in the reader's language), never a sentence in one language.
import { GraphError } from "@microsoft/microsoft-graph-client";
import { MalformedListingError } from "../../../src/calendar/errors";
import { TokenUnavailableError } from "../../../src/calendar/graph/client";
import { pageItems } from "../../../src/calendar/graph/context";
import { describeFailure } from "../../../src/calendar/graph/retry";
import { SignInError } from "../../../src/calendar/auth/tokenSource";
import { problem } from "../../../src/problems";

const NOW = Date.UTC(2026, 0, 5, 1, 0, 0);

describe("a listing page that cannot be trusted names what was wrong", () => {
  const path = "/me/calendars/c1/events?$top=500";
  test.each<[string, unknown, object]>([
    ["null", null, { kind: "pageNotObject", path: "/me/calendars/c1/events" }],
    ["an array", [], { kind: "pageNotObject", path: "/me/calendars/c1/events" }],
    ["value null", { value: null }, { kind: "pageWithoutValue", path: "/me/calendars/c1/events", got: "null" }],
    ["no value", {}, { kind: "pageWithoutValue", path: "/me/calendars/c1/events", got: "undefined" }],
    ["value a string", { value: "x" }, { kind: "pageWithoutValue", path: "/me/calendars/c1/events", got: "string" }],
    ["an item not an object", { value: [1] }, { kind: "pageItemNotObject", path: "/me/calendars/c1/events" }],
    ["a next link not text", { value: [], "@odata.nextLink": 3 }, { kind: "nextLinkNotText", path: "/me/calendars/c1/events" }],
  ])("%s", (_what, page, reason) => {
    let thrown: unknown;
    try {
      pageItems(page, path);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MalformedListingError);
    expect(thrown).toMatchObject({ reason });
  });

  test("a good page gives its items and next link", () => {
    expect(pageItems({ value: [{ id: "a" }], "@odata.nextLink": "n" }, path)).toEqual({ items: [{ id: "a" }], nextLink: "n" });
  });
});

describe("a failed request's reason", () => {
  const withCode = (status: number, message: string, code: string) => Object.assign(new GraphError(status, message), { code });
  test.each<[string, unknown, object]>([
    ["an HTTP failure with Graph's code", withCode(403, "Access is denied.", "ErrorAccessDenied"), { status: 403, code: "ErrorAccessDenied", reason: { kind: "status", status: 403, code: "ErrorAccessDenied", message: "Access is denied." } }],
    ["no answer (the SDK's -1)", new GraphError(-1, "Failed to fetch"), { status: 0, reason: { kind: "noAnswer", detail: "Failed to fetch" } }],
    ["a plain network error", new TypeError("NetworkError when attempting to fetch resource."), { status: 0, reason: { kind: "noAnswer", detail: "NetworkError when attempting to fetch resource." } }],
    [
      "a token the sign-in could not give (MSAL's words kept)",
      new TokenUnavailableError(new SignInError(problem("signIn.failed", { detail: "interaction_in_progress" }))),
      { status: 0, code: "TokenUnavailable", reason: { kind: "tokenUnavailable", detail: "interaction_in_progress" } },
    ],
    ["a token source's plain error", new TokenUnavailableError(new Error("boom")), { reason: { kind: "tokenUnavailable", detail: "boom" } }],
  ])("%s", (_what, error, facts) => {
    expect(describeFailure(error, NOW)).toMatchObject(facts);
  });
});
