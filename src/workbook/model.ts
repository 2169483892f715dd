// The tracking workbook's rows as the code sees them, the changes an operation makes, and the store contract.
import { DEFAULT_DIVISIONS, divisionLookup, membershipUnits, type Division, type IsoDate, type Result } from "../domain";
import type { RuledCase } from "../domain/reminderCase";
import { DEFAULT_SETTINGS, type HistoryEvent } from "./schema";

export interface MeetingRow {
  readonly number: number;
  readonly organization: string;
  readonly name: string;
  readonly date: IsoDate | null;
  readonly startTime: string;
  readonly endTime: string;
  readonly location: string;
  readonly chair: string;
  readonly recorder: string;
  readonly attendees: string;
  readonly sourceHash: string;
  readonly importedAt: string;
}

/** A 列管案件 row: the case with its rulings (declared in the domain, read by the calendar and report cores), plus its notes. */
export interface CaseRow extends RuledCase {
  readonly progress: string;
  readonly note: string;
  /** the last reminder sync: the event's Graph id, the hash of what was synced, when, and its error ("" when none) */
  readonly reminderEventId: string;
  readonly reminderHash: string;
  readonly reminderSyncedAt: string;
  readonly reminderError: string;
}

export interface HistoryRow {
  readonly caseId: string;
  readonly meeting: number | null;
  readonly date: IsoDate | null;
  readonly event: HistoryEvent;
  readonly detail: string;
  readonly by: string;
  readonly at: string;
}

export interface SettingsRow {
  /** null when the cell holds =TODAY() (or is empty): the store then reports today's date separately */
  readonly asOf: IsoDate | null;
  readonly dueSoonDays: number;
  readonly reminderLeadDays: number;
  readonly timeZone: string;
  readonly dateDisplay: "西元" | "民國";
  /** the workbook's reminder key (a GUID), "" until the first sync makes one */
  readonly workbookKey: string;
  /** the calendar reminders go to: its name, and its Graph id once synced ("" before) */
  readonly reminderCalendar: string;
  readonly reminderCalendarId: string;
}

/** Everything the add-in reads from a tracking workbook, validated against the schema. */
export interface WorkbookData {
  readonly meetings: readonly MeetingRow[];
  readonly cases: readonly CaseRow[];
  readonly history: readonly HistoryRow[];
  readonly divisions: readonly Division[];
  readonly settings: SettingsRow;
}

/**
 * What an operation writes. Meetings and cases are upserts by key (會議次別, 列管案號): a store updates the
 * row with that key wherever the user has sorted it, touching only the schema's columns, or appends it.
 * History rows are appended. Nothing is ever deleted.
 */
export interface WorkbookChanges {
  readonly meetings: readonly MeetingRow[];
  readonly cases: readonly CaseRow[];
  readonly history: readonly HistoryRow[];
  /** registry entries to upsert by 組室名稱 (a division is never removed: cases may still name it) */
  readonly divisions?: readonly Division[];
  /** settings cells to overwrite; `asOf: null` writes =TODAY() back */
  readonly settings?: Partial<SettingsRow>;
  /**
   * Re-format every date cell of the schema's date columns (all rows, not only the rows written) with the
   * 日期顯示 in effect after this change: the settings tab's 套用到所有日期. A date column the user gave
   * a format of their own keeps it.
   */
  readonly reformatDates?: boolean;
}

/** A case with nothing known but its id: 列管中, no divisions, no deadline. */
export function emptyCase(caseId: string): CaseRow {
  return {
    caseId,
    meeting: null,
    lead: [],
    supporting: [],
    text: "",
    dueDate: null,
    dueText: "",
    tracking: "open",
    closedBy: null,
    closedOn: null,
    lastRuling: null,
    progress: "",
    note: "",
    reminderEventId: "",
    reminderHash: "",
    reminderSyncedAt: "",
    reminderError: "",
  };
}

/** What a newly created workbook holds: no rows, the default divisions and settings. */
export function emptyWorkbook(): WorkbookData {
  return { meetings: [], cases: [], history: [], divisions: DEFAULT_DIVISIONS, settings: { ...DEFAULT_SETTINGS, asOf: null } };
}

export const NO_CHANGES: WorkbookChanges = { meetings: [], cases: [], history: [] };

export function isEmptyChange(changes: WorkbookChanges): boolean {
  return (
    changes.meetings.length === 0 &&
    changes.cases.length === 0 &&
    changes.history.length === 0 &&
    (changes.divisions ?? []).length === 0 &&
    Object.keys(changes.settings ?? {}).length === 0 &&
    changes.reformatDates !== true
  );
}

/** A decision about the data just read: the changes to write and what to tell the user. */
export interface Planned<T> {
  readonly changes: WorkbookChanges;
  readonly result: T;
}

/**
 * A tracking workbook somewhere: in Excel (Office.js) or in an .xlsx file. Both follow the schema.
 * `update` reads, lets `plan` decide, and writes the changes in one operation; when `plan` fails or
 * the workbook does not match the schema, nothing is written.
 */
export interface WorkbookStore {
  read(): Promise<Result<WorkbookData>>;
  update<T>(plan: (data: WorkbookData) => Result<Planned<T>>): Promise<Result<T>>;
}

/**
 * The rows of 組室總覽: every registry division, then each unit outside the registry the cases name,
 * by the domain's membership rule (src/domain/caseMembership.ts), so the sheet counts what the pane counts.
 */
export function overviewUnits(data: Pick<WorkbookData, "cases" | "divisions">): string[] {
  return membershipUnits(data.cases, divisionLookup(data.divisions));
}
