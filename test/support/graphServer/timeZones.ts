// The few time zones the test server knows (fixed offsets, no DST) and Graph's dateTime wire format.
import { type DateTimeTimeZone } from "./types";

/** Minutes east of UTC. Graph accepts Windows and IANA names; unknown names are a 400, as on Graph. */
const OFFSETS: Readonly<Record<string, number>> = {
  UTC: 0,
  "Etc/UTC": 0,
  "Taipei Standard Time": 480,
  "Asia/Taipei": 480,
  "China Standard Time": 480,
  "Tokyo Standard Time": 540,
};

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/;

export function isKnownTimeZone(name: string): boolean {
  return Object.hasOwn(OFFSETS, name);
}

/** UTC milliseconds of a wall-clock time in its zone, or undefined when the text or zone is not valid. */
export function toUtcMillis(value: DateTimeTimeZone): number | undefined {
  const offset = OFFSETS[value.timeZone];
  const m = LOCAL.exec(value.dateTime);
  if (offset === undefined || !m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? "0"));
  return Number.isNaN(ms) ? undefined : ms - offset * 60_000;
}

/** The same instant written the way Graph writes it: `2022-05-31T00:00:00.0000000` in `timeZone`. */
export function fromUtcMillis(ms: number, timeZone: string): DateTimeTimeZone {
  const offset = OFFSETS[timeZone] ?? 0;
  const iso = new Date(ms + offset * 60_000).toISOString();
  return { dateTime: `${iso.slice(0, 19)}.0000000`, timeZone: OFFSETS[timeZone] === undefined ? "UTC" : timeZone };
}

/** True when the wall-clock time is exactly midnight, as Graph requires of all-day events. */
export function isMidnight(value: DateTimeTimeZone): boolean {
  const m = LOCAL.exec(value.dateTime);
  return m !== null && m[4] === "00" && m[5] === "00" && (m[6] ?? "00") === "00" && /^0*$/.test(m[7] ?? "");
}
