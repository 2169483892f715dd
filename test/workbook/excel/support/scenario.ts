// Shared pieces of the Excel store tests and benchmark: the two real meetings, an import context,
// a store on a fake Excel, and synthetic workbooks of any size.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_DIVISIONS, createDivisionRegistry, ok, type Result } from "../../../../src/domain";
import { parseMinutes } from "../../../../src/minutes/parseMinutes";
import type { MeetingRecord } from "../../../../src/minutes/types";
import type { ImportContext } from "../../../../src/workbook/applyMeeting";
import { ExcelStore } from "../../../../src/workbook/excel";
import { emptyCase, emptyWorkbook, type CaseRow, type HistoryRow, type Planned, type WorkbookChanges, type WorkbookData } from "../../../../src/workbook/model";
import { FakeExcel, type FakeExcelOptions } from "./fakeExcel";

const fixtures = join(__dirname, "../../../fixtures");

function unwrapped<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const registry = unwrapped(createDivisionRegistry(DEFAULT_DIVISIONS));
export const minutes = (path: string): MeetingRecord => unwrapped(parseMinutes(readFileSync(join(fixtures, path), "utf8"), { registry }));
export const m110 = minutes("secretariat-110.txt");
export const m111 = minutes("minutes/affairs-111-crlf-bom.txt");
export const ctx = (now: string): ImportContext => ({ now, by: "許菁芳", sourceHash: "test" });

export const emptyData = (): WorkbookData => ({
  meetings: [],
  cases: [],
  history: [],
  divisions: DEFAULT_DIVISIONS,
  settings: emptyWorkbook().settings,
});

export function fakeStore(options: FakeExcelOptions = {}): { fake: FakeExcel; store: ExcelStore } {
  const fake = new FakeExcel(options);
  return { fake, store: new ExcelStore({ run: fake.run, isSetSupported: fake.isSetSupported }) };
}

/** A plan that writes the given changes as they are (to seed a workbook through the store itself). */
export const writeAll =
  (changes: WorkbookChanges) =>
  (): Result<Planned<null>> =>
    ok({ changes, result: null });

const LEADS = DEFAULT_DIVISIONS.map((d) => d.name);
const TEXT = "請各單位檢討辦公廳舍節約能源措施，並於期限內提報執行成果及改善計畫，俾利彙整陳報";

/** `count` cases of meetings 1–99 (ids 101, 102, …), each with one 新增列管 history row, as a secretariat's years of minutes. */
export function syntheticChanges(count: number): WorkbookChanges {
  const cases: CaseRow[] = [];
  const history: HistoryRow[] = [];
  for (let i = 0; i < count; i++) {
    const meeting = 1 + Math.floor(i / 100);
    const caseId = `${meeting}${String(1 + (i % 100)).padStart(2, "0")}`.padStart(4, "0");
    const closed = i % 3 === 0;
    cases.push({
      ...emptyCase(`S${caseId}`),
      meeting,
      lead: [LEADS[i % LEADS.length] ?? "總務組"],
      supporting: i % 4 === 0 ? ["會計室"] : [],
      text: `${TEXT}（第 ${i + 1} 案）`,
      dueDate: "2021-06-30" as CaseRow["dueDate"],
      dueText: "6月底前",
      tracking: closed ? "closed" : "continued",
      closedBy: closed ? meeting + 1 : null,
      closedOn: closed ? ("2021-07-15" as CaseRow["closedOn"]) : null,
      lastRuling: meeting + 1,
      progress: "已召開協調會議，刻正辦理中",
      note: "",
    });
    history.push({ caseId: `S${caseId}`, meeting, date: "2021-05-20" as HistoryRow["date"], event: "created", detail: `${TEXT}（第 ${i + 1} 案）`, by: "許菁芳", at: "2021-05-21T01:00:00.000Z" });
  }
  return { meetings: [], cases, history };
}
