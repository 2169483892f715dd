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
  // councils write 議決 (基隆市議會 市政討論)
  "議決",
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

const INSTRUCTION = /裁|指示|提示|交辦|結語|總結/u;
const DECISION = /決議|議決|決定/u;

/**
 * What a label says its entries are: 裁示, 指示, 交辦 → instructions; 決議, 決定 → decisions;
 * 結論 → conclusions.
 *
 * @example
 * blockKindOf("縣長裁示事項") //=> "instruction"
 */
export function blockKindOf(label: string): "instruction" | "conclusion" | "decision" {
  const half = halfWidthOnce(label);
  if (INSTRUCTION.test(half)) return "instruction";
  return DECISION.test(half) ? "decision" : "conclusion";
}

// Headings whose points are divisions' reports that carry the chair's instructions: 各科重大事項提報,
// 各組重要工作提報, 業務提報. 報告 alone is context (各組室業務工作報告 has its own 會議結論).
const SECTION_OPENER = /^(?:各[\u4e00-\u9fff]{1,4})?(?:重大|重要)?(?:事項|工作|業務)?提報(?:事項)?\s*[:。]?$/u;

/**
 * Reads a heading that opens a block of reported points with instructions, or null.
 *
 * @example
 * readSectionOpener("各科重大事項提報") //=> "各科重大事項提報"
 * readSectionOpener("各組室業務工作報告。") //=> null
 */
export function readSectionOpener(text: string): string | null {
  const half = halfWidthOnce(text).trim();
  return SECTION_OPENER.test(half) ? text.trim().replace(/[:：。]$/u, "") : null;
}
