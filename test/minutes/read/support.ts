// Test helpers for the minutes readers: fixture bytes, hex literals and Result unwrapping.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Result } from "../../../src/domain";

export const FIXTURES = join(__dirname, "..", "..", "fixtures");

/** The bytes of a fixture under test/fixtures, e.g. `fixture("minutes/secretariat-110.docx")`. */
export function fixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, path)));
}

/** The sample minutes as text, the source every other format was generated from. */
export const SAMPLE_TEXT = readFileSync(join(FIXTURES, "secretariat-110.txt"), "utf8");

/**
 * What both reader-features documents read as. The list numbers (一)、(二) and 1.、2. are automatic
 * numbering: drawn by the list style, not stored as text, and computed by the readers. The level
 * style says nothing follows the label, hence "(一)請".
 */
export const FEATURES_TEXT = [
  "會議結論：",
  "(一)請總務組於 4 月底前完成宿舍說明會。",
  "1.說明會場地",
  "2.公證費負擔",
  "(二)請文書組   彙整 A&B<附件>\t乙案",
  "並於 7 月 31 日前回報。",
  "本案依決議辦理。",
  "列管案號",
  "辦理情形",
  "10902",
  "解除列管",
  "散會（10 時 50 分）",
].join("\n");

export function hex(text: string): Uint8Array {
  return new Uint8Array((text.match(/../g) ?? []).map((pair) => parseInt(pair, 16)));
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got error: ${result.error}`);
  return result.value;
}

export function errorOf<T>(result: Result<T>): string {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}
