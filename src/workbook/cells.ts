// Rows ⇄ cells for every table of the schema: how each kind of column is written, and how what a user
// typed is read back, with a message naming the table, row and column when a cell is not what it should be.
import {
  TRACKING_STATUSES,
  parseTrackingLabel,
  TRACKING_LABELS,
  type Division,
  type IsoDate,
  type Result,
  fail,
  joinOwnerNames,
  ok,
  readSheetDate,
  splitOwnerNames,
} from "../domain";
import { problem, type CellReason, type CellRowKey } from "../problems";
import { instantToSerial, isKnownTimeZone, isoToSerial, serialToInstant, serialToIso } from "./excelDate";
import type { CaseRow, HistoryRow, MeetingRow, SettingsRow } from "./model";
import { DEFAULT_SETTINGS, HISTORY_EVENTS, columnSpec, type ColumnSpec, type HistoryEvent, type TableKey } from "./schema";

/** A cell as both stores exchange it: text, a number (dates are serials), a boolean, or empty. */
export type CellValue = string | number | boolean | null;

/**
 * The column keys of each table, as the row types name them, so a mistyped column is a compile error
 * (test/workbook/cells.test.ts checks that they are exactly the schema's keys).
 */
export interface TableColumns {
  readonly meetings: keyof MeetingRow;
  readonly cases: keyof CaseRow | "status" | "daysOverdue";
  readonly history: keyof HistoryRow;
  readonly divisions: "name" | "aliases" | "email";
  readonly settings: keyof SettingsRow;
  readonly overview: "division" | "open" | "overdue" | "dueSoon" | "closed" | "tracked" | "trackingOpen" | "continued" | "released" | "selfTracked" | "closureRate";
}
/** A table the row types do not describe yet (one just added to the schema) has plain string keys. */
export type ColumnKey<T extends TableKey> = T extends keyof TableColumns ? TableColumns[T] : string;

/** One table's cells by typed column key: what the codec writes and reads. */
export type TableCells<T extends TableKey> = Readonly<Partial<Record<ColumnKey<T>, CellValue>>>;

/** Any table's cells by column key, where a store moves cells of every table alike by header. */
export type CellRow = Readonly<Record<string, CellValue>>;

/** The schema's column of a table by typed key. */
export const column = <T extends TableKey>(table: T, key: ColumnKey<T>): ColumnSpec => columnSpec(table, key);

/** Where a cell is, for messages: 列管案件 第 3 列（列管案號 10902）的「期限」. */
interface Where {
  readonly table: string;
  readonly row: number;
  readonly key?: CellRowKey;
}

/** A cell that cannot be read, as a problem naming its table, row, key and column (both languages). */
const refuse = (where: Where, header: string, reason: CellReason): Result<never> =>
  fail(problem("cell.invalid", { place: { ...where, header }, reason }));

const header = <T extends TableKey>(table: T, key: ColumnKey<T>): string => column(table, key).header;

const blank = (value: CellValue | undefined): boolean => value === null || value === undefined || (typeof value === "string" && value.trim() === "");

function textOf(value: CellValue | undefined): string {
  if (blank(value)) return "";
  return typeof value === "string" ? value.trim() : String(value);
}

function integerOf(value: CellValue | undefined, where: Where, name: string): Result<number | null> {
  if (blank(value)) return ok(null);
  const n = typeof value === "number" ? value : Number(textOf(value));
  return Number.isSafeInteger(n) ? ok(n) : refuse(where, name, { kind: "notInteger", value: textOf(value) });
}

/** A date cell: a serial, or text a person typed as 2022-03-17, 2022/3/17, 111/03/17 or 111年3月17日. */
function dateOf(value: CellValue | undefined, where: Where, name: string): Result<IsoDate | null> {
  if (blank(value)) return ok(null);
  if (typeof value === "number") {
    const date = serialToIso(value);
    return date ? ok(date) : refuse(where, name, { kind: "notDateSerial", value: String(value) });
  }
  const text = textOf(value);
  const date = readSheetDate(text);
  return date ? ok(date) : refuse(where, name, { kind: "notDate", value: text });
}

const dateCell = (date: IsoDate | null): CellValue => (date === null ? null : isoToSerial(date));

/**
 * The zone date-time cells are written and read in: 設定's 時區, or the default (Asia/Taipei) when the
 * runtime does not know it; the pane and CLI warn about such a zone when they resolve the as-of date
 * (src/app/asOf.ts, date.timeZoneInvalid), so a mistyped zone is reported there rather than refusing the workbook.
 */
export const cellTimeZone = (timeZone: string): string => (isKnownTimeZone(timeZone.trim()) ? timeZone.trim() : DEFAULT_SETTINGS.timeZone);

/** An ISO instant as the add-in records one (2026-12-05T00:56:20.048Z, or with an offset). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/u;

/**
 * A date-time cell (匯入時間, 記錄時間, 提醒同步時間): the instant as a date-time serial on the workbook's
 * local clock, so the sheet shows 2026-12-05 08:56 and sorts and filters it as a date. Text that is not an
 * ISO instant (something a person typed) is written back as the text it is.
 */
