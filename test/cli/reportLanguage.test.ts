// `report` and `export` speak the CLI's language: their summaries in English with --lang en (only the
// report's own title and file name, which are the workbook's words, in Chinese), zh-TW by default; and a
// refused option is worded in the language too.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "./support";
import { chineseIn } from "../support/language";

const SAMPLE = join(__dirname, "..", "fixtures", "secretariat-110.txt");

let dir: string;
let workbook: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "report-language-"));
  workbook = join(dir, "列管.xlsx");
  const imported = await run("import", SAMPLE, "--workbook", workbook);
  expect(imported.code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("report", () => {
  test("--lang en: the summary in English", async () => {
    const out = join(dir, "report.odt");
    const result = await run("report", "--workbook", workbook, "--out", out, "--as-of", "2022-04-01", "--lang", "en");
    expect(result.code).toBe(0);
    const lines = result.out.trimEnd().split("\n");
    expect(lines[1]).toMatch(/^as of 2022-04-01: \d+ cases reported, \d+ without an entry$/u);
    expect(lines[2]).toMatch(/^statistics: \d+ tracked, \d+ overdue, \d+ due soon, closure rate /u);
    expect(lines[3]).toMatch(new RegExp(`^wrote ${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(suggested file name: [^)]+\\.odt\\)$`, "u"));
    // the title and the suggested file name are the report's own (Chinese) words; the rest is English
    expect(chineseIn(lines.slice(1).join("\n").replace(/\(suggested file name: [^)]+\)/u, ""))).toBe("");
  });

  test("by default: the summary in zh-TW", async () => {
    const result = await run("report", "--workbook", workbook, "--out", join(dir, "報告.odt"), "--as-of", "2022-04-01");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/\n基準日 2022-04-01；列報 \d+ 案，未填報 \d+ 案\n統計：列管 \d+ 案/u);
  });

  test("a meeting number that is not one, in English, named by its option", async () => {
    const result = await run("report", "--workbook", workbook, "--out", join(dir, "x.odt"), "--meeting", "abc", "--lang", "en");
    expect(result.code).toBe(2);
    expect(result.err.startsWith("--meeting: ")).toBe(true);
    expect(chineseIn(result.err)).toBe("");
  });
});

describe("export", () => {
  test("--lang en: what was written, in English", async () => {
    const out = join(dir, "tracking.ods");
    const result = await run("export", "--workbook", workbook, "--out", out, "--lang", "en");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^wrote .+tracking\.ods: 1 meeting, \d+ cases, \d+ history rows \(an ODF spreadsheet; LibreOffice or Excel recalculates its formulas\)\n$/u);
  });
});
