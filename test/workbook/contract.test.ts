// One contract for every store: the same scenario, users' edits included, run against the Excel store
// (on the office-addin-mock fake), the file store (edited by exceljs, and saved again by LibreOffice) and
// the in-memory store. The stores that have cells must make identical cell changes at every step, and
// every store must read back the same data.
import { applyMeeting } from "../../src/workbook/applyMeeting";
import { planProgress } from "../../src/workbook/caseActions";
import { keyText } from "../../src/workbook/cellRules";
import type { CellValue } from "../../src/workbook/cells";
import { ExcelStore } from "../../src/workbook/excel";
import { isoToSerial } from "../../src/workbook/excelDate";
import { MemoryStore } from "../../src/workbook/mergeChanges";
import { emptyWorkbook, type CaseRow, type WorkbookData, type WorkbookStore } from "../../src/workbook/model";
import { SCHEMA, tableSpec } from "../../src/workbook/schema";
import { BytesInMemory, FileStore } from "../../src/workbook/xlsx";
import * as writePlan from "../../src/workbook/writePlan";
import { readCell } from "../../src/workbook/xlsx/cellXml";
import { openWorkbook } from "../../src/workbook/xlsx/openWorkbook";
import { dataRange } from "../../src/workbook/xlsx/tableXml";
import { unwrap } from "../domain/support";
import { FakeExcel } from "./excel/support/fakeExcel";
import { ctx, m110, m111 } from "./excel/support/scenario";
import { editWithExcelJs, saveWithLibreOffice, sheet } from "./xlsx/support";

/** What a user does to case 11002 between two writes of the add-in. */
const HYPERLINK = 'HYPERLINK("file:///srv/公文/110-02.pdf","公文")';
const EDITS = { lead: " 總務組", dueDate: "111/05/31", note: { formula: HYPERLINK, result: "公文" } } as const;
const MAY_31 = isoToSerial("2022-05-31" as never);
const PROGRESS = "已完成宿舍借用協調，續辦招標";

/** A cell as the contract compares it: its value, or for a formula its text (without =). */
type Seen = { readonly value: CellValue } | { readonly formula: string };
/** Every non-empty schema cell, by table | row key (history: row number) | header. */
type Cells = Map<string, Seen>;

interface Harness {
  readonly store: WorkbookStore;
  /** the schema cells as they stand (undefined for the in-memory store, which has none) */
  cells?(): Promise<Cells>;
  /** the user's edits of 11002 (EDITS) */
  edit(): Promise<void>;
}

const blank = (value: unknown): boolean => value === null || value === undefined || value === "";
const id = (table: string, key: string, header: string) => `${table}|${key}|${header}`;

function excelHarness(): Harness {
  const fake = new FakeExcel();
  const cellOf = (caseId: string, header: string) => {
    const table = fake.table(tableSpec("cases").name);
    const row = fake.records(table.name).findIndex((r) => keyText(r["列管案號"] as CellValue) === caseId);
    return table.sheet.cellForWrite(table.top + 1 + row, table.left + table.headers().indexOf(header));
  };
  return {
    store: new ExcelStore({ run: fake.run, isSetSupported: fake.isSetSupported }),
    cells: () => {
      const out: Cells = new Map();
      for (const spec of SCHEMA) {
        if (!fake.tables.some((t) => t.name === spec.name)) continue;
        const headers = fake.table(spec.name).headers();
        const keyAt = headers.indexOf(spec.columns.find((c) => c.key === spec.keyColumn)?.header ?? "");
        fake.bodyCells(spec.name).forEach((row, r) => {
          const key = keyAt < 0 ? `#${r}` : keyText(row[keyAt]?.value ?? null);
          row.forEach((cell, c) => {
            const header = headers[c] ?? "";
            if (cell?.formula !== undefined) out.set(id(spec.name, key, header), { formula: cell.formula.replace(/^=/, "") });
            else if (cell && !blank(cell.value)) out.set(id(spec.name, key, header), { value: cell.value });
          });
        });
      }
      return Promise.resolve(out);
    },
    edit: () => {
      cellOf("11002", "主辦組室").value = EDITS.lead;
      cellOf("11002", "期限").value = EDITS.dueDate;
      // Excel computes =HYPERLINK(…)'s result and Range.values returns it
      Object.assign(cellOf("11002", "備註"), { formula: `=${EDITS.note.formula}`, value: EDITS.note.result });
      return Promise.resolve();
    },
  };
}

