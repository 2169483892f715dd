// The reminder's subject line: case id, a short title taken from the case text, and the lead divisions.
import { joinOwnerNames } from "../domain";
import { type ReminderCase } from "./types";

/** Longest title, in characters: long enough to recognise a case, short enough for a phone's agenda. */
export const TITLE_MAX_CHARS = 20;

// A clause shorter than this is a formula such as 修正通過 or 照案通過, which names no task.
const MIN_CLAUSE_CHARS = 6;

const CLAUSE_BREAK = /[，,。；;：:！!？?\n]/;

/**
 * A short title from the case text: the first clause of at least six characters (so a ruling's
 * 修正通過 is skipped), else the first clause; cut to 20 characters with "…". Characters are counted as
 * code points, so a rare CJK character outside the BMP is never split.
 *
 * @example
 * shortTitle("修正通過，請人事室於1個月內完成發布，並副知各組室。") //=> "請人事室於1個月內完成發布"
 * shortTitle("總務組因應宿舍結構補強所規劃之短期借用方案，請注意…") //=> "總務組因應宿舍結構補強所規劃之短期借用…"
 */
export function shortTitle(text: string): string {
  const clauses = text
    .split(CLAUSE_BREAK)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== "");
  const chosen = clauses.find((clause) => [...clause].length >= MIN_CLAUSE_CHARS) ?? clauses[0] ?? "";
  const chars = [...chosen];
  return chars.length <= TITLE_MAX_CHARS ? chosen : `${chars.slice(0, TITLE_MAX_CHARS - 1).join("")}…`;
}

/**
 * The event subject: `【列管 案號】title – 主辦組室`; without lead divisions the dash is left out.
 *
 * @example
 * reminderSubject({ caseId: "11101", text: "修正通過，請人事室於1個月內完成發布，並副知各組室。", lead: ["人事室"] })
 * //=> "【列管 11101】請人事室於1個月內完成發布 – 人事室"
 */
export function reminderSubject(c: Pick<ReminderCase, "caseId" | "text" | "lead">): string {
  // joined as the sheet's cell is, so the subject (and the synced hash) of an unchanged case never changes
  const tail = [shortTitle(c.text), joinOwnerNames(c.lead)].filter((part) => part !== "").join(" – ");
  return `【列管 ${c.caseId}】${tail}`;
}
