// A case's lead and supporting units as the pane prints them in one line (總務組、文書組／資訊室): the lists
// joined as the sheet joins them (joinOwnerNames), lead before supporting.
import { joinOwnerNames, type CaseOwners } from "../../domain";

/**
 * The owners of a case for a table cell or a detail line; "" when the case names none.
 *
 * @example
 * ownersLabel({ lead: ["國際事務組"], supporting: ["媒體事務組", "資訊室"] }) //=> "國際事務組／媒體事務組、資訊室"
 */
export function ownersLabel(c: CaseOwners): string {
  return [joinOwnerNames(c.lead), joinOwnerNames(c.supporting)].filter((part) => part !== "").join("／");
}
