// The reminder commands of the CLI on an .xlsx made by `import`: `ics` parses back with ical.js, `sync`
// against the Graph test server writes the event ids into the workbook; bad input exits 2, the token
// is never printed.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import { openFileStore } from "../../src/workbook/xlsx/node";
import { unwrap } from "../domain/support";
import { startGraphServer, type Fault, type GraphServer } from "../support/graphServer";
import { run } from "./support";

const fixtures = join(__dirname, "../fixtures");
const M110 = join(fixtures, "secretariat-110.txt");
const M111 = join(fixtures, "minutes/affairs-111-crlf-bom.txt");
const TOKEN = "cli-secret-token-4f1a";
const TOKEN_ENV = "MINUTES_TRACKER_TEST_GRAPH_TOKEN";

let server: GraphServer;
let dir: string;
let book: string;

beforeAll(async () => {
  server = await startGraphServer({ token: TOKEN, seed: 3 });
  process.env[TOKEN_ENV] = TOKEN;
});
afterAll(async () => {
  delete process.env[TOKEN_ENV];
  await server.close();
});
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "cli-reminders-"));
  book = join(dir, "列管.xlsx");
  const imported = await run("import", M110, M111, "--workbook", book, "--by", "許菁芳", "--json");
  expect(imported.code).toBe(0);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Open or continued cases with a deadline: the ones that get a reminder. */
async function remindable(): Promise<string[]> {
  const data = unwrap(await openFileStore(book).read());
  return data.cases.filter((c) => (c.tracking === "open" || c.tracking === "continued") && c.dueDate !== null).map((c) => c.caseId);
}

function parseIcs(text: string): ICAL.Event[] {
  // ICAL.parse is typed `any`: one VCALENDAR parses to one jCal array.
  const jcal: unknown = ICAL.parse(text);
  if (!Array.isArray(jcal)) throw new Error("expected one component");
  return new ICAL.Component(jcal).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("ics", () => {
  test("writes one VEVENT per open case with a deadline, with UIDs from the workbook key it saves", async () => {
    const out = join(dir, "提醒.ics");
    const { code, out: stdout, err } = await run("ics", "--workbook", book, "--out", out);
    expect(err).toBe("");
    expect(code).toBe(0);
    const key = unwrap(await openFileStore(book).read()).settings.workbookKey;
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(stdout).toContain(`已在「設定」建立活頁簿識別碼 ${key}`);
    const events = parseIcs(readFileSync(out, "utf8"));
    const ids = await remindable();
    expect(ids.length).toBeGreaterThan(0);
    expect(events.map((e) => e.uid).sort()).toEqual(ids.map((id) => `${key}/${id}@minutes-tracker`).sort());
    expect(events.every((e) => e.startDate.isDate && e.component.getFirstSubcomponent("valarm") !== null)).toBe(true);

    const again = await run("ics", "--workbook", book, "--out", out, "--json");
    expect(JSON.parse(again.out)).toMatchObject({ events: ids.length, workbookKey: key, keyCreated: false });
  });

  test("a workbook that does not exist exits 2 with one line", async () => {
    const { code, err } = await run("ics", "--workbook", join(dir, "none.xlsx"), "--out", join(dir, "x.ics"));
    expect(code).toBe(2);
    expect(err.trim().split("\n")).toHaveLength(1);
  });
});

describe("sync", () => {
  const sync = (...extra: string[]) => run("sync", "--workbook", book, "--graph-url", server.baseUrl, "--token-env", TOKEN_ENV, "--calendar", `CLI ${dir}`, ...extra);

  test("creates the reminders, writes the ids into the workbook, and a second run writes nothing", async () => {
    const { code, out, err } = await sync("--by", "許菁芳");
    expect(err).toBe("");
    expect(code).toBe(0);
    const ids = await remindable();
    expect(out).toContain(`新增 ${ids.length}，更新 0，刪除 0，未變更 0`);

    const data = unwrap(await openFileStore(book).read());
    const calendar = server.calendars().find((c) => c.name === `CLI ${dir}`);
    expect(data.settings).toMatchObject({ reminderCalendar: `CLI ${dir}`, reminderCalendarId: calendar?.id });
    const stored = server.events(calendar?.id);
    expect(stored).toHaveLength(ids.length);
    const recorded = data.cases.filter((c) => c.reminderEventId !== "");
    expect(recorded.map((c) => c.caseId).sort()).toEqual([...ids].sort());
    expect(recorded.map((c) => c.reminderEventId).sort()).toEqual(stored.map((e) => e.id).sort());

    const bytes = readFileSync(book);
    server.resetStats();
    const again = await sync("--json");
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ created: 0, updated: 0, deleted: 0, unchanged: ids.length, workbookWritten: false, requests: { writeRequests: 0 } });
    expect(server.log.filter((e) => e.method !== "GET")).toEqual([]);
    expect(readFileSync(book).equals(bytes)).toBe(true);
    expect(out + again.out).not.toContain(TOKEN);
  });

  test("a reminder Graph refuses is printed, recorded in 提醒錯誤, exits 2; the next run repairs it", async () => {
    // 400 is not retryable: that one reminder fails, the others land. The server's fault type lists only
    // the statuses the client must handle; it answers any status it is given, as Graph refusing the request.
    const refused = { kind: "status", status: 400 } as unknown as Fault;
    server.faults.enqueue(refused, { scope: "batchItem", method: "POST" });
    const first = await sync();
    expect(first.code).toBe(2);
    expect(first.out).toMatch(/錯誤 \d+：提醒建立失敗|錯誤 \d+：400/);
    expect(first.err).toMatch(/1 案的提醒同步失敗/);
    const failed = unwrap(await openFileStore(book).read()).cases.filter((c) => c.reminderError !== "");
    expect(failed).toHaveLength(1);

    const second = await sync();
    expect(second.code).toBe(0);
    expect(second.out).toContain("新增 1，");
    expect(unwrap(await openFileStore(book).read()).cases.filter((c) => c.reminderError !== "")).toEqual([]);
  });
});

