// driftOf: which fields of a listed event differ from the desired one (an Outlook edit), and reconcile
// turning such an edit into an update counted as corrected.
import { driftOf, type DriftField } from "../../src/calendar/drift";
import { planReminders } from "../../src/calendar/plan";
import { reconcile } from "../../src/calendar/reconcile";
import { type DesiredEvent, type ObservedEvent } from "../../src/calendar/types";
import { CASE_11002, WORKBOOK } from "./support";

const [desired] = planReminders([CASE_11002], { workbookKey: WORKBOOK, leadDays: 3 }) as [DesiredEvent];
const asListed: ObservedEvent = {
  subject: desired.subject,
  start: { dateTime: "2022-05-31T00:00:00.0000000", timeZone: "Taipei Standard Time" },
  end: { dateTime: "2022-06-01T00:00:00.0000000", timeZone: "Taipei Standard Time" },
  isAllDay: true,
  isReminderOn: true,
  reminderMinutesBeforeStart: 3780,
};

describe("driftOf", () => {
  test.each<[string, ObservedEvent | undefined, DriftField[]]>([
    ["as synced (Graph's seven-digit fractions)", asListed, []],
    ["nothing observed", undefined, []],
    ["the same instant in UTC", { ...asListed, start: { dateTime: "2022-05-30T16:00:00.0000000", timeZone: "UTC" }, end: { dateTime: "2022-05-31T16:00:00", timeZone: "UTC" } }, []],
    ["a zone it cannot convert is not taken for an edit", { ...asListed, start: { dateTime: "2022-05-31T01:00:00", timeZone: "Tokyo Standard Time" } }, []],
    ["moved in Outlook to 6/3", { ...asListed, start: { dateTime: "2022-06-03T00:00:00.0000000", timeZone: "Taipei Standard Time" }, end: { dateTime: "2022-06-04T00:00:00.0000000", timeZone: "Taipei Standard Time" } }, ["start", "end"]],
    ["renamed", { ...asListed, subject: "宿舍" }, ["subject"]],
    ["reminder turned off", { ...asListed, isReminderOn: false }, ["isReminderOn"]],
    ["reminder moved to 15 minutes", { ...asListed, reminderMinutesBeforeStart: 15 }, ["reminderMinutesBeforeStart"]],
    ["made a timed meeting", { ...asListed, isAllDay: false }, ["isAllDay"]],
  ])("%s → %p", (_name, observed, expected) => {
    expect(driftOf(desired, observed)).toEqual(expected);
  });
});

describe("reconcile: an Outlook edit is corrected", () => {
  const recorded = new Map([[desired.caseKey, { eventId: "AAMk1", hash: desired.hash }]]);
  test("recorded, same hash, but moved: update, listed as corrected", () => {
    const moved = { ...asListed, start: { dateTime: "2022-06-03T00:00:00", timeZone: "Taipei Standard Time" } };
    const ops = reconcile([desired], recorded, [{ id: "AAMk1", caseKey: desired.caseKey, hash: desired.hash, observed: moved }], { workbookKey: WORKBOOK });
    expect(ops).toMatchObject({ update: [{ eventId: "AAMk1", desired }], corrected: [desired.caseKey], unchanged: [] });
  });
  test("adopted (not recorded), same hash, renamed: update, corrected", () => {
    const ops = reconcile([desired], new Map(), [{ id: "AAMk2", caseKey: desired.caseKey, hash: desired.hash, observed: { ...asListed, subject: "x" } }], { workbookKey: WORKBOOK });
    expect(ops).toMatchObject({ adopted: [{ caseKey: desired.caseKey, eventId: "AAMk2" }], update: [{ eventId: "AAMk2" }], corrected: [desired.caseKey] });
  });
  test("as synced: unchanged, nothing corrected", () => {
    const ops = reconcile([desired], recorded, [{ id: "AAMk1", caseKey: desired.caseKey, hash: desired.hash, observed: asListed }], { workbookKey: WORKBOOK });
    expect(ops).toMatchObject({ update: [], corrected: [], unchanged: [desired.caseKey] });
  });
});
