// The workbook's formulas agree with the TypeScript rules: a workbook of boundary cases, written by the
// file store, is recalculated by LibreOffice and every 狀態, 逾期天數 and 組室總覽 count is compared with
// computeStatus. LibreOffice is required (Debian package libreoffice-calc, installed by .ci/run).
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { ValueType } from "exceljs";
import JSZip from "jszip";
import { COMPUTED_LABELS, DEFAULT_DIVISIONS, addDaysIso, belongsTo, computeStatus, divisionLookup, type IsoDate } from "../../../src/domain";
import { isoToSerial } from "../../../src/workbook/excelDate";
import { overviewUnits, type CaseRow } from "../../../src/workbook/model";
import { unwrap } from "../../domain/support";
import { caseRow, date, fileStore, loadExcelJs, sheet, write } from "./support";

const run = promisify(execFile);
const AS_OF = date("2024-03-10");
const DUE_SOON_DAYS = 5;
const day = (n: number): IsoDate => addDaysIso(AS_OF, n);

const CASES: CaseRow[] = [
  caseRow("11301", { dueDate: day(0), text: "due today" }),
  caseRow("11302", { dueDate: day(-1), text: "due yesterday" }),
  caseRow("11303", { dueDate: day(DUE_SOON_DAYS), text: "last day of the due-soon window" }),
  caseRow("11304", { dueDate: day(DUE_SOON_DAYS + 1), text: "first day past the window", lead: ["文書組"] }),
  caseRow("11305", { dueDate: null, text: "no due date", lead: ["總務組", "文書組"] }),
  caseRow("11306", { dueDate: day(-30), tracking: "closed", closedBy: 113, closedOn: day(-2), text: "closed after its deadline" }),
  caseRow("11307", { dueDate: day(-3), tracking: "self-tracked", closedBy: 113, closedOn: day(-1), text: "self-tracked while overdue", lead: ["文書組"] }),
  caseRow("11308", { dueDate: day(-12), tracking: "continued", lastRuling: 113, text: "continued and overdue", lead: ["總務組", "文書組"] }),
  caseRow("11309", { dueDate: date("2024-02-29"), text: "due on a leap day", lead: ["市政大樓公共事務管理中心"] }),
  caseRow("11310", { dueDate: day(400), text: "far ahead", lead: ["人事室"] }),
  caseRow("11311", { dueDate: day(-400), text: "=1+1", progress: "@所有人", lead: ["人事室"] }),
  caseRow("11312", { dueDate: day(1), tracking: "closed", closedBy: 113, closedOn: day(-1), text: "closed before its deadline", lead: ["人事室"] }),
  caseRow("11313", { dueDate: day(-2), text: "for every division, supported by an outside unit", lead: ["各組室"], supporting: ["新工處"] }),
  caseRow("11314", { dueDate: day(2), text: "led by an outside unit, supported", lead: ["新工處"], supporting: ["資訊室", "總務組組長室"] }),
];

let dir: string;
let recalculated: Uint8Array;

/** The file store's workbook with the boundary cases and a fixed 基準日 and 即將到期天數 in 設定. */
async function boundaryWorkbook(): Promise<Uint8Array> {
  const { holder, store } = fileStore();
  unwrap(await store.update(write({ cases: CASES })));
  const zip = await JSZip.loadAsync(holder.bytes ?? new Uint8Array());
  const path = "xl/worksheets/sheet5.xml";
  const xml = (await zip.file(path)?.async("string")) ?? "";
  if (!xml.includes("<f>TODAY()</f>")) throw new Error("the 設定 sheet is not where this test expects it");
  // As a person types them: a date over =TODAY(), another number of days.
  const fixed = xml
    .replace(/<c r="A2"( s="[0-9]+")?><f>TODAY\(\)<\/f><\/c>/, `<c r="A2"$1><v>${isoToSerial(AS_OF)}</v></c>`)
    .replace(/<c r="B2"( s="[0-9]+")?><v>7<\/v><\/c>/, `<c r="B2"$1><v>${DUE_SOON_DAYS}</v></c>`);
  zip.file(path, fixed);
  // 11314's 協辦組室 as a person types it, with a full-width comma: the formulas read it as the code does
  const written = "資訊室、總務組組長室";
  let typed = 0;
  for (const part of Object.keys(zip.files).filter((name) => name.endsWith(".xml"))) {
    const text = (await zip.file(part)?.async("string")) ?? "";
    if (!text.includes(written)) continue;
    zip.file(part, text.split(written).join("資訊室，總務組組長室"));
    typed++;
  }
  if (typed === 0) throw new Error("11314's 協辦組室 is not where this test expects it");
  return zip.generateAsync({ type: "uint8array" });
}

