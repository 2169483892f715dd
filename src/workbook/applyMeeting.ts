// Applying a meeting's minutes to the tracking workbook: the meeting row, new cases, rulings on earlier
// cases and their history, decided from what the workbook holds. Shared by the Excel and file stores.
import { TRACKING_LABELS, fail, ok, ownersFrom, type Result, type TrackingStatus } from "../domain";
import type { MeetingRecord, Ruling, TrackedItem } from "../minutes/types";
import { problem } from "../problems";
import { emptyCase, type CaseRow, type HistoryRow, type MeetingRow, type Planned, type WorkbookData, type WorkbookStore } from "./model";
import { canonicalInstant } from "./excelDate";
import type { HistoryEvent } from "./schema";

/** Marks a case created from a ruling before its own meeting's minutes were imported. */
export const PLACEHOLDER_NOTE = "內容待補";

export interface ImportContext {
  /** when the import happens (ISO timestamp), written to 匯入時間 and 記錄時間 */
  readonly now: string;
  /** who imports, written to 記錄者 */
  readonly by: string;
  /** a hash of the minutes' source, so a changed file under the same number is noticed */
  readonly sourceHash: string;
}

export interface ImportSummary {
  readonly meeting: number;
  readonly meetingChange: "added" | "updated" | "unchanged";
  readonly newCases: readonly string[];
  /** placeholders whose content this meeting's minutes filled in */
  readonly filledPlaceholders: readonly string[];
  /** cases created as 內容待補 because a ruling named them before they were in the sheet */
  readonly placeholders: readonly string[];
  readonly rulingsApplied: readonly { readonly caseId: string; readonly decision: TrackingStatus }[];
  /** rulings not applied because a later meeting already ruled on the case */
  readonly rulingsSkipped: readonly { readonly caseId: string; readonly laterMeeting: number }[];
  /** items the parser could not number (no meeting number, or past item 99) */
  readonly itemsWithoutId: number;
  readonly unchanged: boolean;
}

function meetingRow(record: MeetingRecord, number: number, ctx: ImportContext, importedAt: string): MeetingRow {
  const m = record.meeting;
  return {
    number,
    organization: m.organization ?? "",
    name: m.name ?? "",
    date: m.date,
    startTime: m.startTime ?? "",
    endTime: m.endTime ?? "",
    location: m.location ?? "",
    chair: m.chair ?? "",
    recorder: m.recorder ?? "",
    attendees: m.attendees ?? "",
    sourceHash: ctx.sourceHash,
    importedAt,
  };
}

const sameMeeting = (a: MeetingRow, b: MeetingRow): boolean =>
  JSON.stringify({ ...a, importedAt: "" }) === JSON.stringify({ ...b, importedAt: "" });

function caseFromItem(item: TrackedItem, meeting: number, base: CaseRow | undefined): CaseRow {
  return {
    ...(base ?? emptyCase(item.caseId)),
    caseId: item.caseId,
    meeting,
    ...ownersFrom(item),
    text: item.text,
    dueDate: item.dueDate,
    dueText: item.dueText ?? "",
    note: "",
  };
}

function placeholderFor(caseId: string): CaseRow {
  return { ...emptyCase(caseId), note: PLACEHOLDER_NOTE };
}

function ruled(current: CaseRow, ruling: Ruling, meeting: number, date: MeetingRow["date"]): CaseRow {
  const closes = ruling.decision === "closed" || ruling.decision === "self-tracked";
  return {
    ...current,
    tracking: ruling.decision,
    closedBy: closes ? meeting : null,
    closedOn: closes ? date : null,
    lastRuling: meeting,
  };
}

/**
 * Decides what applying `record` changes in `data`: upsert the meeting by number; add its items as new
 * cases (列管中); apply its rulings to earlier cases (creating a 內容待補 placeholder for a case the sheet
 * does not have yet, so no ruling is lost); one history row per change. Applying the same minutes again
 * changes nothing, and a ruling from an older meeting never overrides a later one. A case the sheet
 * already has keeps its content (the user may have edited it), unless it is a placeholder to fill in.
 *
 * @example
 * // 列管案號 9903、10902 及 10903 均同意解除列管 → three cases closed by meeting 110, three history rows
 * planMeeting(data, parseMinutes(minutes110).value, ctx)
 */
