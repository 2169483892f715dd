// Clock times as minutes write them (10 時 0 分, 上午９時３０分, 下午 2 時, 14:30) turned into "HH:MM".

import { parseNumberToken } from "../domain";
import { halfWidthOnce } from "./halfWidthOnce";

/** A time found in text: "HH:MM", or the time as written and why it is not one (worded by the parser's catalogue). */
export type ClockReading =
  | { readonly ok: true; readonly time: string }
  | { readonly ok: false; readonly time: string; readonly reason: "unreadable" | "outOfRange" };

const NUM = "(?:\\d{1,2}|[〇零一二三四五六七八九十]{1,3})";
const PERIOD = "(?<period>上午|下午|中午|晚上|早上|凌晨)?";
const CLOCK = new RegExp(
  `${PERIOD}\\s*(?:(?<hour>${NUM})\\s*(?:時|點)\\s*(?:(?<minute>${NUM})\\s*分|(?<half>半))?|(?<hh>\\d{1,2}):(?<mm>\\d{2}))`,
  "gu",
);

const AFTERNOON = new Set(["下午", "晚上"]);

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * Every clock time in the text, in order, each as "HH:MM" (24-hour) or the time as written and why not.
 *
 * 下午 and 晚上 add 12 to hours 1–11; 半 is 30 minutes; a missing 分 is :00.
 *
 * @example
 * readClockTimes("民國 111 年 3 月 17 日 10 時 0 分") // the date is read elsewhere; pass the rest
 * readClockTimes("上午９時３０分至１１時") //=> [{ ok: true, time: "09:30" }, { ok: true, time: "11:00" }]
 */
export function readClockTimes(text: string): ClockReading[] {
  const half = halfWidthOnce(text);
  const readings: ClockReading[] = [];
  for (const match of half.matchAll(CLOCK)) {
    const g = match.groups ?? {};
    const hour = parseNumberToken(g.hour ?? g.hh ?? "");
    const minute =
      g.half !== undefined
        ? 30
        : g.minute !== undefined || g.mm !== undefined
          ? parseNumberToken(g.minute ?? g.mm ?? "")
          : 0;
    const shown = text.slice(match.index, match.index + match[0].length).trim();
    if (hour === undefined || minute === undefined) {
      readings.push({ ok: false, time: shown, reason: "unreadable" });
      continue;
    }
    const hour24 = g.period !== undefined && AFTERNOON.has(g.period) && hour >= 1 && hour <= 11 ? hour + 12 : hour;
    if (hour24 > 23 || minute > 59) {
      readings.push({ ok: false, time: shown, reason: "outOfRange" });
      continue;
    }
    readings.push({ ok: true, time: `${pad2(hour24)}:${pad2(minute)}` });
  }
  return readings;
}
