// The reminder's plain-text body: what the case asks, who leads, the deadline, and where it came from.
import { formatRocDate, joinOwnerNames, type IsoDate } from "../domain";
import { type ReminderCase } from "./types";

/**
 * Said in every body because a sync overwrites the event: edits belong in the workbook.
 */
export const BODY_FOOTER = "此提醒由「會議列管」增益集依列管活頁簿產生；請於活頁簿修改，在行事曆修改的內容會於下次同步時被覆寫。";

function meetingLine(meeting: number | null, meetingDate: IsoDate | undefined): string {
  if (meeting === null) return "（不明）";
  return meetingDate === undefined ? `第 ${meeting} 次會議` : `第 ${meeting} 次會議（${formatRocDate(meetingDate)}）`;
}

/**
 * The body, one fact a line, only from the case's own fields, so it changes (and the event is updated)
 * only when the case's text, divisions, deadline or meeting change, not on every progress report.
 *
 * @example
 * reminderBody({ caseId: "11101", meeting: 111, text: "修正通過，請人事室於1個月內完成發布，並副知各組室。",
 *   lead: ["人事室"], supporting: [], dueText: "1個月內" }, "2022-05-21" as IsoDate, "2022-04-21" as IsoDate)
 * //=> "列管案號：11101\n案由：修正通過，請人事室於1個月內完成發布，並副知各組室。\n主辦：人事室\n協辦：無\n
 * //    期限：民國111年5月21日（2022-05-21）\n期限原文：1個月內\n列管會議：第 111 次會議（民國111年4月21日）\n\n此提醒由…"
 */
export function reminderBody(
  c: Pick<ReminderCase, "caseId" | "meeting" | "text" | "lead" | "supporting" | "dueText">,
  dueDate: IsoDate,
  meetingDate?: IsoDate,
): string {
  const orNone = (value: string) => (value.trim() === "" ? "無" : value.trim());
  return [
    `列管案號：${c.caseId}`,
    `案由：${c.text.trim()}`,
    // joined as the sheet's cell is, so the body (and the synced hash) of an unchanged case never changes
    `主辦：${orNone(joinOwnerNames(c.lead))}`,
    `協辦：${orNone(joinOwnerNames(c.supporting))}`,
    `期限：${formatRocDate(dueDate)}（${dueDate}）`,
    `期限原文：${orNone(c.dueText)}`,
    `列管會議：${meetingLine(c.meeting, meetingDate)}`,
    "",
    BODY_FOOTER,
  ].join("\n");
}
