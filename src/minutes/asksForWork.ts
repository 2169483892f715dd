// Whether a point of the minutes asks for future work when no one is named after 請: the chair's
// instructions do, unless they only remind everyone of a habit; a conclusion or decision does when it
// says 應, 要, 務必, 儘速, 須.

import { halfWidthOnce } from "./halfWidthOnce";
import type { BlockKind } from "./outline";

// A modal that makes the sentence an instruction: at the start of a clause (應於6月底前完成), or after
// its subject (各區公所應…, 路樹及雜草應要及時清理). 因應/回應/相應 and 無須 are not modals.
const IMPERATIVE =
  /(?<![因回相適反供對響呼答理])應(?![用變徵聘屆允邀])|(?<![無毋不])(?:須|需)(?![要求知])|務必|儘速|盡速|儘快|盡快|儘早|及早|立即|即刻|從速|(?<![重主需必只想摘綱紀提概不])要(?![點件素旨項])|宜(?:儘|速|先|再|加強|積極)/u;
// A standing habit asked of everyone (同仁應保持備份習慣) is a reminder, not a task anyone can finish.
const GENERAL_SUBJECT = /^(?:本[處局府會署部院所]|各位)?(?:同仁|同事|大家|全體|員工)/u;

/**
 * True when the point asks for work although it names no one after 請.
 *
 * @example
 * asksForWork("爾後辦理活動應動員各區人員", "instruction") //=> true
 * asksForWork("同仁應保持經管業務檔案備份習慣", "conclusion") //=> false
 * asksForWork("照案通過", "decision") //=> false
 */
export function asksForWork(text: string, kind: BlockKind | "loose"): boolean {
  const half = halfWidthOnce(text).replace(/\s+/gu, "");
  if (GENERAL_SUBJECT.test(half)) return false;
  return kind === "instruction" || IMPERATIVE.test(half);
}