/** The file store's cells, read from the package as the store reads it. */
async function fileCells(bytes: Uint8Array): Promise<Cells> {
  const opened = unwrap(await openWorkbook(bytes, "列管.xlsx"));
  const out: Cells = new Map();
  for (const spec of SCHEMA) {
    const layout = opened.layouts[spec.key];
    if (!layout) continue;
    const data = opened.file.sheet(layout.part.sheetPath);
    const range = dataRange(layout.part.def);
    const keyColumn = spec.keyColumn === null ? undefined : layout.columns.get(spec.keyColumn);
    for (let row = range.top; row <= range.bottom; row++) {
      const read = (column: number) => {
        const xml = data.cell(row, column);
        return xml === undefined ? undefined : readCell(xml, opened.file.strings);
      };
      const key = keyColumn === undefined ? `#${row - range.top}` : keyText(read(keyColumn)?.value ?? null);
      for (const column of spec.columns) {
        const at = layout.columns.get(column.key);
        const cell = at === undefined ? undefined : read(at);
        if (cell?.formula !== undefined) out.set(id(spec.name, key, column.header), { formula: cell.formula });
        else if (cell && !blank(cell.value)) out.set(id(spec.name, key, column.header), { value: cell.value });
      }
    }
  }
  return out;
}

function fileHarness(savedBy: "exceljs" | "LibreOffice"): Harness {
  const holder = new BytesInMemory();
  const bytes = () => holder.bytes ?? new Uint8Array();
  return {
    store: new FileStore(holder, "列管.xlsx"),
    cells: () => fileCells(bytes()),
    edit: async () => {
      const edited = await editWithExcelJs(bytes(), (workbook) => {
        const ws = sheet(workbook, tableSpec("cases").name);
        const headers = (ws.getRow(1).values as unknown[]).map((h) => (typeof h === "string" ? h : ""));
        let row = 2;
        while (keyText(ws.getCell(row, headers.indexOf("列管案號")).text) !== "11002") row++;
        ws.getCell(row, headers.indexOf("主辦組室")).value = EDITS.lead;
        ws.getCell(row, headers.indexOf("期限")).value = EDITS.dueDate;
        ws.getCell(row, headers.indexOf("備註")).value = { formula: EDITS.note.formula, result: EDITS.note.result };
      });
      holder.bytes = savedBy === "exceljs" ? edited : await saveWithLibreOffice(edited);
    },
  };
}

function memoryHarness(): Harness {
  const store = new MemoryStore(emptyWorkbook());
  return {
    store,
    edit: () => {
      // the in-memory store holds what the others read: trimmed text, the typed date as a date
      const edit = (c: CaseRow): CaseRow => (c.caseId === "11002" ? { ...c, lead: ["總務組"], dueDate: "2022-05-31" as never, note: "公文" } : c);
      store.data = { ...store.data, cases: store.data.cases.map(edit) };
      return Promise.resolve();
    },
  };
}

/** A plan as both stores must be handed it: rows by key and cells, without the store's own row numbers. */
function planned(result: ReturnType<typeof writePlan.planWrites>) {
  if (!result.ok) return result;
  return result.value.tables.map((t) => ({
    table: t.table,
    create: t.create,
    updates: t.updates.map((u) => [u.key, Object.fromEntries(u.cells)]),
    appends: t.appends.map((a) => a.cells),
  }));
}

/** The cells that differ between two snapshots (new ones included), sorted, as [where, after]. */
function changes(before: Cells, after: Cells): [string, Seen | null][] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  const out: [string, Seen | null][] = [];
  for (const key of keys) {
    const a = before.get(key);
    const b = after.get(key);
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push([key, b ?? null]);
  }
  return out.sort(([x], [y]) => x.localeCompare(y));
}

