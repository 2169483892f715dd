// Tests for the optional invitees in the plan: off by default, hashed only when present.
import { planReminders, type PlanOptions } from "../../src/calendar/plan";
import { type ReminderCase } from "../../src/domain/reminderCase";
import { CASE_11002, CASE_11101, MEETING_DATES, WORKBOOK } from "./support";

const OPTIONS: PlanOptions = { workbookKey: WORKBOOK, leadDays: 3, meetingDates: MEETING_DATES };
const CONTACTS: Readonly<Record<string, string>> = { 總務組: "general.affairs@example.gov.tw" };
const leadContact = (c: ReminderCase) => {
  const first = c.lead[0] ?? "";
  const address = CONTACTS[first];
  return address === undefined ? [] : [{ address, name: first }];
};

describe("inviting the lead division's contact", () => {
  test("off by default: no attendees property at all", () => {
    const [event] = planReminders([CASE_11002], OPTIONS);
    expect(event).not.toHaveProperty("attendees");
  });

  test("on: the contact is on the event, and the hash changes so the next sync updates it", () => {
    const [plain] = planReminders([CASE_11002], OPTIONS);
    const [invited] = planReminders([CASE_11002], { ...OPTIONS, attendeesOf: leadContact });
    expect(invited?.attendees).toEqual([{ address: "general.affairs@example.gov.tw", name: "總務組" }]);
    expect(invited?.hash).not.toBe(plain?.hash);
  });

  test("a case whose lead has no contact plans exactly as without inviting", () => {
    const [plain] = planReminders([CASE_11101], OPTIONS);
    const [invited] = planReminders([CASE_11101], { ...OPTIONS, attendeesOf: leadContact });
    expect(invited).toEqual(plain);
  });

  test("the address's case does not change the hash (mailboxes ignore it)", () => {
    const upper = (c: ReminderCase) => leadContact(c).map((a) => ({ ...a, address: a.address.toUpperCase() }));
    const [a] = planReminders([CASE_11002], { ...OPTIONS, attendeesOf: leadContact });
    const [b] = planReminders([CASE_11002], { ...OPTIONS, attendeesOf: upper });
    expect(b?.hash).toBe(a?.hash);
  });
});
