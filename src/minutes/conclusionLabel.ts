// Labels that open a block of conclusions or instructions: 會議結論, 決議, 主席裁示, 縣長裁示事項, 綜合指示事項,
// 交辦事項 and their variants, built from who speaks (主席, 縣長, 局長…) and what kind of statement it is.

import { halfWidthOnce } from "./halfWidthOnce";

/** A conclusion label at the start of a line, and whatever follows it on that line. */
export interface ConclusionLabel {
  /** the label as written without its colon, e.g. `會議結論` */
  readonly label: string;
  /** text after the label on the same line (`洽悉。` in `會議結論：洽悉。`), possibly empty */
  readonly rest: string;
}

// Who rules or instructs. 綜合/重要/其他 qualify the kind rather than name a speaker (綜合指示事項).
const SPEAKERS = [
  "主席",
  "會議",
  "大會",
  "縣長",
  "副縣長",
  "市長",
  "副市長",
  "區長",
  "鄉長",
  "鎮長",
  "局長",
  "處長",
  "署長",
  "部長",
  "院長",
  "校長",
  "主委",
  "主任委員",
  "召集人",
  "首長",
  "長官",
  "秘書長",
  "主任秘書",
  "主秘",
  "執行長",
  "理事長",
  "主任",
  "綜合",
  "重要",
  "其他",
  "本次",
];

// What kind of statement: the label is one of these, or ends with one and 事項 (指示事項, 裁(指)示事項).
const KINDS = [
  "裁示",
  "指示",
  "提示",
  "裁指示",
  "指裁示",
  "裁(指)示",
  "指(裁)示",
  "裁(指)事項",
  "結論",
  "決議",
  "決定",
  "交辦",
  "結語",
  "總結",
];

const spaced = (word: string): string => [...word].map((ch) => ch.replace(/[()]/gu, "\\$&")).join("\\s*");
const alternatives = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(spaced).join("|");

// A colon must follow, or the label must stand alone: 結論事項辦理情形 is not a label. 如下 may come
// before the colon (主席裁示如下：).
const LABEL = new RegExp(
  `^((?:(?:${alternatives(SPEAKERS)})\\s*)?(?:${alternatives(KINDS)})(?:\\s*事\\s*項)?)\\s*(?:如\\s*下)?\\s*(?::|$)`,
  "u",
);

/**
 * Reads a conclusion label that starts the line.
 *
 * @example
 * readConclusionLabel("會議結論：紀錄確定。") //=> { label: "會議結論", rest: "紀錄確定。" }
 * readConclusionLabel("縣長裁示事項") //=> { label: "縣長裁示事項", rest: "" }
 * readConclusionLabel("二、第 109 次處務會議結論事項辦理情形報告。") //=> null
 */
export function readConclusionLabel(text: string): ConclusionLabel | null {
  const match = LABEL.exec(halfWidthOnce(text));
  if (match === null) return null;
  const labelEnd = (match[1] ?? "").length;
  return { label: text.slice(0, labelEnd).replace(/\s+/gu, ""), rest: text.slice(match[0].length).trim() };
}
