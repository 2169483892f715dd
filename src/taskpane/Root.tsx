// Starts the pane: asks Office where it runs (or gives up waiting), picks the language, builds the host
// (its code loaded on demand) and renders the app inside Fluent's provider.
import { FluentProvider, MessageBar, MessageBarBody, Spinner, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import { App } from "./app/App";
import { Header } from "./app/Header";
import { describeHostKind } from "./hostText";
import { detectHost, type HostKind } from "./host";
import type { AppHost } from "./hosts/appHost";
import { createAppHost } from "./hosts/createHost";
import { probeOffice } from "./hosts/probe";
import { I18nProvider, useI18n } from "./i18n/I18n";
import { LANGUAGE_STORAGE_KEY, pickLanguage, type Language } from "./i18n/language";

type Start = { readonly phase: "starting" } | { readonly phase: "ready"; readonly kind: HostKind; readonly host: AppHost | null } | { readonly phase: "failed"; readonly reason: string };

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

function Shell({ start }: { start: Start }): ReactNode {
  const { t } = useI18n();
  const hostText =
    start.phase === "ready" ? describeHostKind(start.kind, t) : start.phase === "failed" ? t.startFailed(start.reason) : t.loading;
  return (
    <>
      <Header hostText={hostText} />
      {start.phase === "starting" ? <Spinner size="small" label={t.loading} style={{ margin: 16 }} /> : null}
      {start.phase === "failed" ? (
        <div role="alert" style={{ margin: 12 }}>
          <MessageBar intent="error">
            <MessageBarBody>{t.startFailed(start.reason)}</MessageBarBody>
          </MessageBar>
        </div>
      ) : null}
      {start.phase === "ready" && start.host === null ? (
        <div role="alert" style={{ margin: 12 }}>
          <MessageBar intent="error">
            <MessageBarBody>{hostText}</MessageBarBody>
          </MessageBar>
        </div>
      ) : null}
      {start.phase === "ready" && start.host !== null ? <App host={start.host} /> : null}
    </>
  );
}

export function Root(): ReactNode {
  const [start, setStart] = useState<Start>({ phase: "starting" });
  const [language, setLanguage] = useState<Language>(() => pickLanguage(storedLanguage(), undefined, navigator.language));
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const probe = await probeOffice();
        if (probe.displayLanguage) setLanguage(pickLanguage(storedLanguage(), probe.displayLanguage, navigator.language));
        const kind = detectHost(probe);
        const host = await createAppHost(kind);
        if (!cancelled) setStart({ phase: "ready", kind, host });
      } catch (error) {
        if (!cancelled) setStart({ phase: "failed", reason: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);
  return (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider key={language} initial={language}>
        <Shell start={start} />
      </I18nProvider>
    </FluentProvider>
  );
}
