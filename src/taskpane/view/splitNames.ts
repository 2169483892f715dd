// Division lists as the sheet writes them (總務組、文書組) and as people type them (commas, spaces):
// read with the domain's splitOwnerNames, so the pane splits a cell as the membership rule does.
import { splitOwnerNames } from "../../domain";

export function splitNames(text: string): string[] {
  return splitOwnerNames(text);
}

export function joinNames(names: readonly string[]): string {
  return names.join("、");
}