describe("sync: the calendar is checked, not trusted", () => {
  const sync = (...extra: string[]) => run("sync", "--workbook", book, "--graph-url", server.baseUrl, "--token-env", TOKEN_ENV, "--calendar", `CLI check ${dir}`, ...extra);

  test("an event moved and renamed in Outlook is put back and counted as 已校正", async () => {
    expect((await sync()).code).toBe(0);
    const data = unwrap(await openFileStore(book).read());
    const [first] = data.cases.filter((c) => c.reminderEventId !== "");
    if (first === undefined) throw new Error("no reminder recorded");
    const before = server.events().find((e) => e.id === first.reminderEventId);
    server.mailbox.updateEvent(first.reminderEventId, { subject: "改過", start: { dateTime: "2031-01-01T00:00:00", timeZone: "Taipei Standard Time" }, end: { dateTime: "2031-01-02T00:00:00", timeZone: "Taipei Standard Time" } });

    const { code, out } = await sync();
    expect(code).toBe(0);
    expect(out).toMatch(/更新 1，刪除 0，未變更 \d+，已校正 1/);
    expect(out).toContain("已校正 1 個在 Outlook 中被移動、改名或關閉提醒的事件");
    const after = server.events().find((e) => e.id === first.reminderEventId);
    expect(after).toMatchObject({ subject: before?.subject, start: before?.start });
  });

  test("a listing answered with value: null exits 2, says why, and writes nothing", async () => {
    expect((await sync()).code).toBe(0);
    const bytes = readFileSync(book);
    const calendar = server.calendars().find((c) => c.name === `CLI check ${dir}`);
    const stored = server.events(calendar?.id).length;
    server.faults.enqueue({ kind: "body", body: { value: null } }, { method: "GET", path: /\/events$/ });
    const { code, err } = await sync();
    expect(code).toBe(2);
    expect(err).toMatch(/清單不可信/);
    expect(readFileSync(book).equals(bytes)).toBe(true);
    expect(server.events(calendar?.id)).toHaveLength(stored);
  });
});

describe("bad input exits 2 with a specific one-line reason, and never shows the token", () => {
  test.each<[string, string[], RegExp]>([
    ["no token in the variable", ["--token-env", "MINUTES_TRACKER_UNSET_VAR"], /環境變數 MINUTES_TRACKER_UNSET_VAR 沒有設定/],
    ["the token itself instead of a name", ["--token-env", "eyJ0eXAiOi.JKV1Qi"], /--token-env 應是環境變數的名稱/],
    ["plain http to another host", ["--graph-url", "http://graph.example.org/v1.0"], /只接受 https/],
    ["no version", ["--graph-url", "http://127.0.0.1:9/"], /應以 API 版本結尾/],
    ["not a URL", ["--graph-url", "graph"], /不是網址/],
  ])("%s", async (_, args, message) => {
    const base = { "--workbook": book, "--graph-url": server.baseUrl, "--token-env": TOKEN_ENV };
    const merged = new Map<string, string>(Object.entries(base));
    for (let i = 0; i < args.length; i += 2) merged.set(args[i] as string, args[i + 1] as string);
    const { code, out, err } = await run("sync", ...[...merged].flat());
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(out + err).not.toContain(TOKEN);
  });

  test("a wrong token: Graph's refusal, exit 2, the token not shown", async () => {
    process.env.MINUTES_TRACKER_WRONG_TOKEN = "wrong-secret-value";
    try {
      const { code, out, err } = await run("sync", "--workbook", book, "--graph-url", server.baseUrl, "--token-env", "MINUTES_TRACKER_WRONG_TOKEN");
      expect(code).toBe(2);
      expect(err).toMatch(/401/);
      expect(out + err).not.toContain("wrong-secret-value");
    } finally {
      delete process.env.MINUTES_TRACKER_WRONG_TOKEN;
    }
  });
});
