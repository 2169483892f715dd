// Benchmark of the .xlsx file store for 100, 1,000 and 10,000 cases: creating and writing a workbook,
// reading it, applying a meeting (10 rulings, 10 new items) to it, and the file's size.
import { DEFAULT_DIVISIONS, addDaysIso, ok, type IsoDate, type TrackingStatus } from "../src/domain";
import type { MeetingRecord } from "../src/minutes/types";
import { applyMeeting } from "../src/workbook/applyMeeting";
import { emptyCase, type CaseRow, type HistoryRow, type MeetingRow, type WorkbookChanges } from "../src/workbook/model";
import { BytesInMemory, FileStore } from "../src/workbook/xlsx";
import { medianMs, ms, type Figure } from "./measure";

const SIZES = [100, 1_000, 10_000];
const TRACKING: readonly TrackingStatus[] = ["open", "continued", "closed", "self-tracked"];
const START = "2015-01-05" as IsoDate;
const CTX = { now: "2024-05-01T09:00:00+08:00", by: "bench", sourceHash: "bench" };

/** Case ids as meetings number them: 20 items a meeting, meetings from 100 on. */
const caseId = (i: number): string => `${100 + Math.floor(i / 20)}${String((i % 20) + 1).padStart(2, "0")}`;

/**
 * A workbook's worth of rows: cases with text, divisions and deadlines, a history row each, their meetings
 * (20 items a meeting from meeting 100 on). The report bench adds its 填報 to the same rows.
 */
export function benchRows(count: number): Required<Pick<WorkbookChanges, "meetings" | "cases" | "history">> {
  const cases: CaseRow[] = [];
  const history: HistoryRow[] = [];
  for (let i = 0; i < count; i++) {
    const meeting = 100 + Math.floor(i / 20);
    const tracking = TRACKING[i % TRACKING.length] ?? "open";
    const closes = tracking === "closed" || tracking === "self-tracked";
    const division = DEFAULT_DIVISIONS[i % DEFAULT_DIVISIONS.length]?.name ?? "總務組";
    cases.push({
      ...emptyCase(caseId(i)),
      meeting,
      lead: [division],
      supporting: i % 3 === 0 ? ["文書組", "資訊室"] : [],
      text: `請${division}於期限內完成第 ${i + 1} 項結論事項之規劃、執行與成果回報，並副知相關組室。`,
      dueDate: i % 5 === 0 ? null : addDaysIso(START, i % 3000),
      dueText: i % 5 === 0 ? "持續辦理" : "月底前",
      tracking,
      closedBy: closes ? meeting + 1 : null,
      closedOn: closes ? addDaysIso(START, (i % 3000) + 14) : null,
      lastRuling: tracking === "open" ? null : meeting + 1,
      progress: i % 2 === 0 ? "辦理中，預定下次會議報告" : "",
      note: "",
    });
    history.push({ caseId: caseId(i), meeting, date: addDaysIso(START, i % 3000), event: "created", detail: `第 ${i + 1} 項`, by: "bench", at: CTX.now });
  }
  const meetings: MeetingRow[] = [];
  for (let m = 100; m <= 100 + Math.floor((count - 1) / 20); m++) {
    meetings.push({ number: m, organization: "臺北市政府秘書處", name: "處務會議", date: addDaysIso(START, m - 100), startTime: "09:30", endTime: "11:00", location: "市政大樓", chair: "秘書長", recorder: "紀錄", attendees: "", sourceHash: "", importedAt: CTX.now });
  }
  return { meetings, cases, history };
}

/** The next meeting: rulings on 10 open cases and 10 new items. */
function nextMeeting(count: number): MeetingRecord {
  const number = 100 + Math.ceil(count / 20) + 1;
  const open = Array.from({ length: count }, (_, i) => i).filter((i) => i % TRACKING.length === 0);
  const ruled = Array.from({ length: 10 }, (_, k) => open[Math.floor((k * open.length) / 10)] ?? 0);
  return {
    meeting: { organization: "臺北市政府秘書處", name: "處務會議", number, date: "2024-04-30" as IsoDate, startTime: "09:30", endTime: "11:00", location: "市政大樓", chair: "秘書長", recorder: "紀錄", attendees: null },
    decisions: ruled.map((i, k) => ({ caseId: caseId(i), decision: k % 2 === 0 ? "closed" : "continued", line: k + 1, text: `列管案號 ${caseId(i)} 解除列管` })),
    items: Array.from({ length: 10 }, (_, k) => ({
      caseId: `${number}${String(k + 1).padStart(2, "0")}`,
      section: "結論",
      text: `請總務組於 5 月底前完成第 ${k + 1} 項。`,
      divisions: ["總務組"],
      supporting: [],
      people: [],
      dueDate: "2024-05-31" as IsoDate,
      dueText: "5 月底前",
      line: 20 + k,
    })),
    warnings: [],
  };
}

const expectOk = <T>(result: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

/** Figures for `npm run bench`: wall time of each operation (median) and the workbook's size. */
export async function benchFileStore(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const count of SIZES) {
    const runs = count >= 10_000 ? 3 : 7;
    const warmup = count >= 10_000 ? 1 : 2;
    const changes = benchRows(count);
    const label = `file store, ${count.toLocaleString("en-US")} cases:`;

    const create = async () => {
      const holder = new BytesInMemory();
      expectOk(await new FileStore(holder).update(() => ok({ changes, result: undefined })));
      return holder.bytes ?? new Uint8Array();
    };
    const bytes = await create();
    const createMs = await medianMs(create, runs, warmup);

    const store = new FileStore(new BytesInMemory(bytes));
    if (expectOk(await store.read()).cases.length !== count) throw new Error(`the ${count}-case workbook does not read back`);
    const readMs = await medianMs(async () => expectOk(await store.read()), runs, warmup);

    const record = nextMeeting(count);
    const apply = async () => {
      const holder = new BytesInMemory(bytes);
      const summary = expectOk(await applyMeeting(new FileStore(holder), record, CTX));
      if (summary.rulingsApplied.length !== 10 || summary.newCases.length !== 10) throw new Error("the benchmark meeting did not apply");
    };
    const applyMs = await medianMs(apply, runs, warmup);

    figures.push(
      { name: `${label} create + write`, value: ms(createMs) },
      { name: `${label} read`, value: ms(readMs) },
      { name: `${label} apply a meeting (10 rulings, 10 new)`, value: ms(applyMs) },
      { name: `${label} file size`, value: `${(bytes.length / 1024).toFixed(1)} KB (${changes.history.length.toLocaleString("en-US")} history rows)` },
    );
  }
  return figures;
}
