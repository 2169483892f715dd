// Writes WorkbookChanges into a workbook file: meetings and cases by key, history appended, nothing
// deleted; tables that lack a column the schema gained get it first.
import { ok, type Result } from "../../domain";
import { caseToCells, historyToCells, meetingToCells } from "../cells";
import type { WorkbookChanges } from "../model";
import { SCHEMA } from "../schema";
import type { ReadResult } from "./readTables";
import type { Layouts } from "./tableLayout";
import { TableWriter } from "./tableWriter";
import { upgradeColumns } from "./upgradeColumns";
import type { WorkbookFile } from "./workbookFile";

export function writeChanges(file: WorkbookFile, layouts: Layouts, read: ReadResult, changes: WorkbookChanges): Result<true> {
  for (const spec of SCHEMA) {
    const layout = layouts[spec.key];
    if (!layout) continue;
    const upgraded = upgradeColumns(file, layout);
    if (!upgraded.ok) return upgraded;
  }

  const writer = (key: "meetings" | "cases" | "history", keys: readonly string[]) => {
    const layout = layouts[key];
    if (!layout) throw new Error(`table ${key} was not located`);
    return new TableWriter(file, layout, read.rows[key] ?? [], keys);
  };

  const meetings = writer("meetings", read.data.meetings.map((m) => String(m.number))).upsert(
    changes.meetings.map((m) => ({ key: String(m.number), cells: meetingToCells(m) })),
  );
  if (!meetings.ok) return meetings;
  const cases = writer("cases", read.data.cases.map((c) => c.caseId)).upsert(changes.cases.map((c) => ({ key: c.caseId, cells: caseToCells(c) })));
  if (!cases.ok) return cases;
  const history = writer("history", []).append(changes.history.map(historyToCells));
  if (!history.ok) return history;
  return ok(true);
}