export function planMeeting(data: WorkbookData, record: MeetingRecord, ctx: ImportContext): Result<Planned<ImportSummary>> {
  const number = record.meeting.number;
  if (number === null) return fail(problem("record.noMeetingNumber", {}));
  const date = record.meeting.date;
  // Every host checks the header first; this keeps an empty 日期 or 解除日期 out of the sheet whatever the caller.
  if (date === null) return fail(problem("record.noMeetingDate", {}));

  const existingMeeting = data.meetings.find((m) => m.number === number);
  // the instant in the form a date-time cell reads back as, so a re-read equals what was written
  const now = canonicalInstant(ctx.now);
  const freshMeeting = meetingRow(record, number, ctx, now);
  const meetingChange = !existingMeeting ? "added" : sameMeeting(existingMeeting, freshMeeting) ? "unchanged" : "updated";
  const meetings = meetingChange === "unchanged" ? [] : [freshMeeting];

  const cases = new Map(data.cases.map((c) => [c.caseId, c]));
  const changed = new Map<string, CaseRow>();
  const logged = new Set(data.history.map((h) => `${h.caseId}|${h.meeting ?? ""}|${h.event}`));
  const history: HistoryRow[] = [];
  const log = (caseId: string, event: HistoryEvent, detail: string): void => {
    const key = `${caseId}|${number}|${event}`;
    if (logged.has(key)) return;
    logged.add(key);
    history.push({ caseId, meeting: number, date, event, detail, by: ctx.by, at: now });
  };
  const put = (row: CaseRow): void => {
    cases.set(row.caseId, row);
    changed.set(row.caseId, row);
  };

  const newCases: string[] = [];
  const filledPlaceholders: string[] = [];
  let itemsWithoutId = 0;
  for (const item of record.items) {
    if (!item.caseId) {
      itemsWithoutId++;
      continue;
    }
    const current = cases.get(item.caseId);
    if (current && current.note !== PLACEHOLDER_NOTE) continue;
    put(caseFromItem(item, number, current));
    (current ? filledPlaceholders : newCases).push(item.caseId);
    log(item.caseId, "created", item.text);
  }

  const placeholders: string[] = [];
  const rulingsApplied: { caseId: string; decision: TrackingStatus }[] = [];
  const rulingsSkipped: { caseId: string; laterMeeting: number }[] = [];
  for (const ruling of record.decisions) {
    let current = cases.get(ruling.caseId);
    if (!current) {
      current = placeholderFor(ruling.caseId);
      put(current);
      placeholders.push(ruling.caseId);
      log(ruling.caseId, "placeholder", `第 ${number} 次會議裁示時列管表尚無此案：${ruling.text}`);
    }
    if (current.lastRuling !== null && current.lastRuling > number) {
      rulingsSkipped.push({ caseId: ruling.caseId, laterMeeting: current.lastRuling });
      continue;
    }
    const next = ruled(current, ruling, number, date);
    if (JSON.stringify(next) === JSON.stringify(current)) continue;
    put(next);
    rulingsApplied.push({ caseId: ruling.caseId, decision: ruling.decision });
    log(ruling.caseId, ruling.decision, `${TRACKING_LABELS[ruling.decision]}：${ruling.text}`);
  }

  const changes = { meetings, cases: [...changed.values()], history };
  const unchanged = meetings.length === 0 && changes.cases.length === 0 && history.length === 0;
  return ok({
    changes,
    result: { meeting: number, meetingChange, newCases, filledPlaceholders, placeholders, rulingsApplied, rulingsSkipped, itemsWithoutId, unchanged },
  });
}

/** Applies a meeting's minutes through a store: one read, one decision, one write. */
export function applyMeeting(store: WorkbookStore, record: MeetingRecord, ctx: ImportContext): Promise<Result<ImportSummary>> {
  return store.update((data) => planMeeting(data, record, ctx));
}
