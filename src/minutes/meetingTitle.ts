// The minutes' title line: 臺北市政府秘書處第 110 次處務會議紀錄 → organization, meeting number, meeting name.

import { parseNumberToken } from "../domain";
import { halfWidthOnce } from "./halfWidthOnce";

/**
 * What a title line names. The organization is null when the title starts at 第N次; the number is null
 * for a meeting that is not numbered (高雄市立蚵寮國民中學期初校務會議紀錄).
 */
export interface MeetingTitle {
  readonly organization: string | null;
  readonly name: string;
  readonly number: number | null;
  /** a date written in the title (…第512次市政會議紀錄110/10/12), as written */
  readonly dateText: string | null;
}

const SENTENCE_WORDS = /於|召開|舉行|已經|業已/u;

const COUNT = "(?:\\d{1,3}|[一二三四五六七八九十]{1,4})";

// Organization, an optional year (111年度), 第N次, a name ending in 會議/會報, an optional 紀錄 and a note in brackets.
const TITLE = new RegExp(
  [
    // a page number that PDF text puts before the title (2 義孚大學…), or the meeting's date (113/04/10 第二十屆…)
    "^(?:\\d{1,3}\\s+(?=\\D)|(?<leadingDate>\\d{2,4}[/.-]\\d{1,2}[/.-]\\d{1,2})\\s*)?(?<org>[^:：,，。;；]*?)\\s*",
    // the term and session of a council or an association: 第十二屆第十五次臨時大會, 第11屆第4會期
    `(?:第\\s*${COUNT}\\s*屆)?\\s*(?:第\\s*${COUNT}\\s*會期)?\\s*(?:(?:第\\s*${COUNT}\\s*次)?\\s*(?<session>臨時大會|定期大會|臨時會|定期會))?\\s*`,
    // a committee of the body: 立法院第11屆第4會期教育及文化委員會第1次召集委員會議
    "(?<committee>(?<=[屆期])[^第\\s\\d:：,，。;；]{2,12}?委員會)?\\s*",
    "(?:(?:民國)?\\s*\\d{2,3}\\s*(?:學年度|年度?))?\\s*",
    // a school's term: 99 學年度第 2 學期 第 4 次行政會議
    "(?:第\\s*[12一二上下]\\s*學期)?\\s*",
    // text taken from a PDF may space the digits out: 第 1 6 次
    // 新北市政府416次市政會議: 第 may be left out
    // the number is all its digits (第 12345 次 is 12345, out of range, never 2345); the header checks the range
    "第?\\s*(?<![\\d] ?)(?<number>\\d(?: ?\\d){0,7}|[〇零一二三四五六七八九十百千]{1,8})\\s*次\\s*",
    "(?<name>[^\\s:：,，。;；()]{0,20}?(?:會議|會報|院會))\\s*",
    "(?:紀錄|記錄|議事錄|會議紀錄|會議記錄)?\\s*(?:\\([^()]*\\))?\\s*",
    // what some titles carry after the name: 縣長裁示事項/連江縣政府提供, 決議, 110/10/12
    "(?:(?:主席|縣長|市長|院長|局長|處長)?(?:裁示|指示|提示|決議|決定|結論)(?:事項)?)?",
    "(?:\\s*[/／][^。；;，,]{0,20}|\\s*(?<trailingDate>\\d{2,4}[/.-]\\d{1,2}[/.-]\\d{1,2}))?\\s*$",
  ].join(""),
  "du",
);

// A title without 第N次 must end in 紀錄/記錄/議程 and name its organization by a kind of body, so that
// a sentence mentioning a meeting is not taken for one.
const UNNUMBERED = new RegExp(
  [
    "^(?:\\d{1,3}\\s+(?=\\D))?[『「]?",
    "(?<org>[^\\s:：,，。;；、]{2,20}(?:政府|公所|國民中學|國民小學|高級中學|中學|小學|大學|學院|局|處|署|部|院|中心|委員會|協會|公會|教師會|家長會))\\s*",
    // a school term goes; a year stays in the name of an event (103年第九屆環保變變變活動期前會議)
    "(?:\\d{2,3}\\s*學年度)?\\s*(?:第\\s*[12一二上下]\\s*學期)?\\s*",
    "(?<name>[^\\s:：,，。;；、()]{2,24}?(?:會議|會報))\\s*(?:會議)?(?:紀錄|記錄|議程|議事錄)[』」]?$",
  ].join(""),
  "du",
);

// 第46次擴大主管會報縣長裁示事項/連江縣政府提供: the body that published the minutes.
const PROVIDER = /[/／]\s*(?<provider>[^/／。；;，,\s]{2,20}?)\s*提供\s*$/u;

function unnumberedTitle(text: string, half: string): MeetingTitle | null {
  const match = UNNUMBERED.exec(half);
  const org = match?.indices?.groups?.org;
  const name = match?.indices?.groups?.name;
  if (org === undefined || name === undefined) return null;
  return { organization: text.slice(org[0], org[1]), name: text.slice(name[0], name[1]), number: null, dateText: null };
}

/**
 * Reads a title line. The line must be the title alone: a sentence that mentions 第 109 次處務會議
 * (`宣讀 111 年 2 月 17 日第 109 次處務會議紀錄。`) is not one.
 *
 * @example
 * readMeetingTitle("臺北市政府秘書處第 110 次處務會議紀錄")
 * //=> { organization: "臺北市政府秘書處", name: "處務會議", number: 110 }
 */
export function readMeetingTitle(text: string): MeetingTitle | null {
  const half = halfWidthOnce(text);
  const match = TITLE.exec(half);
  if (match === null) return unnumberedTitle(text, half);
  const number = parseNumberToken((match.groups?.number ?? "").replace(/ /gu, ""));
  // 第 0 次 is still the title, so the header can say its number is impossible rather than missing
  if (number === undefined) return null;
  const org = match.indices?.groups?.org;
  const name = match.indices?.groups?.name;
  const organization = org === undefined ? "" : text.slice(org[0], org[1]).trim();
  // 本局於 3 月召開第 2 次會議: a sentence about a meeting, not its title
  if (SENTENCE_WORDS.test(organization)) return null;
  const session = (match.groups?.committee ?? "") + (match.groups?.session ?? "");
  const provider = PROVIDER.exec(half)?.groups?.provider ?? "";
  const publisher = organization === "" ? provider : organization;
  return {
    organization: publisher === "" ? null : publisher,
    name: session + (name === undefined ? "會議" : text.slice(name[0], name[1])),
    number,
    dateText: match.groups?.leadingDate ?? match.groups?.trailingDate ?? null,
  };
}
