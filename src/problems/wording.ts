// A catalogue entry: one wording per language, both required, so a message cannot exist in one language
// only. Each part of the catalogue (catalogue.ts, storeCatalogue.ts, …) builds its entries with `wording`.

/**
 * A problem inside another's parameters: why the outer one happened (a store's refusal under "the key could
 * not be saved"). Typed loosely here, as the catalogue's own type would refer to itself; `problem()` checks it.
 */
export interface NestedProblem {
  readonly code: string;
  readonly params: unknown;
}

/** Words a nested problem in the language being rendered, so a message never mixes languages. */
export type Say = (nested: NestedProblem) => string;

export interface Wording<P> {
  readonly "zh-TW": (params: P, say: Say) => string;
  readonly en: (params: P, say: Say) => string;
}

export const wording = <P = Record<string, never>>(zhTW: (params: P, say: Say) => string, en: (params: P, say: Say) => string): Wording<P> => ({ "zh-TW": zhTW, en });
