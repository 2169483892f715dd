// Division lists as the sheet writes them (總務組、文書組) and as people type them, and whether a case
// concerns a division: by name, or through a collective assignee (各組室) that asks every division.
import { isCollectiveAssignee, toHalfWidth } from "../domain";

export function splitDivisions(text: string): string[] {
  return text
    .split(/[、,，;；\s]+/u)
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

/** The same division whatever the width or spacing of the text. */
export function sameDivision(a: string, b: string): boolean {
  const key = (s: string) => toHalfWidth(s).replace(/\s+/g, "");
  return key(a) === key(b);
}

/** True when the case's lead or supporting divisions name `division`, or name all divisions (各組室). */
export function concernsDivision(c: { readonly lead: string; readonly supporting: string }, division: string): boolean {
  const names = [...splitDivisions(c.lead), ...splitDivisions(c.supporting)];
  return names.some((n) => sameDivision(n, division) || isCollectiveAssignee(n));
}

/** True when the case's lead or supporting divisions name `division` itself (not through 各組室). */
export function namesDivision(c: { readonly lead: string; readonly supporting: string }, division: string): boolean {
  return [...splitDivisions(c.lead), ...splitDivisions(c.supporting)].some((n) => sameDivision(n, division));
}
