// The 提醒 tab's state and actions as a hook over ReminderSession: the view renders what this returns and
// calls its actions; every wording comes from messages.ts. A sync that needs sign-in leaves
// `signInNeeded` set, and the view's 「登入」 button (a click) signs in and resumes that sync.
import { useEffect, useMemo, useRef, useState } from "react";
import { authConfig } from "../../../calendar/auth/config";
import type { CalendarInfo } from "../../../calendar/gateway";
import type { SignInMethod } from "../../../calendar/auth/signInMethod";
import type { WorkbookData } from "../../../workbook/model";
import { ICS_TYPE, downloadFile } from "../../app/downloadFile";
import type { Notify } from "../../app/notice";
import { errorText, rememberSignedIn } from "../../app/recorder";
import type { Messages } from "../../i18n/zhTW";
import { parseDays } from "../settings/settingsForm";
import { buildConfig } from "./buildConfig";
import type { ReminderMessages } from "./messages";
import { reminderStatus, type ReminderStatus } from "./reminderStatus";
import { outcomeText, type ReminderSession, type SyncDone } from "./reminderSession";
import { failureText, paneLanguage } from "../import/failureText";

/** The picker's value for "設定's calendar, by name". */
export const NEW_CALENDAR = "";

/** The lines that report a sync, in the pane's language. */
export function summaryLines(m: ReminderMessages, done: SyncDone): string[] {
  const s = done.summary;
  const lines = [m.summary(s)];
  if (s.calendar.created) lines.push(m.calendarCreated(s.calendar.name));
  if (s.recreated > 0) lines.push(m.recreated(s.recreated));
  if (s.corrected > 0) lines.push(m.corrected(s.corrected));
  if (s.lagging > 0) lines.push(m.lagging(s.lagging));
  lines.push(m.requests(done.requests.requests, s.wallMs));
  return lines;
}

export interface RemindersState {
  readonly status: ReminderStatus;
  /** null when the build has a usable client id; else what to show instead of sign-in */
  readonly configProblem: string | null;
  readonly account: string | null;
  readonly method: SignInMethod | null;
  readonly signingIn: boolean;
  /** set when a sync or a listing stopped because only the user can sign in */
  readonly signInNeeded: string | null;
  readonly calendars: readonly CalendarInfo[] | null;
  readonly calendarId: string;
  readonly calendarName: string;
  readonly leadText: string;
  readonly invite: boolean;
  readonly progress: { readonly done: number; readonly total: number } | null;
  readonly last: SyncDone | null;
  readonly busy: boolean;
}

export interface RemindersActions {
  signIn(): Promise<void>;
  signOut(): Promise<void>;
  loadCalendars(): Promise<void>;
  syncNow(): Promise<void>;
  downloadIcs(): Promise<void>;
  setCalendarId(id: string): void;
  setLead(text: string): void;
  setInvite(on: boolean): void;
}

interface Inputs {
  readonly data: WorkbookData;
  readonly session: ReminderSession;
  readonly notify: Notify;
  readonly refresh: () => Promise<void>;
  readonly m: ReminderMessages;
  readonly t: Messages;
}

