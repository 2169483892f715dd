// Minutes text to a MeetingRecord: the meeting, the rulings on earlier cases and the new tracked cases.

import { fail, ok, type DivisionRegistry, type Result } from "../domain";
import { problem, type Problem } from "../problems";
import { readConclusions } from "./conclusions";
import { readHeader } from "./header";
import { outlineMinutes, type Outline } from "./outline";
import { toSourceLines } from "./sourceLines";
import type { MeetingRecord, ParseWarning, Ruling } from "./types";
import { warning } from "./warning";

/** What {@link parseMinutes} needs besides the text. */
export interface ParseMinutesOptions {
  /** the divisions (組室) and their aliases, as the user keeps them in the workbook */
  readonly registry: DivisionRegistry;
}

function byLine<T extends { readonly line: number }>(list: readonly T[]): T[] {
  // Array.prototype.sort is stable, so entries on one line keep their reading order.
  return [...list].sort((a, b) => a.line - b.line);
}

/** Drops a repeated identical ruling and warns when one case gets two different rulings. */
function settleRulings(rulings: readonly Ruling[], warnings: ParseWarning[]): Ruling[] {
  const first = new Map<string, Ruling>();
  const kept: Ruling[] = [];
  for (const ruling of rulings) {
    const earlier = first.get(ruling.caseId);
    if (earlier === undefined) {
      first.set(ruling.caseId, ruling);
      kept.push(ruling);
    } else if (earlier.decision !== ruling.decision) {
      kept.push(ruling);
      warnings.push(warning(ruling.line, problem("parser.rulingsDisagree", { caseId: ruling.caseId, firstLine: earlier.line, secondLine: ruling.line })));
    }
  }
  return kept;
}

/** Says what the parse saw when it found nothing to track, so a secretary knows where to look. */
function nothingFound(outline: Outline): Problem {
  const sections = [...new Set([...outline.headingLines.map((h) => h.text), ...outline.blocks.map((b) => b.section)])].slice(0, 8);
  return problem("parser.nothingFound", { sections });
}

/**
 * Parses the text of a meeting's minutes.
 *
 * Fails only when the text is unusable: empty or binary. Everything else the minutes get wrong or leave
 * out (no title, no meeting date, a date that does not exist, a case id without a ruling, a duplicated
 * item number) is a warning with its line number, and the rest is still read: the import refuses what it
 * cannot write (no meeting number or date) and the review lets the secretary fill it in. A text that
 * yields no items and no rulings says so, naming the sections it saw. Nothing throws.
 *
 * @example
 * const minutes = "臺北市政府秘書處第 110 次處務會議紀錄\n時間：民國 111 年 3 月 17 日 10 時 0 分\n" +
 *   "會議結論：\n(三) 請公管中心進行市政大樓 1 樓北區為民服務綜合櫃檯工程履約管理時…";
 * const record = parseMinutes(minutes, { registry });
 * // record.value.meeting: { number: 110, date: "2022-03-17", startTime: "10:00", … }
 * // record.value.items[0]: { caseId: "11001", divisions: ["市政大樓公共事務管理中心"], … }
 */
export function parseMinutes(text: string, options: ParseMinutesOptions): Result<MeetingRecord> {
  if (text.includes("\u0000")) return fail(problem("minutes.binary", {}));
  const lines = toSourceLines(text);
  if (lines.length === 0) return fail(problem("minutes.empty", {}));
  const outline = outlineMinutes(lines);
  const header = readHeader(outline);
  const conclusions = readConclusions(outline, { registry: options.registry, meeting: header.meeting });
  const warnings: ParseWarning[] = [...outline.warnings, ...header.warnings, ...conclusions.warnings];
  if (!header.found) {
    warnings.push(warning(lines[0]?.line ?? 1, problem("parser.noHeader", {})));
  }
  if (conclusions.items.length === 0 && conclusions.decisions.length === 0) {
    warnings.push(warning(lines[0]?.line ?? 1, nothingFound(outline)));
  }
  const decisions = settleRulings(byLine(conclusions.decisions), warnings);
  return ok({ meeting: header.meeting, decisions, items: conclusions.items, warnings: byLine(warnings) });
}
