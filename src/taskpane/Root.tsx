// Starts the pane: asks Office where it runs (waiting as long as Office takes when the page was opened by
// Office, saying so in the header), picks the language, builds the host (its code loaded on demand) and
// renders the app inside Fluent's provider. Above the app it shows what happened outside it: a ribbon
// command's report its dialog could not show, and how each download went in this host.
import { FluentProvider, MessageBar, MessageBarBody, Spinner, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import { PENDING_NOTICE_KEY, takeNotice, type PendingNotice } from "../commands/pendingNotice";
import { App } from "./app/App";
import { onDownloadOutcome, type DownloadOutcome } from "./app/downloadFile";
import { Header } from "./app/Header";
import { describeHostKind } from "./hostText";
import { detectHost, type HostKind } from "./host";
import type { AppHost } from "./hosts/appHost";
import { createAppHost } from "./hosts/createHost";
import { probeOffice } from "./hosts/probe";
import { I18nProvider, useI18n } from "./i18n/I18n";
import { LANGUAGE_STORAGE_KEY, pickLanguage, type Language } from "./i18n/language";
import type { Messages } from "./i18n/zhTW";

type Start =
  | { readonly phase: "starting" }
  | { readonly phase: "connecting"; readonly host: string; readonly slow: boolean }
  | { readonly phase: "ready"; readonly kind: HostKind; readonly host: AppHost | null }
  /** Office opened the page but reported no host: no store at all rather than the browser's */
  | { readonly phase: "silent"; readonly host: string }
  | { readonly phase: "failed"; readonly reason: string };

function pendingCommandNotice(): PendingNotice | null {
  try {
    return takeNotice(localStorage);
  } catch {
    return null;
  }
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

function hostLine(start: Start, t: Messages): string {
  switch (start.phase) {
    case "starting":
      return t.loading;
    case "connecting":
      return start.slow ? t.hostConnectingSlow(start.host) : t.hostConnecting(start.host);
    case "ready":
      return describeHostKind(start.kind, t);
    case "silent":
      return t.hostSilent(start.host);
    case "failed":
      return t.startFailed(start.reason);
  }
}

function downloadLine(outcome: DownloadOutcome, t: Messages): { intent: "info" | "warning" | "error"; text: string } | null {
  switch (outcome.kind) {
    case "started":
      return null;
    case "browser-window":
      return { intent: "info", text: t.downloadOpenedBrowser(outcome.name) };
    case "unsure":
      return { intent: "warning", text: t.downloadUnsure(outcome.name) };
    case "too-large":
      return { intent: "warning", text: t.downloadTooLarge(outcome.name) };
    case "failed":
      return { intent: "error", text: t.downloadFailed(outcome.name, outcome.reason) };
  }
}

function Notices({ command, download }: { command: PendingNotice | null; download: DownloadOutcome | null }): ReactNode {
  const { t } = useI18n();
  const line = download ? downloadLine(download, t) : null;
  if (!command && !line) return null;
  return (
    <div style={{ margin: "8px 12px 0" }}>
      {command ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t.commandNoticeMissed(command.title, command.reason)}
            {command.lines.map((text, i) => (
              <div key={i}>{text}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {line ? (
        <div role={line.intent === "error" ? "alert" : "status"}>
          <MessageBar intent={line.intent}>
            <MessageBarBody>{line.text}</MessageBarBody>
          </MessageBar>
        </div>
      ) : null}
    </div>
  );
}

/** What happened outside the app that the pane must show; kept above the language switch's remount. */
function useOutsideNotices(): { command: PendingNotice | null; download: DownloadOutcome | null } {
  const [command, setCommand] = useState<PendingNotice | null>(pendingCommandNotice);
  const [download, setDownload] = useState<DownloadOutcome | null>(null);
  useEffect(() => onDownloadOutcome(setDownload), []);
  useEffect(() => {
    // a ribbon command kept a report while the pane was open (the storage event comes from its page)
    const seen = (event: StorageEvent) => {
      if (event.key !== PENDING_NOTICE_KEY || event.newValue === null) return;
      const notice = pendingCommandNotice();
      if (notice) setCommand(notice);
    };
    window.addEventListener("storage", seen);
    return () => window.removeEventListener("storage", seen);
  }, []);
  return { command, download };
}

function Shell({ start, command, download }: { start: Start; command: PendingNotice | null; download: DownloadOutcome | null }): ReactNode {
  const { t } = useI18n();
  const hostText = hostLine(start, t);
  const waiting = start.phase === "starting" || start.phase === "connecting";
  const blocked = start.phase === "failed" || start.phase === "silent" || (start.phase === "ready" && start.host === null);
  return (
    <>
      <Header hostText={hostText} />
      <Notices command={command} download={download} />
      {waiting ? <Spinner size="small" label={hostText} style={{ margin: 16 }} /> : null}
      {blocked ? (
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
  const notices = useOutsideNotices();
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const probe = await probeOffice({
          onWaiting: (host) => !cancelled && setStart({ phase: "connecting", host, slow: false }),
          onSlow: (host) => !cancelled && setStart({ phase: "connecting", host, slow: true }),
        });
        if (probe.silentHost !== undefined) {
          if (!cancelled) setStart({ phase: "silent", host: probe.silentHost });
          return;
        }
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
        <Shell start={start} command={notices.command} download={notices.download} />
      </I18nProvider>
    </FluentProvider>
  );
}
