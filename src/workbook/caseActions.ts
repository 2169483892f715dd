// What a person does to one case from the task pane (a progress note, a new deadline, a ruling) and to the
// workbook's settings and divisions registry, as plans for WorkbookStore.update: validated against the
// data just read, one history row per change, and no write at all when nothing changes.
import {
  TRACKING_LABELS,
  createDivisionRegistry,
  fail,
  isClosedTracking,
  isoDateInZone,
  ok,
  sameNameList,
  type Division,
  type IsoDate,
  type Result,
  type TrackingStatus,
} from "../domain";
import { problem } from "../problems";
import { canonicalInstant } from "./excelDate";
import { mergeDivisions, normalizeDivisions } from "./mergeChanges";
import { NO_CHANGES, type CaseRow, type HistoryRow, type Planned, type SettingsRow, type WorkbookData } from "./model";
import type { HistoryEvent } from "./schema";

export interface ActionContext {
  /** when the change is made (ISO timestamp): 記錄時間, and the day (in the workbook's time zone) of 日期 */
  readonly now: string;
  /** who makes it: 記錄者 */
  readonly by: string;
}

/** A ruling recorded by hand: 解除列管, 賡續列管, 自行列管, or 恢復列管 for a case closed by mistake. */
export type RulingDecision = "closed" | "continued" | "self-tracked" | "reopened";

export type CasePlan = (data: WorkbookData) => Result<Planned<CaseRow>>;

/** Longest text a cell takes in Excel; a longer note would be cut by Excel, so it is refused instead. */
export const MAX_CELL_TEXT = 32767;
/** The day counts the settings accept: a year covers any sensible due-soon window or reminder lead. */
export const MAX_SETTING_DAYS = 365;

function findCase(data: WorkbookData, caseId: string): Result<CaseRow> {
  const id = caseId.trim();
  const found = data.cases.find((c) => c.caseId === id);
  return found ? ok(found) : fail(problem("case.notFound", { caseId: id }));
}

/**
 * The day an action happens, for its history row: `ctx.now` on the clock of 設定's 時區 (Taipei when the
 * runtime does not know that zone; the pane and CLI warn about such a zone when they resolve the as-of date).
 */
export function actionDay(data: Pick<WorkbookData, "settings">, ctx: Pick<ActionContext, "now">): Result<IsoDate> {
  const instant = new Date(ctx.now);
  if (Number.isNaN(instant.getTime())) return fail(problem("date.invalidInstant", { text: ctx.now }));
  try {
    return ok(isoDateInZone(instant, data.settings.timeZone));
  } catch {
    return ok(isoDateInZone(instant, "Asia/Taipei"));
  }
}

function historyRow(row: CaseRow, event: HistoryEvent, detail: string, date: IsoDate, meeting: number | null, ctx: ActionContext): HistoryRow {
  return { caseId: row.caseId, meeting, date, event, detail, by: ctx.by, at: canonicalInstant(ctx.now) };
}

function caseChange(updated: CaseRow, history: HistoryRow): Result<Planned<CaseRow>> {
  return ok({ changes: { meetings: [], cases: [updated], history: [history] }, result: updated });
}

const unchanged = (row: CaseRow): Result<Planned<CaseRow>> => ok({ changes: NO_CHANGES, result: row });

/** 辦理情形: the case's latest progress becomes `text`, and the history keeps every note. */
export function planProgress(caseId: string, text: string, ctx: ActionContext): CasePlan {
  return (data) => {
    const found = findCase(data, caseId);
    if (!found.ok) return found;
    const note = text.trim();
    if (note === "") return fail(problem("case.progressEmpty", { caseId: found.value.caseId }));
    if (note.length > MAX_CELL_TEXT) return fail(problem("case.textTooLong", { length: note.length, max: MAX_CELL_TEXT }));
    const day = actionDay(data, ctx);
    if (!day.ok) return day;
    const updated: CaseRow = { ...found.value, progress: note };
    return caseChange(updated, historyRow(updated, "progress", note, day.value, null, ctx));
  };
}

/**
 * A new deadline (or none, with null). `dueText` is the wording that goes with it (e.g. 9月底前); the
 * history row says from what to what, so the old deadline is never lost.
 */
export function planMoveDue(caseId: string, due: IsoDate | null, dueText: string, ctx: ActionContext): CasePlan {
  return (data) => {
    const found = findCase(data, caseId);
    if (!found.ok) return found;
    const row = found.value;
    const wording = dueText.trim();
    if (row.dueDate === due && row.dueText === wording) return unchanged(row);
    if (isClosedTracking(row.tracking)) {
      return fail(problem("case.closedNoDeadline", { caseId: row.caseId, tracking: row.tracking === "self-tracked" ? "self-tracked" : "closed" }));
    }
    const day = actionDay(data, ctx);
    if (!day.ok) return day;
    const updated: CaseRow = { ...row, dueDate: due, dueText: wording };
    const from = row.dueDate ?? "無期限";
    const to = due ?? "無期限";
    const detail = `期限 ${from} → ${to}${wording ? `（${wording}）` : ""}`;
    return caseChange(updated, historyRow(updated, "deadline-moved", detail, day.value, null, ctx));
  };
}

const RULING_EVENT: Record<RulingDecision, HistoryEvent> = {
  closed: "closed",
  continued: "continued",
  "self-tracked": "self-tracked",
  reopened: "reopened",
};

const RULING_TRACKING: Record<RulingDecision, TrackingStatus> = {
  closed: "closed",
  continued: "continued",
  "self-tracked": "self-tracked",
  reopened: "open",
};

/**
 * A ruling recorded by hand, optionally with the meeting that made it. As with imported minutes, an
 * older meeting never overrides a later meeting's ruling; a case is reopened only when it is closed.
 */
