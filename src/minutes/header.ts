// The meeting header from the outline: title, 時間/地點/主席/紀錄/出席 lines and the 散會 time.

import { readClockTimes } from "./clockTime";
import { readMeetingDate } from "./meetingDate";
import { readMeetingTitle } from "./meetingTitle";
import type { Outline } from "./outline";
import type { MeetingHeader, ParseWarning } from "./types";
import { causeOf, failureWarning, warning } from "./warning";
import { makeCaseId, type IsoDate } from "../domain";
import { problem, type ClockEvent } from "../problems";
import type { ClockReading } from "./clockTime";

/** The header, its warnings, and whether the text looked like minutes at all. */
export interface HeaderReading {
  readonly meeting: MeetingHeader;
  readonly warnings: ParseWarning[];
  /** a 第N次…會議 title or a usable meeting date was found */
  readonly found: boolean;
}

// A line standing above a title that starts at 第N次 names the organization when it ends like one.
const ORGANIZATION_END = /(?:府|處|局|署|部|會|所|院|中心|公司|大學|學校|隊)$/u;

function firstValue(outline: Outline, field: string): string | null {
  const found = outline.fields.find((f) => f.field === field && f.value !== "");
  return found === undefined ? null : found.value.replace(/[。.]+$/u, "");
}

interface Times {
  date: IsoDate | null;
  start: string | null;
  end: string | null;
}

/** A date the title carries (110/10/12), read only when no 時間 line gives one. */
function titleDate(dateText: string | null): IsoDate | null {
  if (dateText === null) return null;
  const reading = readMeetingDate(dateText);
  return reading !== null && reading.date.ok ? reading.date.value : null;
}

// Minutes written as prose: 「…」發展推動組於101年5月30日假臺北市政府市政大樓903會議室召開第4次工作會議,
// 會議由臺北市政府都市發展局 邊副局長子樹主持.
const PROSE_PLACE = /假(?<place>[^,，。;；]{2,40}?)(?:召開|舉行|舉辦|辦理)/u;
const PROSE_CHAIR = /由(?<chair>[^,，。;；]{2,30}?)(?:主持|擔任主席)/u;
// only the opening lines can be the header in prose
const PROSE_LINES = 6;

interface ProseHeader {
  readonly date: IsoDate | null;
  readonly location: string | null;
  readonly chair: string | null;
}

/** Date, place and chair from the opening prose, for minutes that have no header lines. */
function proseHeader(outline: Outline): ProseHeader {
  const firstLine = outline.title?.line ?? 1;
  const opening = outline.paragraphs.filter((p) => p.line <= firstLine + PROSE_LINES && /召開|舉行|主持/u.test(p.text));
  const text = opening.map((p) => p.text).join("。");
  const convened = /於(?<when>[^,，。;；]{4,30}?)(?:假|在|召開|舉行)/u.exec(text)?.groups?.when ?? null;
  const date = convened === null ? null : readMeetingDate(convened);
  return {
    date: date !== null && date.date.ok ? date.date.value : null,
    location: PROSE_PLACE.exec(text)?.groups?.place ?? null,
    chair: PROSE_CHAIR.exec(text)?.groups?.chair?.replace(/^(?:會議)/u, "") ?? null,
  };
}

/** A clock time that is not one, as a warning on its line. */
function clockWarning(line: number, event: ClockEvent, reading: Extract<ClockReading, { ok: false }>): ParseWarning {
  const code = reading.reason === "unreadable" ? "parser.clockUnreadable" : "parser.clockOutOfRange";
  return warning(line, problem(code, { event, time: reading.time }));
}

