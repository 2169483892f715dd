// The words for statuses in zh-TW and English, kept in one place so code, sheet and UI say the same thing.

import { toHalfWidth } from "./numerals";
import { TRACKING_STATUSES, type ComputedStatus, type TrackingStatus } from "./status";

/** zh-TW labels for what the meetings decided, as written in minutes. */
export const TRACKING_LABELS: Readonly<Record<TrackingStatus, string>> = Object.freeze({
  open: "列管中",
  continued: "賡續列管",
  closed: "解除列管",
  "self-tracked": "自行列管",
});

/** English labels for what the meetings decided. */
export const TRACKING_LABELS_EN: Readonly<Record<TrackingStatus, string>> = Object.freeze({
  open: "Open",
  continued: "Continued",
  closed: "Closed",
  "self-tracked": "Self-tracked",
});

/** zh-TW labels for the computed status. */
export const COMPUTED_LABELS: Readonly<Record<ComputedStatus, string>> = Object.freeze({
  overdue: "逾期",
  "due-soon": "即將到期",
  "on-track": "進行中",
  "no-deadline": "無期限",
  closed: "已結案",
});

/** English labels for the computed status. */
export const COMPUTED_LABELS_EN: Readonly<Record<ComputedStatus, string>> = Object.freeze({
  overdue: "Overdue",
  "due-soon": "Due soon",
  "on-track": "On track",
  "no-deadline": "No deadline",
  closed: "Closed",
});

// Minutes say 賡續列管 most often; 繼續 and 持續 are the same ruling in other secretaries' wording.
const TRACKING_WORDS: ReadonlyMap<string, TrackingStatus> = new Map<string, TrackingStatus>([
  ["列管中", "open"],
  ["賡續列管", "continued"],
  ["繼續列管", "continued"],
  ["持續列管", "continued"],
  ["解除列管", "closed"],
  ["自行列管", "self-tracked"],
  ...TRACKING_STATUSES.map((status) => [status, status] as const),
  ...TRACKING_STATUSES.map((status) => [TRACKING_LABELS_EN[status].toLowerCase(), status] as const),
]);

/**
 * Reads a tracking status from a sheet cell or a ruling in the minutes.
 *
 * Accepts 列管中, 賡續列管 / 繼續列管 / 持續列管, 解除列管, 自行列管, the English keys (`open`,
 * `continued`, `closed`, `self-tracked`) and English labels, ignoring case, width and whitespace.
 *
 * @returns the status, or `undefined` when the text is none of these.
 * @example
 * parseTrackingLabel("賡續列管") //=> "continued"   (列管案號 9904、10502 及 10803 賡續列管)
 * parseTrackingLabel("解除列管") //=> "closed"
 */
export function parseTrackingLabel(text: string): TrackingStatus | undefined {
  return TRACKING_WORDS.get(toHalfWidth(text).replace(/\s+/g, "").toLowerCase());
}
