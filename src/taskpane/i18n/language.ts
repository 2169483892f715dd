// Which language the pane speaks: the user's remembered choice, else Office's display language, else the
// browser's. Pure, so the choice is tested without a browser.
import { en } from "./en";
import { zhTW, type Messages } from "./zhTW";

export type Language = "zh-TW" | "en";

export const LANGUAGE_STORAGE_KEY = "minutes-tracker.lang";

const CATALOGUES: Readonly<Record<Language, Messages>> = { "zh-TW": zhTW, en };

export function messagesFor(language: Language): Messages {
  return CATALOGUES[language];
}

/** A BCP 47 tag to one of ours: any Chinese is zh-TW (the pane's first language), any other known tag English. */
export function languageOf(tag: string | null | undefined): Language | undefined {
  const t = (tag ?? "").trim().toLowerCase();
  if (t === "") return undefined;
  return t.startsWith("zh") ? "zh-TW" : "en";
}

/**
 * Picks the language: a valid remembered choice wins, then Office's display language (inside Office),
 * then the browser's; with none of them, zh-TW.
 */
export function pickLanguage(stored: string | null, officeLanguage: string | undefined, browserLanguage: string | undefined): Language {
  if (stored === "zh-TW" || stored === "en") return stored;
  return languageOf(officeLanguage) ?? languageOf(browserLanguage) ?? "zh-TW";
}

export function otherLanguage(language: Language): Language {
  return language === "zh-TW" ? "en" : "zh-TW";
}