function timestampCell(at: string, timeZone: string): CellValue {
  const text = at.trim();
  if (text === "") return null;
  if (!ISO_INSTANT.test(text)) return text;
  const instant = new Date(text);
  return (Number.isNaN(instant.getTime()) ? undefined : instantToSerial(instant, cellTimeZone(timeZone))) ?? text;
}

/**
 * A date-time cell read back as the instant it names (an ISO instant in UTC, as the add-in records it).
 * Text (a workbook written before timestamps were date-times holds 2026-12-05T00:56:20.048Z as text) is
 * read as before, as the text; the next write of its row turns it into a date-time (cellRules.sameMeaning).
 */
function timestampOf(value: CellValue | undefined, where: Where, name: string, timeZone: string): Result<string> {
  if (typeof value !== "number") return ok(textOf(value));
  const instant = serialToInstant(value, cellTimeZone(timeZone));
  return instant ? ok(instant.toISOString()) : refuse(where, name, { kind: "notDateTime", value: String(value) });
}

// ---- per table -------------------------------------------------------------------------------

// Each table's codec takes 設定's 時區 (`timeZone`): the zone of its date-time cells.

export function meetingToCells(row: MeetingRow, timeZone: string): TableCells<"meetings"> {
  return { ...row, date: dateCell(row.date), importedAt: timestampCell(row.importedAt, timeZone) };
}

export function meetingFromCells(cells: TableCells<"meetings">, row: number, timeZone: string): Result<MeetingRow> {
  const where: Where = { table: "會議", row };
  const number = integerOf(cells.number, where, header("meetings", "number"));
  if (!number.ok) return number;
  if (number.value === null) return refuse(where, header("meetings", "number"), { kind: "blankMeetingNumber" });
  const date = dateOf(cells.date, { ...where, key: { meeting: number.value } }, header("meetings", "date"));
  if (!date.ok) return date;
  const importedAt = timestampOf(cells.importedAt, { ...where, key: { meeting: number.value } }, header("meetings", "importedAt"), timeZone);
  if (!importedAt.ok) return importedAt;
  return ok({
    number: number.value,
    organization: textOf(cells.organization),
    name: textOf(cells.name),
    date: date.value,
    startTime: textOf(cells.startTime),
    endTime: textOf(cells.endTime),
    location: textOf(cells.location),
    chair: textOf(cells.chair),
    recorder: textOf(cells.recorder),
    attendees: textOf(cells.attendees),
    sourceHash: textOf(cells.sourceHash),
    importedAt: importedAt.value,
  });
}

/**
 * 主辦組室 and 協辦組室 as the sheet holds them: one text, units joined with 、 (總務組、文書組), the form the
 * 組室總覽 formulas search and every earlier workbook has. The one place a case's owner lists become text
 * and text becomes lists again (a cell a person typed with commas or spaces reads as the same list).
 */
export const ownersToCell = (names: readonly string[]): string => joinOwnerNames(names);

/** An owner cell read as the list of units it names, in order (splitOwnerNames: 、 , ， ; ； and spaces separate). */
export const ownersFromCell = (value: CellValue | undefined): string[] => splitOwnerNames(textOf(value));

export function caseToCells(row: CaseRow, timeZone: string): TableCells<"cases"> {
  return {
    ...row,
    lead: ownersToCell(row.lead),
    supporting: ownersToCell(row.supporting),
    dueDate: dateCell(row.dueDate),
    closedOn: dateCell(row.closedOn),
    reminderSyncedAt: timestampCell(row.reminderSyncedAt, timeZone),
    tracking: TRACKING_LABELS[row.tracking],
  };
}

export function caseFromCells(cells: TableCells<"cases">, row: number, timeZone: string): Result<CaseRow> {
  const caseId = textOf(cells.caseId);
  const where: Where = caseId ? { table: "列管案件", row, key: { caseId } } : { table: "列管案件", row };
  if (!caseId) return refuse(where, header("cases", "caseId"), { kind: "blankCaseId" });
  const trackingText = textOf(cells.tracking);
  const tracking = trackingText === "" ? "open" : parseTrackingLabel(trackingText);
  if (!tracking) {
    return refuse(where, header("cases", "tracking"), { kind: "notOneOf", value: trackingText, allowed: TRACKING_STATUSES.map((s) => TRACKING_LABELS[s]) });
  }
  const meeting = integerOf(cells.meeting, where, header("cases", "meeting"));
  if (!meeting.ok) return meeting;
  const dueDate = dateOf(cells.dueDate, where, header("cases", "dueDate"));
  if (!dueDate.ok) return dueDate;
  const closedBy = integerOf(cells.closedBy, where, header("cases", "closedBy"));
  if (!closedBy.ok) return closedBy;
  const closedOn = dateOf(cells.closedOn, where, header("cases", "closedOn"));
  if (!closedOn.ok) return closedOn;
  const lastRuling = integerOf(cells.lastRuling, where, header("cases", "lastRuling"));
  if (!lastRuling.ok) return lastRuling;
  const syncedAt = timestampOf(cells.reminderSyncedAt, where, header("cases", "reminderSyncedAt"), timeZone);
  if (!syncedAt.ok) return syncedAt;
  return ok({
    caseId,
    meeting: meeting.value,
    lead: ownersFromCell(cells.lead),
    supporting: ownersFromCell(cells.supporting),
    text: textOf(cells.text),
    dueDate: dueDate.value,
    dueText: textOf(cells.dueText),
    tracking,
    closedBy: closedBy.value,
    closedOn: closedOn.value,
    lastRuling: lastRuling.value,
    progress: textOf(cells.progress),
    note: textOf(cells.note),
    reminderEventId: textOf(cells.reminderEventId),
    reminderHash: textOf(cells.reminderHash),
    reminderSyncedAt: syncedAt.value,
    reminderError: textOf(cells.reminderError),
  });
}

