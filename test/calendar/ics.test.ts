// Tests for the .ics export, read back with ical.js as a calendar application would.
import ICAL from "ical.js";
import { ICS_PRODID, icsSequence, toIcs } from "../../src/calendar/ics";
import { planReminders, type PlanOptions } from "../../src/calendar/plan";
import { CASE_11002, MEETING_DATES, SAMPLE_CASES, WORKBOOK, iso, parseIcs } from "./support";

const PLAN: PlanOptions = { workbookKey: WORKBOOK, leadDays: 3, meetingDates: MEETING_DATES };
const NOW = "2022-04-21T06:00:00Z"; // after the 111th meeting
const DESIRED = planReminders(SAMPLE_CASES, PLAN);
const TEXT = toIcs(DESIRED, { calendarName: "會議列管", now: NOW });

const parse = parseIcs;

function events(text: string): ICAL.Event[] {
  return parse(text)
    .getAllSubcomponents("vevent")
    .map((v) => new ICAL.Event(v));
}

function eventFor(caseId: string, text = TEXT): ICAL.Event {
  const found = events(text).find((e) => e.uid === `${WORKBOOK}/${caseId}@minutes-tracker`);
  if (found === undefined) throw new Error(`no VEVENT for ${caseId}`);
  return found;
}

describe("the calendar header", () => {
  test.each([
    ["prodid", ICS_PRODID],
    ["version", "2.0"],
    ["calscale", "GREGORIAN"],
    ["x-wr-calname", "會議列管"],
  ])("%s is %s", (name, value) => {
    expect(parse(TEXT).getFirstPropertyValue(name)).toBe(value);
  });
});

describe("one VEVENT per desired reminder, its UID stable per case", () => {
  test("11002, 11101 and 11102", () => {
    expect(events(TEXT).map((e) => e.uid)).toEqual(DESIRED.map((d) => d.uid));
    expect(events(TEXT)).toHaveLength(3);
  });

  test("a later export of the same cases keeps the UIDs and raises SEQUENCE, so a re-import updates", () => {
    const later = toIcs(DESIRED, { calendarName: "會議列管", now: "2022-05-02T01:30:00+08:00" });
    expect(events(later).map((e) => e.uid)).toEqual(events(TEXT).map((e) => e.uid));
    expect(eventFor("11002", later).sequence).toBeGreaterThan(eventFor("11002").sequence);
  });

  test("the same cases and time give the same bytes", () => {
    expect(toIcs(planReminders([...SAMPLE_CASES].reverse(), PLAN), { calendarName: "會議列管", now: NOW })).toBe(TEXT);
  });

  test("no reminders → a valid empty calendar", () => {
    const empty = toIcs([], { calendarName: "會議列管", now: NOW });
    expect(parse(empty).getAllSubcomponents("vevent")).toEqual([]);
  });
});

describe("all-day dates: DTSTART;VALUE=DATE on the due date, DTEND the next day", () => {
  test.each([
    ["11002", "2022-05-31", "2022-06-01"],
    ["11101", "2022-05-21", "2022-05-22"],
    ["11102", "2022-05-01", "2022-05-02"],
  ])("%s: %s – %s", (caseId, start, end) => {
    const event = eventFor(caseId);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe(start);
    expect(event.endDate.toString()).toBe(end);
  });

  test("written as DATE values", () => {
    expect(TEXT).toContain("DTSTART;VALUE=DATE:20220531\r\n");
    expect(TEXT).toContain("DTEND;VALUE=DATE:20220601\r\n");
  });
});

