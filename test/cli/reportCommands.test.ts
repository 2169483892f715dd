import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import JSZip from "jszip";
import { recordProposal } from "../../src/app/report";
import { reportCommands } from "../../src/cli/reportCommands";
import { DEFAULT_DIVISIONS, ok } from "../../src/domain";
import { emptyCase, type CaseRow, type MeetingRow } from "../../src/workbook/model";
import { openFileStore } from "../../src/workbook/xlsx/node";
import { convertWithLibreOffice, requireSoffice } from "../export/libreoffice";
import { cases as reportCases, d, meetings as reportMeetings } from "../report/fixtures";

const NOW = new Date("2022-05-02T01:00:00.000Z");

async function cli(...argv: string[]): Promise<{ out: string; err: string; error: unknown }> {
  let out = "";
  let err = "";
  const stdout = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = jest.spyOn(process.stderr, "write").mockImplementation((chunk) => ((err += String(chunk)), true));
  const program = new Command("minutes-tracker").exitOverride();
  for (const command of reportCommands(() => NOW)) program.addCommand(command);
  try {
    await program.parseAsync(argv, { from: "user" });
    return { out, err, error: null };
  } catch (error) {
    return { out, err, error };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

async function workbookWithEntries(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "report-cli-"));
  const path = join(dir, "列管.xlsx");
  const store = openFileStore(path);
  const meetings: MeetingRow[] = reportMeetings.map((m) => ({ ...m, startTime: "", endTime: "", location: "", chair: "", recorder: "", attendees: "", sourceHash: "", importedAt: "" }));
  const cases: CaseRow[] = reportCases.map((c) => ({ ...emptyCase(c.caseId), ...c }));
  const seeded = await store.update(() => ok({ changes: { meetings, cases, history: [], divisions: DEFAULT_DIVISIONS }, result: true }));
  if (!seeded.ok) throw new Error(seeded.error);
  const ctx = { now: NOW.toISOString(), by: "測試" };
  for (const entry of [
    { caseId: "11101", division: "文書組", progress: "公文系統第一階段完成", proposal: "continue", proposedDue: d("2022-06-30") },
    { caseId: "11002", division: "總務組", progress: "宿舍補強已驗收", proposal: "close", proposedDue: null },
  ] as const) {
    const recorded = await recordProposal(store, { ...entry, meeting: 112 }, ctx);
    if (!recorded.ok) throw new Error(recorded.error);
  }
  return path;
}

describe("report", () => {
  let workbook = "";
  beforeAll(async () => {
    workbook = await workbookWithEntries();
  });

  it("writes the .odt LibreOffice reads, and says what it wrote", async () => {
    await requireSoffice();
    const out = join(workbook, "..", "辦理情形.odt");
    const result = await cli("report", "--workbook", workbook, "--out", out, "--as-of", "2022-05-01");
    expect(result.error).toBeNull();
    expect(result.out).toContain("第 112 次處務會議 上次會議結論事項辦理情形");
    expect(result.out).toContain("列報 6 案，未填報 2 案");
    const text = await readFile(await convertWithLibreOffice(await readFile(out), "r.odt", "txt:Text (encoded):UTF8"), "utf8");
    for (const id of ["9904", "10904", "11002", "11005", "11101", "11104"]) expect(text).toContain(id);
    expect(text).toContain("【文書組】公文系統第一階段完成");
    expect(text).toContain("建議賡續列管（新期限 民國111年6月30日）");
    expect(text).toContain("【總務組】宿舍補強已驗收");
  }, 300_000);

  it("writes a division's own .docx list with --division and --meeting, and --json gives the figures", async () => {
    const out = join(workbook, "..", "總務組.docx");
    const result = await cli("report", "--workbook", workbook, "--out", out, "--division", "總務組", "--meeting", "第112次", "--as-of", "111/05/01", "--json");
    expect(result.error).toBeNull();
    const json = JSON.parse(result.out) as { division: string; cases: { caseId: string }[]; statistics: { total: { tracked: number } } };
    expect(json.division).toBe("總務組");
    expect(json.cases.map((c) => c.caseId)).toEqual(["9904", "11002", "11005"]);
    expect(json.statistics.total.tracked).toBe(4);
    expect((await readFile(out)).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it.each([
    [["--out", "x.pdf"], ".odt 或 .docx"],
    [["--out", "x.odt", "--meeting", "abc"], "--meeting"],
    [["--out", "x.odt", "--as-of", "2022-13-45"], "--as-of"],
    [["--out", "x.odt", "--division", "不存在組"], "不存在組"],
  ])("refuses %j with a message", async (args, message) => {
    const result = await cli("report", "--workbook", workbook, ...args);
    expect(result.error).toBeInstanceOf(Error);
    expect((result.error as Error).message).toContain(message);
  });
});

describe("export", () => {
  it("writes the workbook as .ods with its sheets", async () => {
    const workbook = await workbookWithEntries();
    const out = join(workbook, "..", "列管.ods");
    const result = await cli("export", "--workbook", workbook, "--out", out);
    expect(result.error).toBeNull();
    expect(result.out).toContain("列管案件 8 案");
    const zip = await JSZip.loadAsync(await readFile(out));
    expect(await zip.file("mimetype")?.async("string")).toBe("application/vnd.oasis.opendocument.spreadsheet");
    expect((await zip.file("content.xml")?.async("string")) ?? "").toContain('table:name="列管案件"');
  });

  it("refuses another extension", async () => {
    const result = await cli("export", "--workbook", "x.xlsx", "--out", "x.xlsx");
    expect((result.error as Error).message).toContain(".ods");
  });
});