function readTimes(outline: Outline, warnings: ParseWarning[]): Times {
  const times: Times = { date: null, start: null, end: null };
  let dateSeen = false;
  for (const f of outline.fields.filter((x) => x.field === "time")) {
    const date = readMeetingDate(f.value);
    let rest = f.value;
    if (date !== null) {
      rest = f.value.slice(date.end);
      if (!dateSeen) {
        dateSeen = true;
        if (date.date.ok) {
          times.date = date.date.value;
        } else {
          warnings.push(warning(f.line, problem("parser.meetingDateInvalid", { cause: causeOf(date.date) })));
        }
      }
    }
    for (const reading of readClockTimes(rest)) {
      if (!reading.ok) {
        warnings.push(clockWarning(f.line, "meeting", reading));
      } else if (times.start === null) {
        times.start = reading.time;
      } else {
        // 上午９時３０分至１１時: the second time is when the meeting was planned to end.
        times.end ??= reading.time;
      }
    }
  }
  const adjourn = outline.adjournment;
  if (adjourn?.time != null) {
    if (adjourn.time.ok) {
      times.end = laterThanStart(adjourn.time.time, times.start);
    } else {
      warnings.push(clockWarning(adjourn.line, "adjournment", adjourn.time));
    }
  }
  return times;
}

/** 下午 2 時開會、散會 4 時: an end hour without 下午 that would precede an afternoon start is afternoon too. */
function laterThanStart(end: string, start: string | null): string {
  if (start === null) return end;
  const endHour = Number(end.slice(0, 2));
  const shifted = `${String(endHour + 12).padStart(2, "0")}${end.slice(2)}`;
  return end < start && endHour < 12 && shifted >= start ? shifted : end;
}

function attendeesOf(outline: Outline): string | null {
  const attendees = firstValue(outline, "attendees");
  const observers = firstValue(outline, "observers");
  if (observers === null) return attendees;
  return attendees === null ? `列席：${observers}` : `${attendees}；列席：${observers}`;
}

/**
 * Reads the meeting header. A field the minutes do not state is null, never guessed.
 *
 * The title gives organization, name and number; when the title starts at 第N次, a line above it
 * that ends like an organization (…府, …處, …局) names it, and a `會議名稱：` line can stand in for the
 * title. The first date in a 時間/日期 line is the meeting date; the clock times there give the start
 * (and a planned end); 散會 gives the actual end.
 *
 * @example
 * readHeader(outlineMinutes(toSourceLines("臺北市政府秘書處第 110 次處務會議紀錄\n時間：民國 111 年 3 月 17 日 10 時 0 分")))
 * //=> { meeting: { organization: "臺北市政府秘書處", number: 110, date: "2022-03-17", startTime: "10:00", … },
 * //     warnings: [], found: true }
 */
export function readHeader(outline: Outline): HeaderReading {
  const warnings: ParseWarning[] = [];
  const nameLine = firstValue(outline, "name");
  const title = outline.title?.title ?? (nameLine === null ? null : readMeetingTitle(nameLine));
  const above = outline.aboveTitle?.text ?? null;
  const organization =
    title?.organization ?? (above !== null && ORGANIZATION_END.test(above) && above.length <= 40 ? above : null);
  const times = readTimes(outline, warnings);
  times.date ??= titleDate(title?.dateText ?? null);
  const prose = outline.fields.length === 0 ? proseHeader(outline) : { date: null, location: null, chair: null };
  times.date ??= prose.date;
  const headerLine = outline.title?.line ?? outline.fields[0]?.line ?? 1;
  const read = title?.number ?? null;
  // An impossible number (0, past 9999) is never written: the warning names it, and the number is missing.
  const checked = read === null ? null : makeCaseId(read, 1);
  const number = checked?.ok ? read : null;
  if (checked !== null && !checked.ok) {
    warnings.push(failureWarning(headerLine, checked));
  } else if (number === null) {
    warnings.push(warning(headerLine, problem("parser.noNumber", {})));
  }
  if (times.date === null && outline.fields.every((f) => f.field !== "time" || readMeetingDate(f.value) === null)) {
    warnings.push(warning(headerLine, problem("parser.noDate", {})));
  }
  const meeting: MeetingHeader = {
    organization,
    name: title?.name ?? nameLine,
    number,
    date: times.date,
    startTime: times.start,
    endTime: times.end,
    location: firstValue(outline, "location") ?? prose.location,
    chair: firstValue(outline, "chair") ?? prose.chair,
    recorder: firstValue(outline, "recorder"),
    attendees: attendeesOf(outline),
  };
  return { meeting, warnings, found: title !== null || times.date !== null };
}
