// What an import changed, as the lines the pane shows after writing (new cases, rulings applied,
// placeholders created), in the pane's language.
import type { ImportSummary } from "../../../app";
import type { Messages } from "../../i18n/zhTW";

type SummaryMessages = Pick<
  Messages,
  | "summaryMeeting"
  | "summaryNewCases"
  | "summaryRulings"
  | "summaryPlaceholders"
  | "summaryFilled"
  | "summarySkipped"
  | "summaryNoId"
  | "summaryUnchanged"
  | "trackingLabel"
>;

export function summaryLines(summary: ImportSummary, t: SummaryMessages): string[] {
  if (summary.unchanged) return [t.summaryUnchanged(summary.meeting), t.summaryNewCases(0, "")];
  const lines = [
    t.summaryMeeting(summary.meeting, summary.meetingChange),
    t.summaryNewCases(summary.newCases.length, summary.newCases.join("、")),
    t.summaryRulings(
      summary.rulingsApplied.length,
      summary.rulingsApplied.map((r) => `${r.caseId} ${t.trackingLabel(r.decision)}`).join("、"),
    ),
    t.summaryPlaceholders(summary.placeholders.length, summary.placeholders.join("、")),
  ];
  if (summary.filledPlaceholders.length > 0) lines.push(t.summaryFilled(summary.filledPlaceholders.length, summary.filledPlaceholders.join("、")));
  for (const skipped of summary.rulingsSkipped) lines.push(t.summarySkipped(skipped.caseId, skipped.laterMeeting));
  if (summary.itemsWithoutId > 0) lines.push(t.summaryNoId(summary.itemsWithoutId));
  return lines;
}
