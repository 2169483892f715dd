// The review's problems in the pane's language: what stops the write, and why an edit did nothing.
import type { Messages } from "../../i18n/zhTW";
import type { EditProblem, ReviewProblem } from "./review";

/** How an item is named to the user: its case id, or "第 3 項" while there is no meeting number. */
export function itemName(t: Pick<Messages, "itemOrdinal">, caseId: string, position: number): string {
  return caseId !== "" ? caseId : t.itemOrdinal(position);
}

export function reviewProblemText(t: Messages, problem: ReviewProblem): string {
  switch (problem.kind) {
    case "no-number":
      return t.needNumber;
    case "bad-number":
      return t.badNumber(problem.text);
    case "no-date":
      return t.needDate;
    case "bad-date":
      return t.badDate(problem.text);
    case "bad-time":
      return t.badTime(problem.field === "startTime" ? t.meetingStart : t.meetingEnd, problem.text);
    case "empty-text":
      return t.emptyItemText(itemName(t, problem.caseId, problem.item));
    case "bad-due":
      return t.badDueDate(itemName(t, problem.caseId, problem.item), problem.text);
    case "too-many-items":
      return t.tooManyItems(problem.count);
  }
}

/** Why an add, split or merge did nothing; `caseIdOf` names the item at a 1-based position. */
export function editProblemText(t: Messages, problem: EditProblem, caseIdOf: (position: number) => string): string {
  switch (problem.kind) {
    case "empty-text":
      return t.emptyNewItem;
    case "bad-line":
      return t.badLine(problem.text, problem.max);
    case "no-split-point":
      return t.cannotSplit(itemName(t, caseIdOf(problem.item), problem.item));
    case "no-next":
      return t.noNextItem(itemName(t, caseIdOf(problem.item), problem.item));
    case "unknown-item":
      return t.unexpected("review item not found");
  }
}
