// Header lines of the minutes (時間：… 地點：… 主席：…), several labels to a line allowed.

import { halfWidthOnce } from "./halfWidthOnce";

/** Which header field a label fills. `observers` is 列席; `absent` (請假) is recognized and not kept. */
export type HeaderField = "time" | "location" | "chair" | "recorder" | "attendees" | "observers" | "absent" | "name";

/** One `label：value` found on a header line. */
export interface HeaderFieldValue {
  readonly field: HeaderField;
  /** the value as written, trimmed */
  readonly value: string;
}

const LABELS: Readonly<Record<HeaderField, readonly string[]>> = {
  time: ["時間", "開會時間", "會議時間", "日期", "開會日期", "會議日期"],
  location: ["地點", "開會地點", "會議地點"],
  chair: ["主席", "主持人", "會議主持人", "會議主席"],
  recorder: ["紀錄", "記錄", "紀錄人", "記錄人", "紀錄人員", "記錄人員", "紀錄者", "記錄者"],
  attendees: [
    "出席",
    "出席人員",
    "出席者",
    "出席單位",
    "出席委員",
    "出席代表",
    "出(列)席",
    "出(列)席人員",
    "出(列)席單位",
    "出列席",
    "出列席人員",
    "與會人員",
    "與會單位",
    "參加人員",
    "參加單位",
    "參與人員",
  ],
  observers: ["列席", "列席人員", "列席單位", "列席者"],
  absent: ["請假", "請假人員", "缺席", "缺席人員"],
  name: ["會議名稱"],
};

const FIELD_OF = new Map<string, HeaderField>(
  Object.entries(LABELS).flatMap(([field, labels]) => labels.map((label) => [label, field as HeaderField] as const)),
);

// Labels are often spaced out to align them (主\u3000\u3000席：), so any whitespace may sit between characters.
const LABEL_SOURCE = [...FIELD_OF.keys()]
  .sort((a, b) => b.length - a.length)
  .map((label) => [...label].map((ch) => ch.replace(/[()]/gu, "\\$&")).join("\\s*"))
  .join("|");
// A label opens the line or follows whitespace, and a colon follows it.
const LABEL = new RegExp(`(?:^|(?<=\\s))(${LABEL_SOURCE})\\s*:`, "gu");
// A label alone on its line, its value on the next (pages that set each label above its value).
const LABEL_ALONE = new RegExp(`^(${LABEL_SOURCE})$`, "u");

function fieldOf(label: string): HeaderField | undefined {
  return FIELD_OF.get(label.replace(/\s+/gu, ""));
}

/**
 * Reads a header line into its fields; null when the line does not start with a header label.
 *
 * `主\u3000\u3000席：陳志銘\u3000\u3000\u3000紀錄：許菁芳` gives two fields: a label after spaces starts a new one.
 * A label alone on its line (`開會時間`) gives the field with an empty value, which the next line fills.
 *
 * @example
 * readHeaderFields("時間：民國 111 年 3 月 17 日 10 時 0 分")
 * //=> [{ field: "time", value: "民國 111 年 3 月 17 日 10 時 0 分" }]
 */
export function readHeaderFields(text: string): HeaderFieldValue[] | null {
  const half = halfWidthOnce(text);
  const alone = LABEL_ALONE.exec(half.trim());
  if (alone !== null) {
    const field = fieldOf(alone[1] ?? "");
    return field === undefined ? null : [{ field, value: "" }];
  }
  const matches = [...half.matchAll(LABEL)];
  const first = matches[0];
  if (first === undefined || first.index !== 0) return null;
  const values: HeaderFieldValue[] = [];
  matches.forEach((match, i) => {
    const field = fieldOf(match[1] ?? "");
    if (field === undefined) return;
    const valueStart = match.index + match[0].length;
    const valueEnd = matches[i + 1]?.index ?? text.length;
    values.push({ field, value: text.slice(valueStart, valueEnd).trim() });
  });
  return values;
}
