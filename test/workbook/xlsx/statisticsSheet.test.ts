// 執行情形統計 kept current by the workbook: 組室總覽's statistics columns (declared once in the schema,
// written by the file store) recalculated by LibreOffice equal computeStatistics for every division,
// before and after a ruling changes a case. LibreOffice is required (Debian package libreoffice-calc).
import { ValueType } from "exceljs";
import { DEFAULT_DIVISIONS, addDaysIso, divisionLookup, type IsoDate } from "../../../src/domain";
import { computeStatistics, type DivisionStatistics } from "../../../src/report";
import type { CaseRow } from "../../../src/workbook/model";
import { unwrap } from "../../domain/support";
import { caseRow, date, fileStore, loadExcelJs, saveWithLibreOffice, sheet, write } from "./support";

const AS_OF = date("2024-03-10");
const DUE_SOON_DAYS = 5;
const day = (n: number): IsoDate => addDaysIso(AS_OF, n);

const CASES: CaseRow[] = [
  caseRow("11301", { dueDate: day(0) }),
  caseRow("11302", { dueDate: day(-1), lead: ["總務組", "文書組"] }),
  caseRow("11303", { dueDate: day(3), tracking: "continued", lastRuling: 113, lead: ["文書組"] }),
  caseRow("11304", { dueDate: day(-30), tracking: "closed", closedBy: 113, closedOn: day(-2) }),
  caseRow("11305", { dueDate: day(-3), tracking: "self-tracked", closedBy: 113, closedOn: day(-1), lead: ["文書組"] }),
  caseRow("11306", { dueDate: null, tracking: "continued", lastRuling: 113, lead: ["各組室"] }),
  caseRow("11307", { dueDate: day(2), lead: ["新工處"], supporting: ["資訊室", "總務組"] }),
  caseRow("11308", { dueDate: day(40), tracking: "closed", closedBy: 113, closedOn: day(-5), lead: ["人事室"] }),
];

const HEADERS = ["列管案件數", "列管中", "賡續列管", "解除列管", "自行列管", "結案率"] as const;
const expected = (s: DivisionStatistics): unknown[] => [s.division, s.tracked, s.open, s.continued, s.closed, s.selfTracked, s.closureRate];

/** 組室總覽's statistics columns after LibreOffice recalculated the file store's workbook. */
async function recalculatedOverview(bytes: Uint8Array): Promise<unknown[][]> {
  const ws = sheet(await loadExcelJs(await saveWithLibreOffice(bytes)), "組室總覽");
  const headers = (ws.getRow(1).values as unknown[]).map(String);
  const rows: unknown[][] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const cell = (header: string) => {
      const column = headers.indexOf(header);
      const value = ws.getCell(r, column).type === ValueType.Formula ? ws.getCell(r, column).result : ws.getCell(r, column).value;
      return value === "" || value === undefined ? null : value;
    };
    rows.push([cell("組室"), ...HEADERS.map(cell)]);
  }
  return rows;
}

function statisticsOf(cases: readonly CaseRow[]): unknown[][] {
  return computeStatistics(cases, [], divisionLookup(DEFAULT_DIVISIONS), { asOf: AS_OF, dueSoonDays: DUE_SOON_DAYS }).byDivision.map(expected);
}

const closeRows = (rows: unknown[][]) => rows.map((row) => row.map((v) => (typeof v === "number" && !Number.isInteger(v) ? Math.round(v * 1e6) / 1e6 : v)));

describe("組室總覽's 執行情形統計, recalculated by LibreOffice", () => {
  test("equal computeStatistics per division, and follow a ruling written later", async () => {
    const { holder, store } = fileStore();
    unwrap(await store.update(write({ cases: CASES, settings: { asOf: AS_OF, dueSoonDays: DUE_SOON_DAYS } })));
    const first = await recalculatedOverview(holder.bytes ?? new Uint8Array());
    expect(closeRows(first)).toEqual(closeRows(statisticsOf(CASES)));
    // the fixture reaches every count and a rate strictly between 0 and 1
    expect(first.some((row) => typeof row[6] === "number" && row[6] > 0 && row[6] < 1)).toBe(true);

    // a later meeting releases 11302: the sheet's figures follow without the add-in writing them
    const released = { ...CASES[1], tracking: "closed", closedBy: 114, closedOn: day(0) } as CaseRow;
    unwrap(await store.update(write({ cases: [released] })));
    const after = CASES.map((c) => (c.caseId === released.caseId ? released : c));
    expect(closeRows(await recalculatedOverview(holder.bytes ?? new Uint8Array()))).toEqual(closeRows(statisticsOf(after)));
  }, 300_000);
});
