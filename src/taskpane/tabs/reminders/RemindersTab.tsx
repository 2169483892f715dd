// 提醒: sign in to Microsoft 365, pick the calendar and lead time, "Sync now" with progress, the last
// sync's summary and errors (from the sheet, so they survive a reload), and "Download .ics". MSAL and the
// Graph client are loaded only when used, so they stay out of the pane's first load.
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useRef, useState, type ReactNode } from "react";
import { authConfig } from "../../../calendar/auth/config";
import type { TokenSource } from "../../../calendar/auth";
import type { CalendarInfo } from "../../../calendar/graph";
import type { SyncSummary } from "../../../calendar/sync";
import { planSettings } from "../../../workbook/caseActions";
import { ICS_TYPE, downloadFile } from "../../app/downloadFile";
import { actionContext, errorText, recorderName } from "../../app/recorder";
import type { TabContext } from "../../app/tabContext";
import { useI18n } from "../../i18n/I18n";
import { parseDays } from "../settings/settingsForm";
import { buildConfig } from "./buildConfig";
import { reminderMessages, type ReminderMessages } from "./messages";
import { icsFileName, localTime, reminderStatus } from "./reminderStatus";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "8px", padding: "8px 0", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: "4px 0 0" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  errors: { margin: "0", paddingInlineStart: "20px" },
});

const NEW_CALENDAR = "";

function officeRequirements(): ((set: string, version: string) => boolean) | undefined {
  if (typeof Office === "undefined") return undefined;
  return (set, version) => Office.context.requirements.isSetSupported(set, version);
}

function summaryLines(m: ReminderMessages, s: SyncSummary): string[] {
  const lines = [m.summary(s)];
  if (s.calendar.created) lines.push(m.calendarCreated(s.calendar.name));
  if (s.recreated > 0) lines.push(m.recreated(s.recreated));

  return lines;
}

