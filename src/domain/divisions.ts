// 組室 registry: division names and their aliases are user-edited data; this module only matches text to them.

import { problem } from "../problems";
import { toHalfWidth } from "./numerals";
import { fail, ok, type Result } from "./result";

/** One division (組室) with the short names minutes use for it and an optional contact e-mail. */
export interface Division {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly email?: string;
}

/** Lookup over a validated set of divisions; every name and alias belongs to exactly one division. */
export interface DivisionRegistry {
  readonly divisions: readonly Division[];
  /** Canonical name for a name or alias, or `undefined` when nothing matches. */
  normalize(text: string): string | undefined;
  /** The division for a name or alias, or `undefined` when nothing matches. */
  find(text: string): Division | undefined;
  /** A new registry with the division added, or replacing the one with the same name. */
  withDivision(d: Division): Result<DivisionRegistry>;
}

/** Options for {@link createDivisionRegistry}. */
export interface DivisionRegistryOptions {
  /**
   * Names of the organization itself (e.g. `秘書處`), which may prefix a division name in minutes:
   * `秘書處總務組` matches 總務組. Only these exact prefixes are stripped, so another agency's
   * 總務組 (`教育局總務組`) never matches ours.
   */
  readonly organizationNames?: readonly string[];
}

/**
 * The divisions of 臺北市政府秘書處, as a starting point the user edits in the workbook.
 *
 * Aliases: 國務組 and 公管中心 appear in the 110th 處務會議 minutes; 媒事組 is the short name the
 * division itself uses, 媒體組 a common spoken form.
 */
export const DEFAULT_DIVISIONS: readonly Division[] = [
  { name: "總務組", aliases: [] },
  { name: "文書組", aliases: [] },
  { name: "機要組", aliases: [] },
  { name: "國際事務組", aliases: ["國務組"] },
  { name: "市民服務組", aliases: [] },
  { name: "媒體事務組", aliases: ["媒事組", "媒體組"] },
  { name: "採購組", aliases: [] },
  { name: "人事室", aliases: [] },
  { name: "會計室", aliases: [] },
  { name: "政風室", aliases: [] },
  { name: "資訊室", aliases: [] },
  { name: "市政大樓公共事務管理中心", aliases: ["公管中心", "公共事務管理中心"] },
];

/** How the 秘書處 names itself in front of a division (`臺北市政府秘書處總務組`, `本處人事室`). */
export const DEFAULT_ORGANIZATION_NAMES: readonly string[] = ["臺北市政府秘書處", "秘書處", "本處"];

/** Words that assign work to every division at once rather than to one. */
export const COLLECTIVE_ASSIGNEES: readonly string[] = ["各組室", "各科室", "各組", "各單位", "各處室", "各局處"];

// Minutes vary in width and spacing (「總務組 」, 「國務 組」), never in the characters of the name.
function matchKey(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, "");
}

/**
 * True when the text names all divisions collectively, as in `請各組室及公管中心踴躍提報`.
 *
 * @example
 * isCollectiveAssignee("各組室") //=> true
 * isCollectiveAssignee("總務組") //=> false
 */
export function isCollectiveAssignee(text: string): boolean {
  return COLLECTIVE_ASSIGNEES.includes(matchKey(text));
}

function buildIndex(divisions: readonly Division[]): Result<ReadonlyMap<string, Division>> {
  const index = new Map<string, Division>();
  for (const [position, division] of divisions.entries()) {
    if (matchKey(division.name) === "") {
      return fail(problem("division.nameBlank", { position: position + 1 }));
    }
    for (const alias of [division.name, ...division.aliases]) {
      const key = matchKey(alias);
      if (key === "") {
        return fail(problem("division.aliasBlank", { name: division.name }));
      }
      const owner = index.get(key);
      if (owner !== undefined && owner !== division) {
        return fail(problem("division.nameTaken", { alias: alias.trim(), owner: owner.name, other: division.name }));
      }
      index.set(key, division);
    }
  }
  return ok(index);
}

function registryFrom(
  divisions: readonly Division[],
  index: ReadonlyMap<string, Division>,
  options: DivisionRegistryOptions,
): DivisionRegistry {
  // Longest first, so 臺北市政府秘書處 is stripped whole before 秘書處 is tried.
  const prefixes = (options.organizationNames ?? [])
    .map(matchKey)
    .filter((p) => p !== "")
    .sort((a, b) => b.length - a.length);

  const find = (text: string): Division | undefined => {
    const key = matchKey(text);
    const exact = index.get(key);
    if (exact !== undefined) return exact;
    const prefix = prefixes.find((p) => key.startsWith(p) && key.length > p.length);
    return prefix === undefined ? undefined : index.get(key.slice(prefix.length));
  };

  const registry: DivisionRegistry = {
    divisions,
    find,
    normalize: (text) => find(text)?.name,
    withDivision: (d) => {
      const key = matchKey(d.name);
      const replaced = divisions.some((existing) => matchKey(existing.name) === key);
      const next = replaced
        ? divisions.map((existing) => (matchKey(existing.name) === key ? d : existing))
        : [...divisions, d];
      return createDivisionRegistry(next, options);
    },
  };
  return Object.freeze(registry);
}

/**
 * Validates divisions and builds a registry that matches minutes text to a canonical name.
 *
 * Matching ignores width and whitespace. Rejected: an empty name or alias, and a name or alias
 * claimed by two divisions (the message names both). The registry is immutable: `withDivision`
 * returns a new one.
 *
 * @example
 * const registry = createDivisionRegistry(DEFAULT_DIVISIONS);
 * // 請總務組與公管中心定期於主秘會報提報
 * registry.ok && registry.value.normalize("公管中心") //=> "市政大樓公共事務管理中心"
 */
export function createDivisionRegistry(
  divisions: readonly Division[],
  options: DivisionRegistryOptions = {},
): Result<DivisionRegistry> {
  const copy = Object.freeze(
    divisions.map((d) => Object.freeze({ ...d, name: d.name.trim(), aliases: Object.freeze([...d.aliases]) })),
  );
  const index = buildIndex(copy);
  if (!index.ok) return index;
  const ownOptions = { organizationNames: Object.freeze([...(options.organizationNames ?? [])]) };
  return ok(registryFrom(copy, index.value, ownOptions));
}
