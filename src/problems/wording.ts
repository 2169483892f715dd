// A catalogue entry: one wording per language, both required, so a message cannot exist in one language
// only. Each part of the catalogue (catalogue.ts, storeCatalogue.ts, …) builds its entries with `wording`.

export interface Wording<P> {
  readonly "zh-TW": (params: P) => string;
  readonly en: (params: P) => string;
}

export const wording = <P = Record<string, never>>(zhTW: (params: P) => string, en: (params: P) => string): Wording<P> => ({ "zh-TW": zhTW, en });
