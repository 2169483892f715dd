// Whom to invite when the user turns inviting on: the contact address of each case's first lead division.
import { createDivisionRegistry } from "../../domain";
import { type ReminderAttendee, type ReminderCase } from "../types";
import { type WorkbookData } from "../../workbook/model";

/**
 * A plan option giving each case its first lead division's 聯絡信箱 from the 組室 table, or no one when
 * that division has no address (or the case is for 各組室, which is no single division).
 */
export function leadContactOf(data: Pick<WorkbookData, "divisions">): (c: ReminderCase) => readonly ReminderAttendee[] {
  const registry = createDivisionRegistry(data.divisions);
  return (c) => {
    if (!registry.ok) return [];
    const first = c.lead[0]?.trim() ?? "";
    const division = first === "" ? undefined : registry.value.find(first);
    const address = division?.email?.trim() ?? "";
    return division === undefined || address === "" ? [] : [{ address, name: division.name }];
  };
}
