// Public API of the minutes parser: text in, MeetingRecord out; a header supplied by hand; the owners of a
// text the secretary adds in the review.

export { readOwners, type ItemOwners } from "./assignees";
export { parseMinutes, type ParseMinutesOptions } from "./parseMinutes";
export { withHeader, type HeaderOverride } from "./withHeader";
export type { MeetingHeader, MeetingRecord, ParseWarning, Ruling, RulingDecision, TrackedItem } from "./types";
