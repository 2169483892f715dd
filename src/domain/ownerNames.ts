// A case's owners (主辦/協辦 units) are lists in code; this is how a list reads from and becomes one
// text: the sheet's owner cells (總務組、文書組) and what people type in a form or on the command line.
// The codec (src/workbook/cells.ts) and those input edges call it; everything between holds arrays.

/**
 * Separators between units in an owner text: the sheet writes 、; people also type commas,
 * semicolons and spaces. The sheet's 組室總覽 formulas turn the same characters into 、
 * (src/workbook/schema.ts), so a formula and the code read a cell alike.
 */
export const OWNER_SEPARATORS: readonly string[] = ["、", ",", "，", ";", "；", " ", "　"];

/** What joins units in the one text form of a list: the sheet's cells, the reminder's subject and body, the report. */
export const OWNER_JOINER = "、";

const SEPARATOR_PATTERN = /[、,，;；\s]+/u;

/**
 * The units named in an owner text, in order, without blanks.
 *
 * @example
 * splitOwnerNames("總務組、 文書組") //=> ["總務組", "文書組"]
 * splitOwnerNames("國務組，媒事組") //=> ["國務組", "媒事組"]
 */
export function splitOwnerNames(text: string): string[] {
  return text
    .split(SEPARATOR_PATTERN)
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

/**
 * A list of units as one text, as the sheet holds it: joined with 、 ("" for none). Reading it back with
 * {@link splitOwnerNames} gives the same list.
 *
 * @example
 * joinOwnerNames(["國際事務組", "媒體事務組"]) //=> "國際事務組、媒體事務組"
 */
export function joinOwnerNames(names: readonly string[]): string {
  return names.join(OWNER_JOINER);
}

/** Two lists of names are the same names in the same order (owners, a division's aliases). */
export function sameNameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

/**
 * Two owner texts name the same units in the same order (`總務組,文書組` and `總務組、文書組`): the
 * meaning a store compares before overwriting a cell the user typed.
 */
export function sameOwnerNames(a: string, b: string): boolean {
  return sameNameList(splitOwnerNames(a), splitOwnerNames(b));
}
