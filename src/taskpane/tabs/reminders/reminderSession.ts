// The 提醒 tab's wiring without React: makes the token source and the Graph gateway (both loaded only
// when used), signs in from a click, loads calendars, and acts through the services (saveSettings for the
// lead time, syncNow and exportIcs from src/app/reminders, loaded on demand), saying how each ended as a
// typed outcome the view words. Tested without a DOM (test/taskpane/reminders).
// the error class alone (tokenSource.ts imports no MSAL): the auth index would pull MSAL into the first load
import { SignInError, type TokenSource } from "../../../calendar/auth/tokenSource";
import { CalendarServiceError, SignInRequiredError } from "../../../calendar/errors";
import type { CalendarGateway, CalendarInfo } from "../../../calendar/gateway";
import type { MeterTotals, RequestMeter } from "../../../calendar/graph";
import type { SyncSummary } from "../../../calendar/sync";
import { saveSettings } from "../../../app";
import { ok, type Failure, type Result } from "../../../domain";
import { problem, renderProblem, type Problem, type ProblemLanguage } from "../../../problems";
import type { WorkbookStore } from "../../../workbook/model";
import { icsFileName } from "./reminderStatus";

/**
 * How a step ended: done, stopped because only the user's click can sign in, or failed (quietly when
 * cancelled). `problem`, when there is one, is the reason as data, for the view to word in its language;
 * `message` is the reason as written (zh-TW, or an error's own text).
 */
export type SessionOutcome<T> =
  | { readonly kind: "done"; readonly value: T }
  | { readonly kind: "sign-in-required"; readonly message: string; readonly problem?: Problem; readonly partial?: SyncSummary }
  | { readonly kind: "failed"; readonly message: string; readonly problem?: Problem; readonly cancelled?: boolean };

/** A stopped or failed outcome's reason in the pane's language. */
export function outcomeText(outcome: { readonly message: string; readonly problem?: Problem }, language: ProblemLanguage): string {
  return outcome.problem === undefined ? outcome.message : renderProblem(outcome.problem, language);
}

/** A failure as a failed outcome, its problem kept. */
const failed = (failure: Failure): { kind: "failed"; message: string; problem?: Problem } =>
  failure.problem === undefined ? { kind: "failed", message: failure.error } : { kind: "failed", message: failure.error, problem: failure.problem };

const SIGN_IN = problem("reminders.signInRequired", {});

export interface SyncDone {
  readonly summary: SyncSummary;
  /** the Graph requests of this sync, counted from outside the gateway */
  readonly requests: MeterTotals;
}

export interface IcsFile {
  readonly fileName: string;
  readonly ics: string;
  readonly events: number;
  readonly keyCreated: boolean;
}

export interface ReminderSessionDeps {
  readonly store: WorkbookStore;
  /** the workbook's name, for the .ics file name */
  readonly workbookName: () => string | null;
  /** makes the token source (the pane: createTokenSource with the build's config, loaded on demand) */
  readonly tokenSource: () => Promise<Result<TokenSource>>;
  /** a gateway whose requests take tokens from `getToken` and are counted by `meter` */
  readonly gateway: (getToken: () => Promise<string>, meter: RequestMeter) => Promise<CalendarGateway>;
  /** a fresh request meter (the Graph adapter's, loaded on demand) */
  readonly meter: () => Promise<RequestMeter>;
  /** 記錄者 of 提醒重建 rows and of the settings change */
  readonly by: () => string;
  readonly now?: () => Date;
}

export interface SyncChoice {
  /** a calendar id from the picker, or undefined for 設定's calendar (by name, created when missing) */
  readonly calendarId?: string;
  readonly calendarName: string;
  readonly inviteLead: boolean;
}

const isCancelled = (error: unknown): boolean => typeof error === "object" && error !== null && "cancelled" in error && error.cancelled === true;
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Why auth setup is its own step: a click that opens a window must not first wait for a download. */
export class ReminderSession {
  private source: TokenSource | null = null;

  constructor(private readonly deps: ReminderSessionDeps) {}