async function recalculate(bytes: Uint8Array): Promise<Uint8Array> {
  try {
    await run("soffice", ["--version"], { timeout: 60_000 });
  } catch {
    throw new Error("LibreOffice (soffice) is not installed: install the Debian package libreoffice-calc (apt-get install libreoffice-calc); .ci/run installs it");
  }
  writeFileSync(join(dir, "boundaries.xlsx"), bytes);
  const profile = pathToFileURL(join(dir, "profile")).href;
  await run("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--calc", "--convert-to", "xlsx", "--outdir", join(dir, "out"), join(dir, "boundaries.xlsx")], {
    timeout: 240_000,
  });
  return new Uint8Array(readFileSync(join(dir, "out", "boundaries.xlsx")));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "libreoffice-"));
  recalculated = await recalculate(await boundaryWorkbook());
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tables = new Map<string, Map<string, unknown>[]>();

/** The recalculated cells of a table's rows by header, as LibreOffice left them. */
async function rowsOf(name: string): Promise<Map<string, unknown>[]> {
  const cached = tables.get(name);
  if (cached) return cached;
  const ws = sheet(await loadExcelJs(recalculated), name);
  const headers = (ws.getRow(1).values as unknown[]).map(String);
  const rows: Map<string, unknown>[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = new Map<string, unknown>();
    headers.forEach((header, column) => {
      if (column === 0) return;
      // LibreOffice writes mixed-script text as rich text (a run per font); its text is what counts.
      const value = ws.getCell(r, column).type === ValueType.Formula ? ws.getCell(r, column).result : ws.getCell(r, column).value;
      const rich = value !== null && typeof value === "object" && "richText" in value ? value.richText.map((run) => run.text).join("") : undefined;
      row.set(header, rich ?? value);
    });
    rows.push(row);
  }
  tables.set(name, rows);
  return rows;
}

describe("LibreOffice computes what computeStatus computes", () => {
  test.each(CASES.map((c) => [c.caseId, c.text, c] as const))("%s (%s)", async (caseId, _text, c) => {
    const expected = computeStatus({ tracking: c.tracking, dueDate: c.dueDate }, AS_OF, { dueSoonDays: DUE_SOON_DAYS });
    const row = (await rowsOf("列管案件")).find((r) => r.get("列管案號") === caseId);
    // 逾期天數 is empty unless the case is overdue
    const daysOverdue = expected.status === "overdue" ? expected.daysOverdue : "";
    expect({ status: row?.get("狀態"), daysOverdue: row?.get("逾期天數") ?? "" }).toEqual({ status: COMPUTED_LABELS[expected.status], daysOverdue });
  });

  test("every boundary is covered", () => {
    const statuses = CASES.map((c) => computeStatus({ tracking: c.tracking, dueDate: c.dueDate }, AS_OF, { dueSoonDays: DUE_SOON_DAYS }).status);
    expect(new Set(statuses)).toEqual(new Set(["overdue", "due-soon", "on-track", "no-deadline", "closed"]));
  });

  test("組室總覽 counts each division's cases by status", async () => {
    const status = (c: CaseRow) => computeStatus({ tracking: c.tracking, dueDate: c.dueDate }, AS_OF, { dueSoonDays: DUE_SOON_DAYS }).status;
    const lookup = divisionLookup(DEFAULT_DIVISIONS);
    const leads = (c: CaseRow, division: string) => belongsTo(c, division, lookup); // the domain's membership rule
    const units = (await rowsOf("組室總覽")).map((row) => String(row.get("組室")));
    expect(units).toEqual(overviewUnits({ cases: CASES, divisions: DEFAULT_DIVISIONS })); // the registry, then 新工處
    for (const row of await rowsOf("組室總覽")) {
      const division = String(row.get("組室"));
      const mine = CASES.filter((c) => leads(c, division));
      expect({ division, open: row.get("未結案"), overdue: row.get("逾期"), dueSoon: row.get("即將到期"), closed: row.get("已結案") }).toEqual({
        division,
        open: mine.filter((c) => status(c) !== "closed").length,
        overdue: mine.filter((c) => status(c) === "overdue").length,
        dueSoon: mine.filter((c) => status(c) === "due-soon").length,
        closed: mine.filter((c) => status(c) === "closed").length,
      });
    }
  });

  test("text that looks like a formula is still text after recalculation", async () => {
    const row = (await rowsOf("列管案件")).find((r) => r.get("列管案號") === "11311");
    expect([row?.get("案由"), row?.get("最新辦理情形")]).toEqual(["=1+1", "@所有人"]);
  });

  test("the file store reads LibreOffice's file back: tables, headers and data intact", async () => {
    const data = unwrap(await fileStore(recalculated).store.read());
    expect(data.cases).toEqual(CASES);
    expect(data.settings).toMatchObject({ asOf: AS_OF, dueSoonDays: DUE_SOON_DAYS });
  });
});
