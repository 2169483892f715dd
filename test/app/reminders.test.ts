// The reminder services: syncNow refuses a calendar named twice or blank before anything is read or sent,
// and passes the choice on as the sync takes it; exportIcs gives the workbook's reminders as .ics.
import { exportIcs, syncNow } from "../../src/app/reminders";
import type { CalendarGateway } from "../../src/calendar/gateway";
import { renderProblem } from "../../src/problems";
import { MemoryStore } from "../../src/workbook/mergeChanges";
import type { WorkbookStore } from "../../src/workbook/model";
import { caseRow, d, workbook } from "../taskpane/support";

/** A store that fails the test if touched: the refusals must come before any read. */
const untouchable: WorkbookStore = new Proxy({} as WorkbookStore, {
  get: (_t, key) => () => {
    throw new Error(`the store was used (${String(key)})`);
  },
});
const noGateway: CalendarGateway = new Proxy({} as CalendarGateway, {
  get: (_t, key) => () => {
    throw new Error(`the gateway was used (${String(key)})`);
  },
});

describe("syncNow refuses an impossible calendar choice, in both languages, touching nothing", () => {
  test.each([
    [{ calendarId: "AAMk", calendarName: "會議列管" }, "--calendar 與 --calendar-id 只能擇一", "give --calendar or --calendar-id, not both"],
    [{ calendarName: "  " }, "--calendar 不可為空白", "--calendar cannot be blank"],
  ])("%j", async (choice, zh, en) => {
    const result = await syncNow(untouchable, noGateway, choice);
    expect(result.ok).toBe(false);
    if (result.ok || !("problem" in result) || result.problem === undefined) throw new Error("expected a problem");
    expect(renderProblem(result.problem, "zh-TW")).toBe(zh);
    expect(renderProblem(result.problem, "en")).toBe(en);
  });
});

describe("exportIcs", () => {
  test("the open cases with a deadline become events; a workbook without a key gets one, saved", async () => {
    const store = new MemoryStore(workbook([caseRow("11105", { dueDate: d("2022-06-30") }), caseRow("11106", { tracking: "closed", dueDate: d("2022-06-30") })]));
    const made = await exportIcs(store, new Date("2022-05-01T00:00:00Z"));
    if (!made.ok) throw new Error(made.error);
    expect(made.value.events).toBe(1);
    expect(made.value.keyCreated).toBe(true);
    expect(made.value.ics).toContain(`UID:${made.value.workbookKey}/11105@minutes-tracker`);
    expect(made.value.ics).not.toContain("11106@");
    expect(store.writes).toBe(1);
    expect(store.data.settings.workbookKey).toBe(made.value.workbookKey);
  });
});
