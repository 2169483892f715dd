// Applies WorkbookChanges to WorkbookData in memory, by key, exactly as the stores do in a sheet: the
// reference the store tests compare against, and the in-memory store for tests and previews.
import type { Result } from "../domain";
import { ok } from "../domain";
import type { CaseRow, MeetingRow, Planned, WorkbookChanges, WorkbookData, WorkbookStore } from "./model";

function upsert<T>(rows: readonly T[], updates: readonly T[], key: (row: T) => string | number): T[] {
  const out = [...rows];
  const index = new Map(out.map((row, i) => [key(row), i]));
  for (const row of updates) {
    const at = index.get(key(row));
    if (at === undefined) {
      index.set(key(row), out.length);
      out.push(row);
    } else {
      out[at] = row;
    }
  }
  return out;
}

export function mergeChanges(data: WorkbookData, changes: WorkbookChanges): WorkbookData {
  return {
    ...data,
    meetings: upsert<MeetingRow>(data.meetings, changes.meetings, (m) => m.number),
    cases: upsert<CaseRow>(data.cases, changes.cases, (c) => c.caseId),
    history: [...data.history, ...changes.history],
  };
}

/** A store that keeps the workbook in memory; `writes` counts the updates that changed something. */
export class MemoryStore implements WorkbookStore {
  writes = 0;

  constructor(public data: WorkbookData) {}

  read(): Promise<Result<WorkbookData>> {
    return Promise.resolve(ok(this.data));
  }

  update<T>(plan: (data: WorkbookData) => Result<Planned<T>>): Promise<Result<T>> {
    const planned = plan(this.data);
    if (!planned.ok) return Promise.resolve(planned);
    const { changes } = planned.value;
    if (changes.meetings.length + changes.cases.length + changes.history.length > 0) {
      this.data = mergeChanges(this.data, changes);
      this.writes++;
    }
    return Promise.resolve(ok(planned.value.result));
  }
}