export function RemindersTab({ context }: { context: TabContext }): ReactNode {
  const { t } = useI18n();
  const m = reminderMessages(t.lang);
  const styles = useStyles();
  const { data, host, notify } = context;
  const source = useRef<TokenSource | null>(null);
  const [account, setAccount] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  const [calendars, setCalendars] = useState<readonly CalendarInfo[] | null>(null);
  const [calendarId, setCalendarId] = useState<string>(NEW_CALENDAR);
  const [lead, setLead] = useState<string | null>(null);
  const [invite, setInvite] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [last, setLast] = useState<SyncSummary | null>(null);
  const status = useMemo(() => (data ? reminderStatus(data) : null), [data]);

  if (!data || !status) return context.dataError ? <Text role="alert">{context.dataError}</Text> : null;
  // A build without a client id offers only the .ics; a malformed one says what is wrong with it.
  const auth = authConfig(buildConfig.clientId, buildConfig.tenant);
  const configured = auth.ok;
  const calendarName = data.settings.reminderCalendar;
  const leadText = lead ?? String(data.settings.reminderLeadDays);
  const busy = signingIn || progress !== null;
  const fail = (reason: string) => notify({ kind: "error", lines: [m.failed(reason)] });

  const tokenSource = async (): Promise<TokenSource | null> => {
    if (source.current) return source.current;
    const { createTokenSource } = await import(/* webpackChunkName: "auth" */ "../../../calendar/auth");
    const isSetSupported = officeRequirements();
    const made = await createTokenSource({
      host: { inOffice: host.kind === "excel", ...(isSetSupported ? { isSetSupported } : {}) },
      clientId: buildConfig.clientId,
      tenant: buildConfig.tenant,
      baseUrl: window.location.href,
    });
    if (!made.ok) {
      fail(made.error);
      return null;
    }
    source.current = made.value;
    return made.value;
  };

  const gateway = async (tokens: TokenSource) => {
    const { GraphCalendarGateway } = await import(/* webpackChunkName: "graph" */ "../../../calendar/graph");
    return new GraphCalendarGateway({ getToken: () => tokens.getToken(), ...(buildConfig.graphUrl ? { baseUrl: buildConfig.graphUrl } : {}) });
  };

  /** Signs in (when needed) and says why not, quietly for a cancellation. */
  const signedIn = async (): Promise<TokenSource | null> => {
    setSigningIn(true);
    try {
      const tokens = await tokenSource();
      if (!tokens) return null;
      await tokens.signIn();
      setAccount(tokens.account());
      return tokens;
    } catch (error) {
      const cancelled = typeof error === "object" && error !== null && "cancelled" in error && error.cancelled === true;
      notify({ kind: cancelled ? "info" : "error", lines: [error instanceof Error ? error.message : String(error)] });
      return null;
    } finally {
      setSigningIn(false);
    }
  };

  const loadCalendars = async () => {
    const tokens = await signedIn();
    if (!tokens) return;
    try {
      const list = await (await gateway(tokens)).listCalendars();
      setCalendars(list.filter((c) => c.canEdit !== false));
      const recorded = list.find((c) => c.id === data.settings.reminderCalendarId) ?? list.find((c) => c.name === calendarName);
      setCalendarId(recorded?.id ?? NEW_CALENDAR);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
  };

  const saveLead = async (): Promise<boolean> => {
    const parsed = parseDays("reminderLeadDays", leadText);
    if (!parsed.ok) {
      notify({ kind: "error", lines: [t.badDays(t.reminderLeadDays, leadText)] });
      return false;
    }
    const days = parsed.value;
    if (days === data.settings.reminderLeadDays) return true;
    const saved = await host.store.update(planSettings({ reminderLeadDays: days }, actionContext()));
    if (!saved.ok) fail(saved.error);
    return saved.ok;
  };

  const syncNow = async () => {
    if (!(await saveLead())) return;
    const tokens = await signedIn();
    if (!tokens) return;
    setProgress({ done: 0, total: 0 });
    try {
      const { syncReminders } = await import(/* webpackChunkName: "graph" */ "../../../calendar/sync");
      const result = await syncReminders(host.store, await gateway(tokens), {
        calendar: calendarId === NEW_CALENDAR ? { name: calendarName } : { id: calendarId },
        inviteLead: invite,
        by: recorderName(),
        onProgress: (done, total) => setProgress({ done, total }),
      });
      if (!result.ok) {
        fail(result.error);
        return;
      }
      setLast(result.value);
      const errors = result.value.errors.map((e) => `${e.caseId}：${e.message}`);
      notify({ kind: errors.length > 0 ? "warning" : "success", lines: [...summaryLines(m, result.value), ...(errors.length > 0 ? [m.syncErrors(errors.length), ...errors] : [])] });
    } catch (error) {
      notify({ kind: "error", lines: [errorText(t, error)] });
    } finally {
      setProgress(null);
      await context.refresh();
    }
  };

  const signOut = async () => {
    await source.current?.signOut();
    setAccount(null);
    setCalendars(null);
  };

  const downloadIcs = async () => {
    try {
      const { exportIcs } = await import(/* webpackChunkName: "ics" */ "../../../calendar/sync/exportIcs");
      const made = await exportIcs(host.store, { now: new Date() });
      if (!made.ok) {
        fail(made.error);
        return;
      }
      downloadFile(icsFileName(host.workbook?.name() ?? null), made.value.ics, ICS_TYPE);
      notify({ kind: "success", lines: [m.icsDone(made.value.events)] });
      if (made.value.keyCreated) await context.refresh();
    } catch (error) {
      notify({ kind: "error", lines: [errorText(t, error)] });
    }
  };

  return (
    <div>
      <section className={styles.section} aria-labelledby="reminders-signin">
        <h2 id="reminders-signin" className={styles.heading}>
          {m.signInHeading}
        </h2>
        {!configured ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{buildConfig.clientId.trim() === "" || auth.ok ? m.notConfigured : auth.error}</MessageBarBody>
          </MessageBar>
        ) : (
          <div className={styles.row}>
            <Text>{account ? m.signedInAs(account) : m.notSignedIn}</Text>
            {account ? (
              <Button onClick={() => void signOut()} disabled={busy}>
                {m.signOut}
              </Button>
            ) : (
              <Button appearance="primary" onClick={() => void signedIn()} disabled={busy}>
                {signingIn ? m.signingIn : m.signIn}
              </Button>
            )}
            {source.current ? <Text size={200}>{m.method[source.current.method]}</Text> : null}
          </div>
        )}
      </section>

      <section className={styles.section} aria-labelledby="reminders-calendar">
        <h2 id="reminders-calendar" className={styles.heading}>
          {m.calendarHeading}
        </h2>
        <Field label={m.calendar}>
          <Select value={calendarId} onChange={(_e, d) => setCalendarId(d.value)} disabled={busy || !configured}>
            <option value={NEW_CALENDAR}>{m.calendarNew(calendarName)}</option>
            {(calendars ?? [])
              .filter((c) => c.id !== NEW_CALENDAR)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
          </Select>
        </Field>
        {configured ? (
          <div className={styles.row}>
            <Button onClick={() => void loadCalendars()} disabled={busy}>
              {m.loadCalendars}
            </Button>
          </div>
        ) : null}
        <Field label={m.leadDays} hint={m.leadDaysHint}>
          <Input type="number" min={0} max={365} value={leadText} onChange={(_e, d) => setLead(d.value)} disabled={busy} />
        </Field>
        <Checkbox label={m.inviteLead} checked={invite} onChange={(_e, d) => setInvite(d.checked === true)} disabled={busy || !configured} />
        {invite ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{m.inviteWarning}</MessageBarBody>
          </MessageBar>
        ) : null}
      </section>

      <section className={styles.section} aria-labelledby="reminders-sync">
        <h2 id="reminders-sync" className={styles.heading}>
          {m.syncHeading}
        </h2>
        <Text>{m.withReminder(status.withEvent, status.due)}</Text>
        <Text>{status.lastSync ? m.lastSync(localTime(status.lastSync)) : m.neverSynced}</Text>
        <div className={styles.row}>
          <Button appearance="primary" onClick={() => void syncNow()} disabled={busy || !configured}>
            {progress ? m.syncing : m.syncNow}
          </Button>
        </div>
        {progress ? (
          <Field validationMessage={progress.total > 0 ? m.progress(progress.done, progress.total) : m.syncing} validationState="none">
            <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} aria-label={m.syncing} />
          </Field>
        ) : null}
        {last ? <Text>{summaryLines(m, last).join("；")}</Text> : null}
        {status.errors.length > 0 ? (
          <div role="group" aria-label={m.syncErrors(status.errors.length)}>
            <Text>{m.syncErrors(status.errors.length)}</Text>
            <ul className={styles.errors}>
              {status.errors.map((e) => (
                <li key={e.caseId}>
                  {e.caseId}：{e.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      <section className={styles.section} aria-labelledby="reminders-ics">
        <h2 id="reminders-ics" className={styles.heading}>
          {m.icsHeading}
        </h2>
        <Text>{m.icsHint}</Text>
        <div className={styles.row}>
          <Button onClick={() => void downloadIcs()} disabled={busy}>
            {m.downloadIcs}
          </Button>
        </div>
      </section>
    </div>
  );
}
