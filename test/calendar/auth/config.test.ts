// Sign-in configuration and the choice of sign-in method: what is accepted, what is refused and how it is said.
import { GRAPH_SCOPES, authConfig, authority, chooseSignIn } from "../../../src/calendar/auth";

const ID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

describe("authConfig", () => {
  test.each([
    [ID, undefined, { clientId: ID, tenant: "organizations" }],
    [` ${ID} `, "contoso.onmicrosoft.com", { clientId: ID, tenant: "contoso.onmicrosoft.com" }],
    [ID, "72f988bf-86f1-41af-91ab-2d7cd011db47", { clientId: ID, tenant: "72f988bf-86f1-41af-91ab-2d7cd011db47" }],
    [ID, "common", { clientId: ID, tenant: "common" }],
  ])("client %j tenant %j", (clientId, tenant, expected) => {
    expect(authConfig(clientId, tenant)).toEqual({ ok: true, value: expected });
  });

  test.each([
    [undefined, undefined, /MINUTES_TRACKER_CLIENT_ID/],
    ["", "contoso.com", /MINUTES_TRACKER_CLIENT_ID/],
    ["my-app", undefined, /用戶端識別碼「my-app」不是 GUID/],
    [ID, "https://login.microsoftonline.com/x", /租用戶「https:\/\/login.microsoftonline.com\/x」應為/],
  ])("client %j tenant %j is refused", (clientId, tenant, message) => {
    const result = authConfig(clientId, tenant);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  test("the authority is the tenant's", () => {
    expect(authority({ clientId: ID, tenant: "contoso.onmicrosoft.com" })).toBe("https://login.microsoftonline.com/contoso.onmicrosoft.com");
  });

  test("the only scope asked for is Calendars.ReadWrite (least privilege)", () => {
    expect(GRAPH_SCOPES).toEqual(["Calendars.ReadWrite"]);
  });
});

describe("chooseSignIn", () => {
  test.each([
    ["a plain browser", { inOffice: false }, "popup"],
    ["Excel with NestedAppAuth 1.1", { inOffice: true, isSetSupported: (s: string, v: string) => s === "NestedAppAuth" && v === "1.1" }, "naa"],
    ["Excel without it", { inOffice: true, isSetSupported: () => false }, "office-dialog"],
    ["Excel that cannot say", { inOffice: true }, "office-dialog"],
  ])("%s → %s", (_what, host, method) => {
    expect(chooseSignIn(host)).toBe(method);
  });
});
