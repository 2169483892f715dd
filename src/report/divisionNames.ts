// Which division an entry or a filter means, by the domain's one membership rule (caseMembership): an
// alias counts for its division, 各組室 asks every registry division, a unit outside the registry
// counts under its own name. The report, the 本次填報 list and the statistics all read cases this way.
import { belongsTo, unregisteredUnits, type CaseOwners, type DivisionLookup } from "../domain";

/** The canonical name of `name`: the registry's, or the text itself for a unit outside it. */
export function canonicalDivision(name: string, lookup: DivisionLookup): string {
  return lookup.normalize(name) ?? name.trim();
}

/** The same division: equal canonical names. */
export function sameDivision(a: string, b: string, lookup: DivisionLookup): boolean {
  return canonicalDivision(a, lookup) === canonicalDivision(b, lookup);
}

/** True when the case belongs to `division` (lead, supporting, or through 各組室). */
export function concernsDivision(c: CaseOwners, division: string, lookup: DivisionLookup): boolean {
  return belongsTo(c, division, lookup);
}

/** A division a person named, if the registry or the cases know it: the registry's name, or the unit as the cases name it. */
export function knownDivision(name: string, cases: readonly CaseOwners[], lookup: DivisionLookup): string | undefined {
  const trimmed = name.trim();
  return lookup.normalize(trimmed) ?? unregisteredUnits(cases, lookup).find((unit) => unit === trimmed);
}
