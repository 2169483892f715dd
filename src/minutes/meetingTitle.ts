// The minutes' title line: 臺北市政府秘書處第 110 次處務會議紀錄 → organization, meeting number, meeting name.

import { parseNumberToken } from "../domain";
import { halfWidthOnce } from "./halfWidthOnce";

/** What a title line names. The organization is null when the title starts at 第N次. */
export interface MeetingTitle {
  readonly organization: string | null;
  readonly name: string;
  readonly number: number;
}

// Organization, an optional year (111年度), 第N次, a name ending in 會議/會報, an optional 紀錄 and a note in brackets.
const TITLE = new RegExp(
  [
    // a page number that PDF text puts before the title (2 義孚大學…)
    "^(?:\\d{1,3}\\s+(?=\\D))?(?<org>[^:：,，。;；]*?)\\s*",
    "(?:(?:民國)?\\s*\\d{2,3}\\s*(?:學年度|年度?))?\\s*",
    // a school's term: 99 學年度第 2 學期 第 4 次行政會議
    "(?:第\\s*[12一二上下]\\s*學期)?\\s*",
    // text taken from a PDF may space the digits out: 第 1 6 次
    // 新北市政府416次市政會議: 第 may be left out
    "第?\\s*(?<number>\\d(?: ?\\d){0,3}|[〇零一二三四五六七八九十百千]{1,8})\\s*次\\s*",
    "(?<name>[^\\s:：,，。;；()]{0,20}?(?:會議|會報|院會))\\s*",
    "(?:紀錄|記錄|議事錄|會議紀錄)?\\s*(?:\\([^()]*\\))?\\s*",
    // what some titles carry after the name: 縣長裁示事項/連江縣政府提供, 決議, 110/10/12
    "(?:(?:主席|縣長|市長|院長|局長|處長)?(?:裁示|指示|提示|決議|決定|結論)(?:事項)?)?",
    "(?:\\s*[/／][^。；;，,]{0,20}|\\s*\\d{2,4}[/.-]\\d{1,2}[/.-]\\d{1,2})?\\s*$",
  ].join(""),
  "du",
);

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
  if (match === null) return null;
  const number = parseNumberToken((match.groups?.number ?? "").replace(/ /gu, ""));
  if (number === undefined || number < 1) return null;
  const org = match.indices?.groups?.org;
  const name = match.indices?.groups?.name;
  const organization = org === undefined ? "" : text.slice(org[0], org[1]).trim();
  return {
    organization: organization === "" ? null : organization,
    name: name === undefined ? "會議" : text.slice(name[0], name[1]),
    number,
  };
}
