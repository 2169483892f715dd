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

// A decision that is itself the task (通知保家主管協助…, 汰換中庭之小便斗, 洽談三家廠商報價後開會決議): an
// action verb opening a clause, or a vote carried to do something (表決6票同意執行).
const ACTION_OPENING =
  /(?:^|[，,；;：:。])(?:再|先|另|並|即|將)?(?:通知|洽談|洽詢|洽請|汰換|更換|更正|修正|修訂|購置|採購|簽約|議約|公告|調查|製作|研議|研擬|規劃|提報|彙整|函請|函送|函報|發函|派員|召開|編列|補正|補送|清查|建置|擬定|訂定|改善|維修|修繕|清理|申報|評估|追蹤)|同意(?:執行|施作|採購|購置|汰換)|交(?:由)?[^，,。；;]{1,12}(?:執行|辦理|處理)/u;

// A deadline set for the point (於12月中旬前確定, 6月底前完成) asks for work; an account of what was done
// (已於上月完成) does not.
const DONE = /(?:已|業)(?:於|經|在)|業已|已經/u;
const DEADLINE = /(?<![已業])於[^,，。；;]{1,15}?前(?!往)|(?<![已業])(?:月底|年底|週內|日內|天內)前?(?:完成|提出|確定|送|函|報|辦理)/u;

// A chair's thanks or praise (…榮獲全國五分之一強的獎項,感謝獲獎局處的努力) asks nothing of anyone.
const PRAISE = /(?:^|[,，。;；])(?:並|特別|特此|在此)?(?:感謝|謝謝|肯定|嘉勉|嘉許|恭喜|表揚)/u;

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
  if (PRAISE.test(half) && !IMPERATIVE.test(half) && !half.includes("請")) return false;
  if (kind === "instruction" || IMPERATIVE.test(half)) return true;
  if (kind !== "report" && DEADLINE.test(half) && !DONE.test(half)) return true;
  return (kind === "decision" || kind === "conclusion") && ACTION_OPENING.test(half);
}
