// Benchmark of the guarantees (README "Guarantees"): peak memory of the CLI reading a 10 MB .docx and a
// .docx just under the 20 MB document.xml cap, and refusing a decompression bomb; and how long a second
// import waits when two run at once on a 10,000-case workbook. Each run is a child process of its own,
// so its peak resident memory (getrusage maxRSS) is its own.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { openFileStore } from "../src/workbook/xlsx/node";
import { docxBomb } from "../test/minutes/read/bombs/makeBombs";
import { writeBigWorkbook } from "../test/workbook/xlsx/concurrency/bigWorkbook";
import type { Figure } from "./measure";

const root = join(__dirname, "..");
const runner = join(root, "test/minutes/read/bombs/runCliMeasured.ts");
const MINUTES_110 = join(root, "test/fixtures/secretariat-110.txt");
const MINUTES_111 = join(root, "test/fixtures/minutes/affairs-111-crlf-bom.txt");

interface Report {
  readonly code: number;
  readonly ms: number;
  readonly maxRssMb: number;
}

/** Runs the CLI in a child process; resolves with its own time (CLI work, start-up excluded) and peak memory. */
function measured(dir: string, name: string, argv: readonly string[]): Promise<Report> {
  const report = join(dir, `${name}.json`);
  const child = spawn(process.execPath, ["--import", "tsx", runner, report, "--", ...argv], { cwd: root, stdio: "ignore" });
  return new Promise((resolve, reject) =>
    child.on("exit", () => {
      try {
        resolve(JSON.parse(readFileSync(report, "utf8")) as Report);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }),
  );
}

const mb = (value: number) => `${value.toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The sample minutes as .docx, padded to `megabytes` with an incompressible image, as scanned signatures make them. */
async function paddedDocx(megabytes: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(join(root, "test/fixtures/minutes/secretariat-110.docx")));
  zip.file("word/media/scan.png", randomBytes(megabytes * 1024 * 1024), { compression: "STORE" });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function readingFigures(dir: string): Promise<Figure[]> {
  const files: { readonly label: string; readonly name: string; readonly bytes: Uint8Array }[] = [
    { label: "the sample .txt (baseline: Node, the CLI and its libraries)", name: "sample.txt", bytes: readFileSync(MINUTES_110) },
    { label: "a 10 MB .docx (the sample and 9.8 MB of image)", name: "ten.docx", bytes: await paddedDocx(9.8) },
    { label: "a .docx whose document.xml is 19 MB (under the 20 MB cap)", name: "nineteen.docx", bytes: docxBomb({ megabytes: 19 }) },
    { label: "a bomb .docx, 100 MB declared (refused)", name: "bomb.docx", bytes: docxBomb() },
    { label: "a bomb .docx, 100 MB declared as 1 KB (refused while inflating)", name: "liar.docx", bytes: docxBomb({ declaredBytes: 1024 }) },
  ];
  const figures: Figure[] = [];
  for (const file of files) {
    const path = join(dir, file.name);
    writeFileSync(path, file.bytes);
    const run = await measured(dir, file.name, ["parse", path]);
    figures.push({
      name: `CLI parse, ${file.label}`,
      value: `peak ${mb(run.maxRssMb)}, ${seconds(run.ms)}, exit ${run.code}, file ${(file.bytes.length / 1024).toFixed(0)} KB`,
    });
  }
  return figures;
}

async function concurrencyFigures(dir: string): Promise<Figure[]> {
  const original = join(dir, "original.xlsx");
  await writeBigWorkbook(original, 10_000);
  const alone = join(dir, "alone.xlsx");
  copyFileSync(original, alone);
  const solo = await measured(dir, "solo", ["import", MINUTES_110, "--workbook", alone]);

  const shared = join(dir, "shared.xlsx");
  copyFileSync(original, shared);
  const [a, b] = await Promise.all([
    measured(dir, "a", ["import", MINUTES_110, "--workbook", shared]),
    measured(dir, "b", ["import", MINUTES_111, "--workbook", shared]),
  ]);
  const meetings = await openFileStore(shared).read();
  const landed = meetings.ok ? meetings.value.meetings.filter((m) => m.number === 110 || m.number === 111).length : 0;
  const [first, second] = [a, b].sort((x, y) => x.ms - y.ms) as [Report, Report];
  return [
    { name: "CLI import into 10,000 cases, alone", value: `${seconds(solo.ms)}, peak ${mb(solo.maxRssMb)}` },
    {
      name: "two CLI imports at once into 10,000 cases",
      value: `${seconds(first.ms)} and ${seconds(second.ms)}: the second waited ~${seconds(Math.max(0, second.ms - solo.ms))} for the lock; ${landed} of 2 meetings landed; exits ${a.code}, ${b.code}`,
    },
  ];
}

/** Figures for `npm run bench`. */
export async function benchGuarantees(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), "bench-guarantees-"));
  try {
    return [...(await readingFigures(dir)), ...(await concurrencyFigures(dir))];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
