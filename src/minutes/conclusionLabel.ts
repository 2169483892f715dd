// Labels that open a block of conclusions: 會議結論, 決議, 主席裁示, 主席指示事項, 指裁示事項 and their variants.

import { halfWidthOnce } from "./halfWidthOnce";

/** A conclusion label at the start of a line, and whatever follows it on that line. */
export interface ConclusionLabel {
  /** the label as written without its colon, e.g. `會議結論` */
  readonly label: string;
  /** text after the label on the same line (`洽悉。` in `會議結論：洽悉。`), possibly empty */
  readonly rest: string;
}

const LABELS = [
  "會議結論",
  "主席結論",
  "結論",
  "決議事項",
  "決議",
  "主席裁示事項",
  "主席裁示",
  "主席指示事項",
  "主席指示",
  "主席裁指示事項",
  "主席指裁示事項",
  "主席指裁示",
  "主席裁(指)示事項",
  "主席裁(指)示",
  "指裁示事項",
  "裁指示事項",
  "裁示事項",
  "裁示",
];

const SOURCE = [...LABELS]
  .sort((a, b) => b.length - a.length)
  .map((label) => [...label].map((ch) => ch.replace(/[()]/gu, "\\$&")).join("\\s*"))
  .join("|");
// A colon must follow, or the label must stand alone: 結論事項辦理情形 is not a label.
const LABEL = new RegExp(`^(${SOURCE})\\s*(?::|$)`, "u");

/**
 * Reads a conclusion label that starts the line.
 *
 * @example
 * readConclusionLabel("會議結論：紀錄確定。") //=> { label: "會議結論", rest: "紀錄確定。" }
 * readConclusionLabel("二、第 109 次處務會議結論事項辦理情形報告。") //=> null
 */
export function readConclusionLabel(text: string): ConclusionLabel | null {
  const match = LABEL.exec(halfWidthOnce(text));
  if (match === null) return null;
  const labelEnd = (match[1] ?? "").length;
  return { label: text.slice(0, labelEnd).replace(/\s+/gu, ""), rest: text.slice(match[0].length).trim() };
}