export function planRuling(caseId: string, decision: RulingDecision, meeting: number | null, ctx: ActionContext): CasePlan {
  return (data) => {
    const found = findCase(data, caseId);
    if (!found.ok) return found;
    const row = found.value;
    if (meeting !== null && (!Number.isSafeInteger(meeting) || meeting <= 0)) return fail(problem("ruling.meetingInvalid", { text: String(meeting) }));
    if (meeting !== null && row.lastRuling !== null && meeting < row.lastRuling) {
      return fail(problem("ruling.olderMeeting", { caseId: row.caseId, later: row.lastRuling, meeting }));
    }
    const closed = isClosedTracking(row.tracking);
    if (decision === "reopened" && !closed) return fail(problem("ruling.notClosed", { caseId: row.caseId }));
    const tracking = RULING_TRACKING[decision];
    // The same ruling again changes nothing; 賡續列管 is news at each new meeting, so only a repeat of the same meeting is.
    const repeated = decision !== "continued" || (meeting !== null && meeting === row.lastRuling);
    if (tracking === row.tracking && repeated) return unchanged(row);
    const day = actionDay(data, ctx);
    if (!day.ok) return day;
    const closes = decision === "closed" || decision === "self-tracked";
    const updated: CaseRow = {
      ...row,
      tracking,
      closedBy: closes ? meeting : null,
      closedOn: closes ? day.value : null,
      lastRuling: meeting ?? row.lastRuling,
    };
    const detail = `${TRACKING_LABELS[tracking]}${meeting !== null ? `（第 ${meeting} 次會議）` : "（於工作窗格登錄）"}`;
    return caseChange(updated, historyRow(updated, RULING_EVENT[decision], detail, day.value, meeting, ctx));
  };
}

export type SettingsPatch = Partial<Pick<SettingsRow, "dueSoonDays" | "reminderLeadDays" | "dateDisplay">> & {
  /** re-format every existing date with the (new) 日期顯示, not only the dates written from now on */
  readonly applyDateDisplayToAll?: boolean;
};

function checkDays(value: number | undefined, setting: "dueSoonDays" | "reminderLeadDays"): Result<true> {
  if (value === undefined) return ok(true);
  return Number.isSafeInteger(value) && value >= 0 && value <= MAX_SETTING_DAYS
    ? ok(true)
    : fail(problem("settings.daysOutOfRange", { setting, value: String(value), max: MAX_SETTING_DAYS }));
}

/** The settings tab's 儲存設定: only the fields that differ are written. */
export function planSettings(patch: SettingsPatch, _ctx: ActionContext): (data: WorkbookData) => Result<Planned<SettingsRow>> {
  return (data) => {
    const dueSoon = checkDays(patch.dueSoonDays, "dueSoonDays");
    if (!dueSoon.ok) return dueSoon;
    const lead = checkDays(patch.reminderLeadDays, "reminderLeadDays");
    if (!lead.ok) return lead;
    if (patch.dateDisplay !== undefined && patch.dateDisplay !== "西元" && patch.dateDisplay !== "民國") {
      return fail(problem("settings.dateDisplayInvalid", { value: String(patch.dateDisplay) }));
    }
    const current = data.settings;
    const settings: Partial<SettingsRow> = {
      ...(patch.dueSoonDays !== undefined && patch.dueSoonDays !== current.dueSoonDays ? { dueSoonDays: patch.dueSoonDays } : {}),
      ...(patch.reminderLeadDays !== undefined && patch.reminderLeadDays !== current.reminderLeadDays ? { reminderLeadDays: patch.reminderLeadDays } : {}),
      ...(patch.dateDisplay !== undefined && patch.dateDisplay !== current.dateDisplay ? { dateDisplay: patch.dateDisplay } : {}),
    };
    const reformatDates = patch.applyDateDisplayToAll === true;
    return ok({ changes: { ...NO_CHANGES, settings, reformatDates }, result: { ...current, ...settings } });
  };
}

// A pragmatic check (something@domain.tld): a typo is caught here, real delivery is Outlook's business.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/**
 * The registry edited in the settings tab: each division is upserted by name (none is removed, since
 * cases may still name it). The whole registry must stay valid: names and aliases belong to one division.
 */
export function planDivisions(divisions: readonly Division[], _ctx: ActionContext): (data: WorkbookData) => Result<Planned<readonly Division[]>> {
  return (data) => {
    // Trimmed and checked as the stores will write them (normalizeDivisions), then what only a person's edit needs.
    const normalized = normalizeDivisions(divisions.map((d) => ({ ...d, aliases: d.aliases.filter((a) => a.trim() !== d.name.trim()) })));
    if (!normalized.ok) return normalized;
    const cleaned = normalized.value.map((d) => ({ ...d, aliases: [...new Set(d.aliases)] }));
    const badEmail = cleaned.find((d) => d.email !== undefined && !EMAIL.test(d.email));
    if (badEmail) return fail(problem("division.emailInvalid", { name: badEmail.name, email: badEmail.email ?? "" }));
    const merged = mergeDivisions(data.divisions, cleaned);
    if (!merged.ok) return merged;
    const registry = createDivisionRegistry(merged.value);
    if (!registry.ok) return registry;
    const byName = new Map(data.divisions.map((d) => [d.name, d]));
    const changed = cleaned.filter((d) => {
      const before = byName.get(d.name);
      return before === undefined || !sameNameList(before.aliases, d.aliases) || (before.email ?? "") !== (d.email ?? "");
    });
    return ok({ changes: { ...NO_CHANGES, divisions: changed }, result: merged.value });
  };
}