describe("texts: SUMMARY, DESCRIPTION, CATEGORIES, TRANSP, DTSTAMP", () => {
  const d = DESIRED[0];
  if (d === undefined) throw new Error("no desired events");
  const event = eventFor(d.caseId);

  test("SUMMARY and DESCRIPTION round-trip, newlines and CJK included", () => {
    expect(event.summary).toBe(d.subject);
    expect(event.description).toBe(d.bodyText);
  });

  test("CATEGORIES, TRANSP and DTSTAMP", () => {
    expect(event.component.getFirstProperty("categories")?.getValues()).toEqual(["會議列管"]);
    expect(event.component.getFirstPropertyValue("transp")).toBe("TRANSPARENT");
    expect(event.component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2022-04-21T06:00:00Z");
  });

  test("SEQUENCE is minutes since 2020-01-01T00:00Z", () => {
    expect(event.sequence).toBe(icsSequence(new Date(NOW)));
    expect(icsSequence(new Date("2020-01-01T00:01:00Z"))).toBe(1);
  });
});

describe("the VALARM fires when the Outlook reminder does: 09:00 leadDays before", () => {
  test.each([
    [3, "-P2DT15H"], // 2022-05-28 09:00 for 11002
    [1, "-PT15H"],
    [7, "-P6DT15H"],
    [0, "PT0S"], // 00:00 on the due date
  ])("lead %i → TRIGGER %s", (leadDays, trigger) => {
    const text = toIcs(planReminders([CASE_11002], { ...PLAN, leadDays }), { calendarName: "會議列管", now: NOW });
    const valarm = eventFor("11002", text).component.getFirstSubcomponent("valarm");
    expect(valarm?.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect(valarm?.getFirstPropertyValue("trigger")?.toString()).toBe(trigger);
    expect(valarm?.getFirstPropertyValue("description")).toBe(eventFor("11002", text).summary);
  });

  test("11002 lead 3: the trigger lands on 2022-05-28 09:00", () => {
    const event = eventFor("11002");
    const trigger = event.component.getFirstSubcomponent("valarm")?.getFirstPropertyValue("trigger");
    if (!(trigger instanceof ICAL.Duration)) throw new Error("TRIGGER is not a duration");
    const fires = event.startDate.clone();
    fires.isDate = false;
    fires.addDuration(trigger);
    expect(fires.toString()).toBe("2022-05-28T09:00:00");
  });
});

describe("RFC 5545 lines: CRLF endings, folded to at most 75 octets", () => {
  const lines = TEXT.split("\r\n");

  test("every line ends in CRLF, the last one too, and no bare LF is left", () => {
    expect(TEXT.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(TEXT.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  test("no line is longer than 75 octets (continuations included)", () => {
    const longest = Math.max(...lines.map((line) => new TextEncoder().encode(line).length));
    expect(longest).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true); // the zh-TW body needed folding
  });

  test("folding never splits a character, even one outside the BMP", () => {
    const c = { ...CASE_11002, text: `${"𠀋".repeat(40)}，請總務組辦理。` };
    const text = toIcs(planReminders([c], PLAN), { calendarName: "會議列管", now: NOW });
    for (const line of text.split("\r\n")) {
      expect(line).not.toMatch(/[\uD800-\uDBFF]$/);
      expect(line).not.toMatch(/^ ?[\uDC00-\uDFFF]/);
    }
  });

  test("ical.js's global fold length is left as it was", () => {
    expect(ICAL.foldLength).toBe(75);
  });
});

describe("a bad export time is a caller bug", () => {
  test.each(["2022-04-21", "2022-04-21T06:00:00", "yesterday", "2019-12-31T23:59:00Z"])("%p", (now) => {
    expect(() => toIcs(DESIRED, { calendarName: "會議列管", now })).toThrow(RangeError);
  });
});

describe("a long case text with a character outside the BMP still parses back intact", () => {
  test("𠀋 in the case text", () => {
    const c = { ...CASE_11002, text: `${"𠀋".repeat(40)}，請總務組辦理。`, dueDate: iso("2022-05-31") };
    const [d] = planReminders([c], PLAN);
    if (d === undefined) throw new Error("no reminder");
    const text = toIcs([d], { calendarName: "會議列管", now: NOW });
    expect(eventFor("11002", text).description).toBe(d.bodyText);
  });
});
