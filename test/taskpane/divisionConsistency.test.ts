// One meaning of "my division": on the same workbook (the sample 110th meeting, then a 111th with 各組室,
// 各組 and an outside unit, 新工處), the pane's 總覽 counts, the CLI's `status --division` and the sheet's
// 組室總覽 formulas recalculated by LibreOffice agree for every division. LibreOffice is required
// (Debian package libreoffice-calc, installed by .ci/run).
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { divisionLookup, ok, type ComputedStatus, type IsoDate } from "../../src/domain";
import { divisionCounts, type DivisionCount } from "../../src/taskpane/tabs/overview/counts";
import type { WorkbookData } from "../../src/workbook/model";
import { openFileStore } from "../../src/workbook/xlsx/node";
import { run } from "../cli/support";

const exec = promisify(execFile);
const AS_OF = "2022-04-27" as IsoDate; // 11105 (4 月 25 日前) overdue, 11101 (4 月底前) due soon
const FIXTURES = join(__dirname, "..", "fixtures");

type Counts = Omit<DivisionCount, "division">;
let dir: string;
let data: WorkbookData;
let sheet: Map<string, Counts>;

/** What a cell shows: a formula's result as LibreOffice computed it, else its value. */
function shown(c: ExcelJS.Cell): unknown {
  return c.type === ExcelJS.ValueType.Formula ? c.result : c.value;
}

async function sheetCounts(path: string): Promise<Map<string, Counts>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  const ws = workbook.getWorksheet("組室總覽");
  if (!ws) throw new Error("LibreOffice's file has no 組室總覽 sheet");
  const headers = (ws.getRow(1).values as unknown[]).map(String);
  const at = (r: number, header: string): unknown => shown(ws.getCell(r, headers.indexOf(header)));
  const counts = new Map<string, Counts>();
  for (let r = 2; r <= ws.rowCount; r++) {
    const division = at(r, "組室");
    if (typeof division !== "string" || division === "") continue;
    counts.set(division, { open: Number(at(r, "未結案")), overdue: Number(at(r, "逾期")), dueSoon: Number(at(r, "即將到期")), closed: Number(at(r, "已結案")) });
  }
  return counts;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "division-consistency-"));
  const path = join(dir, "列管.xlsx");
  const imported = await run("import", join(FIXTURES, "secretariat-110.txt"), join(FIXTURES, "secretariat-111-deadlines.txt"), "--workbook", path, "--by", "測試");
  if (imported.code !== 0) throw new Error(`import failed: ${imported.err}`);
  // The sheet's 基準日 fixed, as a secretary types one in 設定, so the formulas count on the same day.
  const store = openFileStore(path);
  const patched = await store.update(() => ok({ changes: { meetings: [], cases: [], history: [], settings: { asOf: AS_OF } }, result: true }));
  if (!patched.ok) throw new Error(patched.error);
  const read = await store.read();
  if (!read.ok) throw new Error(read.error);
  data = read.value;
  const profile = pathToFileURL(join(dir, "profile")).href;
  await exec("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--calc", "--convert-to", "xlsx", "--outdir", join(dir, "out"), path], { timeout: 240_000 });
  sheet = await sheetCounts(join(dir, "out", "列管.xlsx"));
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The CLI's cases for one division, counted by status like 總覽. */
async function cliCounts(division: string): Promise<Counts> {
  const { code, out, err } = await run("status", "--workbook", join(dir, "列管.xlsx"), "--division", division, "--as-of", AS_OF, "--json");
  if (code !== 0) throw new Error(err);
  const rows = JSON.parse(out) as { status: ComputedStatus }[];
  const count = (test: (s: ComputedStatus) => boolean) => rows.filter((r) => test(r.status)).length;
  return { open: count((s) => s !== "closed"), overdue: count((s) => s === "overdue"), dueSoon: count((s) => s === "due-soon"), closed: count((s) => s === "closed") };
}

describe("pane 總覽 = CLI status --division = LibreOffice's 組室總覽", () => {
  test("the workbook holds what the test needs: collective words and a unit outside the registry", () => {
    const owners = data.cases.flatMap((c) => [...c.lead, ...c.supporting]).join("、");
    expect(owners).toMatch(/各組室/);
    expect(owners).toMatch(/各組(?!室)/);
    expect(owners).toMatch(/新工處/);
  });

  test("the same rows: every registry division, then the outside unit; no row for 各組室", () => {
    const pane = divisionCounts(data, divisionLookup(data.divisions), AS_OF).map((c) => c.division);
    expect([...sheet.keys()]).toEqual(pane);
    expect(pane.slice(-1)).toEqual(["新工處"]);
    expect(pane).not.toContain("各組室");
  });

  test("the same figures for every division", async () => {
    const pane = divisionCounts(data, divisionLookup(data.divisions), AS_OF);
    for (const { division, ...counts } of pane) {
      expect({ division, sheet: sheet.get(division), cli: await cliCounts(division) }).toEqual({ division, sheet: counts, cli: counts });
    }
    // not a vacuous agreement: 總務組 has cases of its own, supported and for all divisions; 新工處 leads one
    const of = (name: string) => pane.find((c) => c.division === name);
    expect(of("總務組")?.open).toBeGreaterThanOrEqual(4);
    expect(of("機要組")?.open).toBeGreaterThanOrEqual(3);
    expect(of("新工處")).toMatchObject({ open: 2 });
    expect(pane.some((c) => c.overdue > 0) && pane.some((c) => c.dueSoon > 0)).toBe(true);
  }, 120_000);
});
