// What reading a meeting's minutes produces: the MeetingRecord the workbook import and the CLI's JSON use.
import type { IsoDate } from "../domain";
import type { Problem } from "../problems";

/** The minutes' header. A field the minutes do not state is null, never guessed. */
export interface MeetingHeader {
  /** 臺北市政府秘書處 */
  readonly organization: string | null;
  /** 處務會議 */
  readonly name: string | null;
  /** 110 for 第 110 次 */
  readonly number: number | null;
  readonly date: IsoDate | null;
  /** "HH:MM", 24-hour */
  readonly startTime: string | null;
  readonly endTime: string | null;
  readonly location: string | null;
  readonly chair: string | null;
  readonly recorder: string | null;
  readonly attendees: string | null;
}

/** A chair's ruling on an earlier case: 解除列管 → closed, 賡續/繼續/持續列管 → continued, 自行列管 → self-tracked. */
export type RulingDecision = "closed" | "continued" | "self-tracked";

export interface Ruling {
  /** 列管案號 as written canonically, e.g. "9903" */
  readonly caseId: string;
  readonly decision: RulingDecision;
  /** 1-based line of the minutes where the ruling is stated */
  readonly line: number;
  /** the source line (or sentence) the ruling was read from */
  readonly text: string;
}

/** A conclusion, decision or instruction that assigns work: a new tracked case. */
export interface TrackedItem {
  /** meeting number × 100 + the item's order among the meeting's items, e.g. "11001" */
  readonly caseId: string;
  /** the heading it sits under, e.g. "四、各組室業務工作報告 會議結論" */
  readonly section: string;
  /** full text, verbatim (text starting with = + - @ is kept as text) */
  readonly text: string;
  /** canonical division names, lead first; collective assignees (各組室) kept as written */
  readonly divisions: readonly string[];
  /** the supporting units among `divisions` (會同/協同/並送); the others lead */
  readonly supporting: readonly string[];
  /** people asked to act, by the title the minutes give them (林副秘書長, 張主秘), lead first */
  readonly people: readonly string[];
  readonly dueDate: IsoDate | null;
  /** the original due wording, e.g. "4月底前" */
  readonly dueText: string | null;
  readonly line: number;
}

/** Something in the minutes a secretary should check, on a 1-based line; the rest is still read. */
export interface ParseWarning {
  readonly line: number;
  /** what is wrong as a catalogue problem (src/problems/parserCatalogue.ts), worded in the reader's language where it is shown */
  readonly problem: Problem;
}

export interface MeetingRecord {
  readonly meeting: MeetingHeader;
  readonly decisions: readonly Ruling[];
  readonly items: readonly TrackedItem[];
  readonly warnings: readonly ParseWarning[];
}
