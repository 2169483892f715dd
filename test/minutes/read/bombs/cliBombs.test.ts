// Decompression bombs through the CLI, in a process of its own whose peak memory is measured: a .docx and
// an .odt whose main XML inflates to ~100 MB from ~350 KB are each one line on stderr, exit code 2, in
// under 5 s and 500 MB, whether the zip declares the true size or lies about it. The child's heap is
// limited to 1 GB so that a reader without caps fails here fast instead of taking the machine's memory.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { docxBomb, odtBomb } from "./makeBombs";

const root = join(__dirname, "../../../..");
const runner = join(__dirname, "runCliMeasured.ts");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bombs-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Measured {
  readonly code: number | null;
  readonly stderr: string;
  readonly report: { code: number; ms: number; maxRssMb: number } | null;
}

function runMeasured(argv: readonly string[]): Promise<Measured> {
  const report = join(dir, "report.json");
  rmSync(report, { force: true });
  const child = spawn(process.execPath, ["--max-old-space-size=1024", "--import", "tsx", runner, report, "--", ...argv], { cwd: root });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.resume();
  return new Promise((resolve) =>
    child.on("exit", (code) =>
      resolve({ code, stderr, report: existsSync(report) ? (JSON.parse(readFileSync(report, "utf8")) as Measured["report"]) : null }),
    ),
  );
}

describe.each<[string, string, () => Uint8Array, string]>([
  ["a .docx declaring its 100 MB", "bomb.docx", () => docxBomb(), "是 Word 文件，但 word/document.xml 解壓縮後超過 20 MB 上限（可能是惡意的壓縮炸彈），未讀取"],
  ["a .docx claiming 1 KB", "liar.docx", () => docxBomb({ declaredBytes: 1024 }), "是 Word 文件，但 word/document.xml 解壓縮後超過 20 MB 上限（可能是惡意的壓縮炸彈），未讀取"],
  ["an .odt claiming 1 KB", "liar.odt", () => odtBomb({ declaredBytes: 1024 }), "是 ODF 文件，但 content.xml 解壓縮後超過 20 MB 上限（可能是惡意的壓縮炸彈），未讀取"],
])("%s", (_, name, make, reason) => {
  test(
    "`parse` refuses it in one line, under 5 s and 500 MB",
    async () => {
      const path = join(dir, name);
      const bytes = make();
      expect(bytes.length).toBeLessThan(400 * 1024);
      writeFileSync(path, bytes);
      const run = await runMeasured(["parse", path]);
      expect(run.stderr).toBe(`檔案「${path}」${reason}\n`);
      expect(run.code).toBe(2);
      expect(run.report?.ms).toBeLessThan(5_000);
      expect(run.report?.maxRssMb).toBeLessThan(500);
    },
    60_000,
  );
});

test(
  "`import` of a bomb writes nothing: no workbook is created",
  async () => {
    const path = join(dir, "import-liar.docx");
    writeFileSync(path, docxBomb({ declaredBytes: 1024 }));
    const workbook = join(dir, "列管.xlsx");
    const run = await runMeasured(["import", path, "--workbook", workbook]);
    expect(run.stderr).toBe(`檔案「${path}」是 Word 文件，但 word/document.xml 解壓縮後超過 20 MB 上限（可能是惡意的壓縮炸彈），未讀取\n`);
    expect(run.code).toBe(2);
    expect(run.report?.maxRssMb).toBeLessThan(500);
    expect(existsSync(workbook)).toBe(false);
  },
  60_000,
);
