// The .ics export from a workbook: the key is made and saved once, UIDs come from it, and the file parses.
import ICAL from "ical.js";
import { exportIcs } from "../../../src/calendar/sync";
import { MemoryStore } from "../../../src/workbook/mergeChanges";
import { emptyWorkbook } from "../../../src/workbook/model";
import { openCases } from "../graph/support";

const NOW = new Date("2029-12-01T02:00:00Z");

test("a workbook without a key gets one, saved; the next export keeps it, so UIDs stay the same", async () => {
  const store = new MemoryStore({ ...emptyWorkbook(), cases: openCases(3) });
  const first = await exportIcs(store, { now: NOW, newWorkbookKey: () => "11111111-2222-4333-8444-555555555555" });
  expect(first).toMatchObject({ ok: true, value: { events: 3, keyCreated: true, workbookKey: "11111111-2222-4333-8444-555555555555" } });
  expect(store.data.settings.workbookKey).toBe("11111111-2222-4333-8444-555555555555");
  const second = await exportIcs(store, { now: NOW, newWorkbookKey: () => "must-not-be-used" });
  expect(second).toMatchObject({ ok: true, value: { keyCreated: false } });
  expect(store.writes).toBe(1);

  if (!second.ok) throw new Error(second.error);
  // ICAL.parse is typed `any`: one VCALENDAR parses to one jCal array.
  const jcal: unknown = ICAL.parse(second.value.ics);
  if (!Array.isArray(jcal)) throw new Error("expected one component");
  const calendar = new ICAL.Component(jcal);
  expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("會議列管");
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  expect(events.map((e) => e.uid)).toEqual(["20001", "20002", "20003"].map((id) => `11111111-2222-4333-8444-555555555555/${id}@minutes-tracker`));
  expect(events[0]?.startDate.toString()).toBe("2030-01-01");
});

test("a bad lead time in 設定 is a message, not a crash", async () => {
  const base = emptyWorkbook();
  const store = new MemoryStore({ ...base, cases: openCases(1), settings: { ...base.settings, workbookKey: "k", reminderLeadDays: -2 } });
  expect(await exportIcs(store, { now: NOW })).toMatchObject({ ok: false, error: expect.stringContaining("提醒提前天數"), problem: { code: "reminders.leadDaysInvalid" } });
});
