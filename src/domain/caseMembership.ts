// Who a case belongs to ("my division"): one rule for the pane's filter, 總覽, the CLI and the sheet's
// 組室總覽 formulas, so a chief sees the same cases wherever they look.
import { createDivisionRegistry, isCollectiveAssignee, type Division, type DivisionRegistry } from "./divisions";

/** The two owner lists of a case: the units that lead and those that support, as the minutes or the sheet name them. */
export interface CaseOwners {
  readonly lead: readonly string[];
  readonly supporting: readonly string[];
}

/**
 * A case's owners from the units an item names and the supporting ones among them (會同/協同/並送):
 * the others lead, in order.
 *
 * @example
 * ownersFrom({ divisions: ["資訊室", "政風室"], supporting: ["政風室"] }) //=> { lead: ["資訊室"], supporting: ["政風室"] }
 */
export function ownersFrom(item: { readonly divisions: readonly string[]; readonly supporting: readonly string[] }): { lead: string[]; supporting: string[] } {
  return { lead: item.divisions.filter((d) => !item.supporting.includes(d)), supporting: [...item.supporting] };
}

/** What membership needs from the registry: its divisions in order, and alias → canonical name. */
export type DivisionLookup = Pick<DivisionRegistry, "divisions" | "normalize">;

/** Every unit a case names, lead first, without blanks. */
function namedUnits(owners: CaseOwners): string[] {
  return [...owners.lead, ...owners.supporting].map((name) => name.trim()).filter((name) => name !== "");
}

/**
 * The divisions a case belongs to: each lead and supporting unit under its registry name (an alias
 * counts for its division), every registry division when a collective word assigns it to all
 * (各組, 各組室, 各科室, 各單位 …), and a unit outside the registry under its own name. Registry
 * divisions come first in registry order, then other units in the order the case names them; the
 * collective words themselves are never a division.
 *
 * @example
 * // 請各組室及公管中心踴躍提報 → every registry division
 * caseDivisions({ lead: ["各組室"], supporting: [] }, registry).length //=> 12
 * caseDivisions({ lead: ["國務組"], supporting: ["新工處"] }, registry) //=> ["國際事務組", "新工處"]
 */
export function caseDivisions(owners: CaseOwners, lookup: DivisionLookup): string[] {
  const names = namedUnits(owners);
  const collective = names.some(isCollectiveAssignee);
  const registered = new Set<string>();
  const others: string[] = [];
  for (const name of names) {
    if (isCollectiveAssignee(name)) continue;
    const canonical = lookup.normalize(name);
    if (canonical !== undefined) registered.add(canonical);
    else if (!others.includes(name)) others.push(name);
  }
  const ordered = lookup.divisions.map((d) => d.name).filter((name) => collective || registered.has(name));
  return [...ordered, ...others];
}

/**
 * True when the case belongs to the division (a registry name or alias, or a unit outside the
 * registry by its own name), by the rule of {@link caseDivisions}.
 */
export function belongsTo(owners: CaseOwners, division: string, lookup: DivisionLookup): boolean {
  const target = lookup.normalize(division) ?? division.trim();
  return caseDivisions(owners, lookup).includes(target);
}

/**
 * Units the cases name that are neither in the registry nor collective words, in first-seen order:
 * they count under their own name, and the import review offers them for the registry.
 */
export function unregisteredUnits(cases: readonly CaseOwners[], lookup: DivisionLookup): string[] {
  const found: string[] = [];
  for (const c of cases) {
    for (const name of namedUnits(c)) {
      if (isCollectiveAssignee(name) || lookup.normalize(name) !== undefined || found.includes(name)) continue;
      found.push(name);
    }
  }
  return found;
}

/**
 * The rows of a per-division summary (總覽, 組室總覽): every registry division, even without cases,
 * then the units outside the registry the cases name.
 */
export function membershipUnits(cases: readonly CaseOwners[], lookup: DivisionLookup): string[] {
  return [...lookup.divisions.map((d) => d.name), ...unregisteredUnits(cases, lookup)];
}

/**
 * A lookup by exact name only, for a registry that does not validate (a name claimed twice): the
 * pane still filters by the names the sheet holds while 設定 says what to fix.
 */
export function exactNameLookup(divisions: readonly { readonly name: string }[]): DivisionLookup {
  const names = divisions.map((d) => d.name.trim()).filter((n) => n !== "");
  return {
    divisions: names.map((name) => ({ name, aliases: [] })),
    normalize: (text) => (names.includes(text.trim()) ? text.trim() : undefined),
  };
}

/** The lookup for a workbook's registry: the validated registry, else exact names (see {@link exactNameLookup}). */
export function divisionLookup(divisions: readonly Division[]): DivisionLookup {
  const registry = createDivisionRegistry(divisions);
  return registry.ok ? registry.value : exactNameLookup(divisions);
}
