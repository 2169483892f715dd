// React glue for the catalogue: the current messages for every component, and the switch that changes
// and remembers the language (localStorage, so it survives a reload of the pane).
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { LANGUAGE_STORAGE_KEY, messagesFor, otherLanguage, type Language } from "./language";
import type { Messages } from "./zhTW";

interface I18nValue {
  readonly t: Messages;
  readonly language: Language;
  readonly toggle: () => void;
}

const I18nContext = createContext<I18nValue | null>(null);

function remember(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // storage can be disabled (private windows, policies); the choice then lasts for this visit only
  }
}

export function I18nProvider({ initial, children }: { initial: Language; children: ReactNode }): ReactNode {
  const [language, setLanguage] = useState<Language>(initial);
  const toggle = useCallback(() => {
    setLanguage((current) => {
      const next = otherLanguage(current);
      remember(next);
      return next;
    });
  }, []);
  const value = useMemo(() => ({ t: messagesFor(language), language, toggle }), [language, toggle]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
