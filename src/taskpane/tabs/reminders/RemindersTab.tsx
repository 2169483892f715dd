// 提醒: sign in to Microsoft 365, pick the calendar and lead time, "Sync now" with progress, the last
// sync's summary and errors (from the sheet, so they survive a reload), and "Download .ics". A view over
// useReminders: the wiring (sign-in, Graph, settings, sync, export) is in reminderSession.ts, without React.
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, type ReactNode } from "react";
import type { WorkbookData } from "../../../workbook/model";
import type { TabContext } from "../../app/tabContext";
import { useI18n } from "../../i18n/I18n";
import { createReminderSession } from "./createSession";
import { reminderMessages } from "./messages";
import { localTime } from "./reminderStatus";
import type { ReminderSession } from "./reminderSession";
import { NEW_CALENDAR, summaryLines, useReminders } from "./useReminders";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "8px", padding: "8px 0", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: "4px 0 0" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  errors: { margin: "0", paddingInlineStart: "20px" },
});

export function RemindersTab({ context }: { context: TabContext }): ReactNode {
  const { data, host } = context;
  const session = useMemo(() => createReminderSession(host), [host]);
  if (!data) return context.dataError ? <Text role="alert">{context.dataError}</Text> : null;
  return <RemindersView context={context} data={data} session={session} />;
}

function RemindersView({ context, data, session }: { context: TabContext; data: WorkbookData; session: ReminderSession }): ReactNode {
  const { t } = useI18n();
  const m = reminderMessages(t.lang);
  const styles = useStyles();
  const r = useReminders({ data, session, notify: context.notify, refresh: context.refresh, m, t });
  const { status, busy } = r;
  const configured = r.configProblem === null;

  return (
    <div>
      <section className={styles.section} aria-labelledby="reminders-signin">
        <h2 id="reminders-signin" className={styles.heading}>
          {m.signInHeading}
        </h2>
        {!configured ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{r.configProblem}</MessageBarBody>
          </MessageBar>
        ) : (
          <div className={styles.row}>
            <Text>{r.account ? m.signedInAs(r.account) : m.notSignedIn}</Text>
            {r.account ? (
              <Button onClick={() => void r.signOut()} disabled={busy}>
                {m.signOut}
              </Button>
            ) : (
              <Button appearance="primary" onClick={() => void r.signIn()} disabled={busy}>
                {r.signingIn ? m.signingIn : m.signIn}
              </Button>
            )}
            {r.method ? <Text size={200}>{m.method[r.method]}</Text> : null}
          </div>
        )}
        {r.signInNeeded !== null ? (
          <MessageBar intent="warning" layout="multiline" role="alert">
            <MessageBarBody>{m.signInNeeded}</MessageBarBody>
            <MessageBarActions>
              <Button appearance="primary" onClick={() => void r.signIn()} disabled={r.signingIn}>
                {m.signInButton}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
      </section>

      <section className={styles.section} aria-labelledby="reminders-calendar">
        <h2 id="reminders-calendar" className={styles.heading}>
          {m.calendarHeading}
        </h2>
        <Field label={m.calendar}>
          <Select value={r.calendarId} onChange={(_e, d) => r.setCalendarId(d.value)} disabled={busy || !configured}>
            <option value={NEW_CALENDAR}>{m.calendarNew(r.calendarName)}</option>
            {(r.calendars ?? [])
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
            <Button onClick={() => void r.loadCalendars()} disabled={busy}>
              {m.loadCalendars}
            </Button>
          </div>
        ) : null}
        <Field label={m.leadDays} hint={m.leadDaysHint}>
          <Input type="number" min={0} max={365} value={r.leadText} onChange={(_e, d) => r.setLead(d.value)} disabled={busy} />
        </Field>
        <Checkbox label={m.inviteLead} checked={r.invite} onChange={(_e, d) => r.setInvite(d.checked === true)} disabled={busy || !configured} />
        {r.invite ? (
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
          <Button appearance="primary" onClick={() => void r.syncNow()} disabled={busy || !configured}>
            {r.progress ? m.syncing : m.syncNow}
          </Button>
        </div>
        {r.progress ? (
          <Field validationMessage={r.progress.total > 0 ? m.progress(r.progress.done, r.progress.total) : m.syncing} validationState="none">
            <ProgressBar value={r.progress.total > 0 ? r.progress.done / r.progress.total : undefined} aria-label={m.syncing} />
          </Field>
        ) : null}
        {r.last ? <Text>{summaryLines(m, r.last).join("；")}</Text> : null}
        {status.errors.length > 0 ? (
          <div role="group" aria-label={m.syncErrors(status.errors.length)}>
            <Text>{m.syncErrors(status.errors.length)}</Text>
            <ul className={styles.errors}>
              {status.errors.map((e) => (
                <li key={e.caseId}>
                  {m.caseError(e.caseId, e.message)}
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
          <Button onClick={() => void r.downloadIcs()} disabled={busy}>
            {m.downloadIcs}
          </Button>
        </div>
      </section>
    </div>
  );
}
