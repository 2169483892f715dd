// A tracking workbook with thousands of cases, written to a path: large enough that one import into it
// takes over a second, so two imports started together overlap.
import { writeFileSync } from "node:fs";
import { addDaysIso, ok, type IsoDate } from "../../../../src/domain";
import { emptyCase, type CaseRow, type HistoryRow, type MeetingRow } from "../../../../src/workbook/model";
import { BytesInMemory, FileStore } from "../../../../src/workbook/xlsx";

const START = "2015-01-05" as IsoDate;
const AT = "2022-01-01T09:00:00+08:00";

/** Case ids of meetings 2000 on, 20 items each, so they never meet the sample minutes' 9903 … 11107. */
export const bigCaseId = (i: number): string => `${2000 + Math.floor(i / 20)}${String((i % 20) + 1).padStart(2, "0")}`;

/** Writes a workbook of `count` open cases (one history row each) to `path`. */
export async function writeBigWorkbook(path: string, count: number): Promise<void> {
  const cases: CaseRow[] = [];
  const history: HistoryRow[] = [];
  const meetings: MeetingRow[] = [];
  for (let i = 0; i < count; i++) {
    const meeting = 2000 + Math.floor(i / 20);
    cases.push({
      ...emptyCase(bigCaseId(i)),
      meeting,
      lead: ["總務組"],
      text: `請總務組於期限內完成第 ${i + 1} 項結論事項之規劃、執行與成果回報。`,
      dueDate: addDaysIso(START, i % 3000),
      dueText: "月底前",
    });
    history.push({ caseId: bigCaseId(i), meeting, date: START, event: "created", detail: `第 ${i + 1} 項`, by: "test", at: AT });
    if (i % 20 === 0) {
      meetings.push({ number: meeting, organization: "測試處", name: "處務會議", date: START, startTime: "", endTime: "", location: "", chair: "", recorder: "", attendees: "", sourceHash: "", importedAt: AT });
    }
  }
  const holder = new BytesInMemory();
  const written = await new FileStore(holder).update(() => ok({ changes: { meetings, cases, history }, result: undefined }));
  if (!written.ok || holder.bytes === null) throw new Error(`could not write the big workbook: ${written.ok ? "no bytes" : written.error}`);
  writeFileSync(path, holder.bytes);
}
