// Public API of the minutes parser: text in, MeetingRecord out.

export { parseMinutes, type ParseMinutesOptions } from "./parseMinutes";
export type { MeetingHeader, MeetingRecord, ParseWarning, Ruling, RulingDecision, TrackedItem } from "./types";