const EVENT_BY_LABEL = new Map<string, HistoryEvent>(Object.entries(HISTORY_EVENTS).map(([event, label]) => [label, event as HistoryEvent]));

export function historyToCells(row: HistoryRow, timeZone: string): TableCells<"history"> {
  return { ...row, date: dateCell(row.date), event: HISTORY_EVENTS[row.event], at: timestampCell(row.at, timeZone) };
}

export function historyFromCells(cells: TableCells<"history">, row: number, timeZone: string): Result<HistoryRow> {
  const caseId = textOf(cells.caseId);
  const where: Where = caseId ? { table: "辦理歷程", row, key: { caseId } } : { table: "辦理歷程", row };
  const label = textOf(cells.event);
  const event = EVENT_BY_LABEL.get(label);
  if (!event) return refuse(where, header("history", "event"), { kind: "notOneOf", value: label, allowed: [...EVENT_BY_LABEL.keys()] });
  const meeting = integerOf(cells.meeting, where, header("history", "meeting"));
  if (!meeting.ok) return meeting;
  const date = dateOf(cells.date, where, header("history", "date"));
  if (!date.ok) return date;
  const at = timestampOf(cells.at, where, header("history", "at"), timeZone);
  if (!at.ok) return at;
  return ok({ caseId, meeting: meeting.value, date: date.value, event, detail: textOf(cells.detail), by: textOf(cells.by), at: at.value });
}

/** Aliases are one cell, written with 、 and read with the owner cells' separators (、, commas, semicolons, spaces). */
export function divisionToCells(division: Division): TableCells<"divisions"> {
  return { name: division.name, aliases: joinOwnerNames(division.aliases), email: division.email ?? "" };
}

export function divisionFromCells(cells: TableCells<"divisions">): Division | undefined {
  const name = textOf(cells.name);
  if (!name) return undefined;
  // read as owner cells are, so an alias splits where a unit in 主辦組室 would (a space too)
  const aliases = splitOwnerNames(textOf(cells.aliases));
  const email = textOf(cells.email);
  return email ? { name, aliases, email } : { name, aliases };
}

/** Settings cells: the defaults of a new workbook, or a patch; an as-of date of null is =TODAY() again. */
export function settingsToCells(settings: typeof DEFAULT_SETTINGS | Partial<SettingsRow>): TableCells<"settings"> {
  const { asOf, ...rest } = settings;
  const cells: Partial<Record<ColumnKey<"settings">, CellValue>> = { ...rest };
  if (asOf !== undefined) cells.asOf = asOf === null ? DEFAULT_SETTINGS.asOf : asOf.startsWith("=") ? asOf : dateCell(asOf as IsoDate);
  return cells;
}

export function settingsFromCells(cells: TableCells<"settings"> | undefined): Result<SettingsRow> {
  const where: Where = { table: "設定", row: 1 };
  const asOfCell = cells?.asOf;
  // =TODAY() reads back as today's serial; a typed date as a serial too. Both are the as-of date.
  const asOf = typeof asOfCell === "string" && asOfCell.startsWith("=") ? ok(null) : dateOf(asOfCell, where, header("settings", "asOf"));
  if (!asOf.ok) return asOf;
  const dueSoon = integerOf(cells?.dueSoonDays, where, header("settings", "dueSoonDays"));
  if (!dueSoon.ok) return dueSoon;
  const lead = integerOf(cells?.reminderLeadDays, where, header("settings", "reminderLeadDays"));
  if (!lead.ok) return lead;
  if ((dueSoon.value ?? 0) < 0 || (lead.value ?? 0) < 0) return fail(problem("settings.negativeDays", {}));
  const display = textOf(cells?.dateDisplay);
  return ok({
    asOf: asOf.value,
    dueSoonDays: dueSoon.value ?? DEFAULT_SETTINGS.dueSoonDays,
    reminderLeadDays: lead.value ?? DEFAULT_SETTINGS.reminderLeadDays,
    timeZone: textOf(cells?.timeZone) || DEFAULT_SETTINGS.timeZone,
    dateDisplay: display === "民國" ? "民國" : "西元",
    workbookKey: textOf(cells?.workbookKey),
    reminderCalendar: textOf(cells?.reminderCalendar) || DEFAULT_SETTINGS.reminderCalendar,
    reminderCalendarId: textOf(cells?.reminderCalendarId),
  });
}