  /** The token source, made once. Call when the tab shows, so a later click opens its window at once. */
  async prepare(): Promise<Result<TokenSource>> {
    if (this.source) return ok(this.source);
    const made = await this.deps.tokenSource();
    if (made.ok) this.source = made.value;
    return made;
  }

  /** The sign-in method and account, once prepared. */
  get tokenSource(): TokenSource | null {
    return this.source;
  }

  /** From the 登入 click only: may open the popup or the Office dialog. */
  async signIn(): Promise<SessionOutcome<string | null>> {
    const source = await this.prepare();
    if (!source.ok) return failed(source);
    try {
      await source.value.signIn();
      return { kind: "done", value: source.value.account() };
    } catch (error) {
      const reason = error instanceof SignInError ? { problem: error.problem } : {};
      return { kind: "failed", message: messageOf(error), ...reason, cancelled: isCancelled(error) };
    }
  }

  async signOut(): Promise<void> {
    await this.source?.signOut();
  }

  /** The user's calendars that can take reminders, and which one 設定 recorded (by id, else by name). */
  async loadCalendars(recordedId: string, recordedName: string): Promise<SessionOutcome<{ calendars: CalendarInfo[]; selectedId: string | undefined }>> {
    const source = await this.prepare();
    if (!source.ok) return failed(source);
    try {
      const gateway = await this.deps.gateway(() => source.value.getToken(), await this.deps.meter());
      const all = await gateway.listCalendars();
      const selected = all.find((c) => c.id === recordedId) ?? all.find((c) => c.name === recordedName);
      return { kind: "done", value: { calendars: all.filter((c) => c.canEdit), selectedId: selected?.id } };
    } catch (error) {
      if (error instanceof SignInRequiredError) return { kind: "sign-in-required", message: messageOf(error), problem: SIGN_IN };
      if (error instanceof CalendarServiceError) return { kind: "failed", message: messageOf(error), problem: problem("reminders.calendarsFailed", { reason: error.reason }) };
      return { kind: "failed", message: messageOf(error) };
    }
  }

  /** Saves 提醒提前天數 when it changed; `days` is already parsed by the settings form's parser. */
  async saveLead(days: number, current: number): Promise<Result<boolean>> {
    if (days === current) return ok(false);
    const saved = await saveSettings(this.deps.store, { reminderLeadDays: days }, { now: (this.deps.now?.() ?? new Date()).toISOString(), by: this.deps.by() });
    return saved.ok ? ok(true) : saved;
  }

  /**
   * One sync with the silent token only: when it needs the user, it stops and says so
   * (`sign-in-required`), and the view offers 「登入」; nothing opens by itself.
   */
  async sync(choice: SyncChoice, onProgress?: (done: number, total: number) => void): Promise<SessionOutcome<SyncDone>> {
    const source = await this.prepare();
    if (!source.ok) return failed(source);
    const { syncNow, needsSignIn } = await import(/* webpackChunkName: "graph" */ "../../../app/reminders");
    const meter = await this.deps.meter();
    const gateway = await this.deps.gateway(() => source.value.getToken(), meter);
    const result = await syncNow(this.deps.store, gateway, {
      ...(choice.calendarId === undefined ? { calendarName: choice.calendarName } : { calendarId: choice.calendarId }),
      inviteLead: choice.inviteLead,
      by: this.deps.by(),
      ...(this.deps.now ? { now: this.deps.now } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
    if (needsSignIn(result)) return { kind: "sign-in-required", message: result.error, problem: result.problem ?? SIGN_IN, ...(result.partial ? { partial: result.partial } : {}) };
    if (!result.ok) return failed(result);
    return { kind: "done", value: { summary: result.value, requests: meter.totals() } };
  }

  /** The .ics of the workbook's reminders, with the file name to save it under. */
  async exportIcs(): Promise<Result<IcsFile>> {
    const { exportIcs } = await import(/* webpackChunkName: "graph" */ "../../../app/reminders");
    const made = await exportIcs(this.deps.store, this.deps.now?.() ?? new Date());
    if (!made.ok) return made;
    return ok({ fileName: icsFileName(this.deps.workbookName()), ics: made.value.ics, events: made.value.events, keyCreated: made.value.keyCreated });
  }
}
