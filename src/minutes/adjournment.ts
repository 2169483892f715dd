// The closing line 散會（10 時 50 分） / 散會：上午１０時２０分, which gives the meeting's end time.

import { halfWidthOnce } from "./halfWidthOnce";
import { readClockTimes, type ClockReading } from "./clockTime";

const ADJOURN = /^散\s*會/u;

/**
 * Reads a 散會 line; null for any other line. The reading is null when no time is given (`散會。`).
 *
 * @example
 * readAdjournment("散會（10 時 50 分）") //=> { time: { ok: true, time: "10:50" } }
 */
export function readAdjournment(text: string): { readonly time: ClockReading | null } | null {
  const half = halfWidthOnce(text);
  const match = ADJOURN.exec(half);
  if (match === null) return null;
  return { time: readClockTimes(text.slice(match[0].length))[0] ?? null };
}