export function useReminders({ data, session, notify, refresh, m, t }: Inputs): RemindersState & RemindersActions {
  const auth = authConfig(buildConfig.clientId, buildConfig.tenant);
  const configProblem = auth.ok ? null : buildConfig.clientId.trim() === "" ? m.notConfigured : failureText(t, auth);
  const [account, setAccount] = useState<string | null>(null);
  useEffect(() => rememberSignedIn(account), [account]); // suggested as 記錄者 at the first write
  const [method, setMethod] = useState<SignInMethod | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  const [signInNeeded, setSignInNeeded] = useState<string | null>(null);
  const [calendars, setCalendars] = useState<readonly CalendarInfo[] | null>(null);
  const [calendarId, setCalendarId] = useState<string>(NEW_CALENDAR);
  const [lead, setLead] = useState<string | null>(null);
  const [invite, setInvite] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [last, setLast] = useState<SyncDone | null>(null);
  // What the 登入 click should carry on with once signed in.
  const resume = useRef<(() => Promise<void>) | null>(null);
  const status = useMemo(() => reminderStatus(data), [data]);
  const calendarName = data.settings.reminderCalendar;
  const leadText = lead ?? String(data.settings.reminderLeadDays);
  const fail = (reason: string) => notify({ kind: "error", lines: [m.failed(reason)] });

  // Made when the tab shows, so the 登入 click opens its window without first waiting for a download
  // (Office on the web and browsers block windows that do not follow a click closely).
  useEffect(() => {
    if (configProblem !== null) return;
    void session.prepare().then((made) => {
      if (made.ok) {
        setMethod(made.value.method);
        setAccount(made.value.account());
      }
    });
  }, [session, configProblem]);

  const needSignIn = (message: string, then: () => Promise<void>) => {
    resume.current = then;
    setSignInNeeded(message || m.signInNeeded);
    notify({ kind: "warning", lines: [m.signInNeeded] });
  };

  const loadCalendars = async () => {
    const loaded = await session.loadCalendars(data.settings.reminderCalendarId, calendarName);
    if (loaded.kind === "sign-in-required") return needSignIn(outcomeText(loaded, paneLanguage(t)), loadCalendars);
    // Not "sync failed": listing the calendars is its own step, and its problem says so.
    if (loaded.kind === "failed") return notify({ kind: "error", lines: [outcomeText(loaded, paneLanguage(t))] });
    setCalendars(loaded.value.calendars);
    setCalendarId(loaded.value.selectedId ?? NEW_CALENDAR);
  };

  const syncNow = async () => {
    const parsed = parseDays("reminderLeadDays", leadText);
    if (!parsed.ok) {
      notify({ kind: "error", lines: [t.badDays(t.reminderLeadDays, leadText)] });
      return;
    }
    const saved = await session.saveLead(parsed.value, data.settings.reminderLeadDays);
    if (!saved.ok) return fail(failureText(t, saved));
    setProgress({ done: 0, total: 0 });
    try {
      const run = await session.sync(
        { ...(calendarId === NEW_CALENDAR ? {} : { calendarId }), calendarName, inviteLead: invite },
        (done, total) => setProgress({ done, total }),
      );
      if (run.kind === "sign-in-required") {
        needSignIn(outcomeText(run, paneLanguage(t)), syncNow);
        if (run.partial) notify({ kind: "warning", lines: [m.signInNeeded, m.partialBeforeSignIn(run.partial.created + run.partial.updated + run.partial.deleted)] });
        return;
      }
      if (run.kind === "failed") return fail(outcomeText(run, paneLanguage(t)));
      setLast(run.value);
      setSignInNeeded(null);
      setAccount(session.tokenSource?.account() ?? null);
      const errors = run.value.summary.errors.map((e) => m.caseError(e.caseId, e.message));
      notify({ kind: errors.length > 0 ? "warning" : "success", lines: [...summaryLines(m, run.value), ...(errors.length > 0 ? [m.syncErrors(errors.length), ...errors] : [])] });
    } catch (error) {
      notify({ kind: "error", lines: [errorText(t, error)] });
    } finally {
      setProgress(null);
      await refresh();
    }
  };

  /** The 登入 click: the only place a sign-in window may open; then carries on with what needed it. */
  const signIn = async () => {
    setSigningIn(true);
    try {
      const signedIn = await session.signIn();
      if (signedIn.kind !== "done") {
        notify({ kind: signedIn.kind === "failed" && signedIn.cancelled === true ? "info" : "error", lines: [outcomeText(signedIn, paneLanguage(t))] });
        return;
      }
      setAccount(signedIn.value);
      setMethod(session.tokenSource?.method ?? null);
      setSignInNeeded(null);
    } finally {
      setSigningIn(false);
    }
    const next = resume.current;
    resume.current = null;
    if (next) await next();
  };

  const signOut = async () => {
    await session.signOut();
    setAccount(null);
    setCalendars(null);
  };

  const downloadIcs = async () => {
    try {
      const made = await session.exportIcs();
      // an export is not a sync: its refusal says so
      if (!made.ok) return notify({ kind: "error", lines: [m.icsFailed(failureText(t, made))] });
      downloadFile(made.value.fileName, made.value.ics, ICS_TYPE);
      notify({ kind: "success", lines: [m.icsDone(made.value.events)] });
      if (made.value.keyCreated) await refresh();
    } catch (error) {
      notify({ kind: "error", lines: [errorText(t, error)] });
    }
  };

  return {
    status,
    configProblem,
    account,
    method,
    signingIn,
    signInNeeded,
    calendars,
    calendarId,
    calendarName,
    leadText,
    invite,
    progress,
    last,
    busy: signingIn || progress !== null,
    signIn,
    signOut,
    loadCalendars,
    syncNow,
    downloadIcs,
    setCalendarId,
    setLead,
    setInvite,
  };
}
