// Records built by hand, for tests of what takes a MeetingRecord (the CLI's header checks, withHeader,
// the import review, the eval's scoring) without running the parser.
import type { MeetingHeader, MeetingRecord, ParseWarning, TrackedItem } from "../../src/minutes";
import { renderMessage } from "../../src/problems";

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

/** A warning worded in zh-TW, as the minutes' readers see it. */
export const zhMessage = (w: ParseWarning): string => renderMessage(w.problem, "zh-TW");

/** Warnings as their lines and zh-TW words, for tables written the way the minutes' readers see them. */
export function lineMessages(warnings: readonly ParseWarning[]): { line: number; message: string }[] {
  return warnings.map((w) => ({ line: w.line, message: zhMessage(w) }));
}

/** A record as its expected JSON holds it: each warning with its zh-TW words beside its problem, as the secretary reads it. */
export const asShown = (record: MeetingRecord): unknown =>
  JSON.parse(JSON.stringify({ ...record, warnings: record.warnings.map((w) => ({ line: w.line, message: zhMessage(w), problem: w.problem })) }));
