// Records built by hand, for tests of what takes a MeetingRecord (the CLI's header checks, withHeader,
// the import review, the eval's scoring) without running the parser.
import type { MeetingHeader, MeetingRecord, ParseWarning, TrackedItem } from "../../src/minutes";

/** A header that states nothing but the meeting's name. */
export const BARE_HEADER: MeetingHeader = {
  organization: null,
  name: "處務會議",
  number: null,
  date: null,
  startTime: null,
  endTime: null,
  location: null,
  chair: null,
  recorder: null,
  attendees: null,
};

/** An item of 會議結論 led by 總務組, no deadline, no case id, unless `fields` say otherwise. */
export function itemOf(text: string, line: number, fields: Partial<TrackedItem> = {}): TrackedItem {
  return {
    caseId: "",
    section: "會議結論",
    text,
    divisions: ["總務組"],
    supporting: [],
    people: [],
    dueDate: null,
    dueText: null,
    line,
    ...fields,
  };
}

export function recordOf(meeting: Partial<MeetingHeader>, items: TrackedItem[] = [], warnings: ParseWarning[] = []): MeetingRecord {
  return { meeting: { ...BARE_HEADER, ...meeting }, decisions: [], items, warnings };
}