const STEPS: readonly [string, (store: WorkbookStore) => Promise<unknown>][] = [
  ["a progress note on 11002 after the user's edits", async (store) => unwrap(await store.update(planProgress("11002", PROGRESS, { now: "2022-04-01T10:00:00+08:00", by: "許菁芳" })))],
  ["the next meeting rules on 11002", async (store) => unwrap(await applyMeeting(store, m111, ctx("2022-04-22T09:00:00+08:00")))],
];

describe("every store makes the same cell changes for the same scenario, users' edits included", () => {
  const harnesses: [string, Harness][] = [
    ["Excel store", excelHarness()],
    ["file store (exceljs)", fileHarness("exceljs")],
    ["file store (LibreOffice)", fileHarness("LibreOffice")],
    ["in-memory store", memoryHarness()],
  ];
  /** each step's cell changes, per store that has cells */
  const seen = new Map<string, [string, Seen | null][][]>();
  const data = new Map<string, WorkbookData>();
  /** each step's write plans, per store that has cells (the one planner both carry out) */
  const plans = new Map<string, unknown[][]>();

  beforeAll(async () => {
    const planner = jest.spyOn(writePlan, "planWrites");
    for (const [name, harness] of harnesses) {
      unwrap(await applyMeeting(harness.store, m110, ctx("2022-03-18T09:00:00+08:00")));
      await harness.edit();
      const steps: [string, Seen | null][][] = [];
      const stepPlans: unknown[][] = [];
      for (const [, step] of STEPS) {
        const before = await harness.cells?.();
        planner.mockClear();
        await step(harness.store);
        stepPlans.push(planner.mock.results.map((r) => planned(r.value as ReturnType<typeof writePlan.planWrites>)));
        const after = await harness.cells?.();
        if (before && after) steps.push(changes(before, after));
      }
      if (harness.cells) {
        seen.set(name, steps);
        plans.set(name, stepPlans);
      }
      data.set(name, unwrap(await harness.store.read()));
    }
    planner.mockRestore();
  }, 300_000);

  test.each(STEPS.map(([name], i) => [name, i] as const))("%s: every store with cells is handed the same write plan", (_name, i) => {
    const excel = plans.get("Excel store")?.[i];
    expect(excel).toHaveLength(1);
    for (const name of ["file store (exceljs)", "file store (LibreOffice)"]) expect([name, plans.get(name)?.[i]]).toEqual([name, excel]);
  });

  test("the progress note writes 最新辦理情形, repairs the typed 期限 into a date, and appends one history row", () => {
    const step = seen.get("Excel store")?.[0] ?? [];
    const caseCells = step.filter(([where]) => where.startsWith("列管案件|"));
    expect(caseCells).toEqual([
      ["列管案件|11002|最新辦理情形", { value: PROGRESS }],
      ["列管案件|11002|期限", { value: MAY_31 }],
    ]);
    expect(step.filter(([where]) => where.startsWith("辦理歷程|")).map(([where]) => where.split("|")[2])).toEqual(
      expect.arrayContaining(["列管案號", "事件", "內容", "日期"]),
    );
    expect(step.every(([where]) => where.startsWith("列管案件|") || where.startsWith("辦理歷程|"))).toBe(true);
  });

  test.each(STEPS.map(([name], i) => [name, i] as const))("%s: identical cell changes in every store with cells", (_name, i) => {
    const excel = seen.get("Excel store")?.[i];
    expect(excel?.length).toBeGreaterThan(0);
    for (const name of ["file store (exceljs)", "file store (LibreOffice)"]) expect([name, seen.get(name)?.[i]]).toEqual([name, excel]);
  });

  test("the user's HYPERLINK formula and the spaces in 主辦組室 survive both writes in every store with cells", () => {
    for (const [name, steps] of seen) {
      const touched = steps.flat().map(([where]) => where);
      expect([name, touched.filter((w) => w === "列管案件|11002|備註" || w === "列管案件|11002|主辦組室")]).toEqual([name, []]);
    }
  });

  test("every store reads back the same data", () => {
    const reference = data.get("in-memory store");
    const byId = (d: WorkbookData | undefined) => ({ ...d, cases: [...(d?.cases ?? [])].sort((a, b) => a.caseId.localeCompare(b.caseId)) });
    for (const [name, read] of data) expect([name, byId(read)]).toEqual([name, byId(reference)]);
  });
});
