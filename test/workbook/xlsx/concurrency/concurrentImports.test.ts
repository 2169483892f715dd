// Two `import`s into one workbook at the same moment, in separate processes (a secretary and a colleague,
// or a scheduled run): both meetings land, whole. The workbook is large enough that one import takes
// over a second, and both CLIs are released together once started, so their read-plan-write overlaps.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, lstatSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openFileStore } from "../../../../src/workbook/xlsx/node";
import { unwrap } from "../../../domain/support";
import { writeBigWorkbook } from "./bigWorkbook";

const root = join(__dirname, "../../../..");
const tsx = join(root, "node_modules/.bin/tsx");
const runner = join(__dirname, "runCliWhenSignalled.ts");
const MINUTES_110 = join(root, "test/fixtures/secretariat-110.txt");
const MINUTES_111 = join(root, "test/fixtures/minutes/affairs-111-crlf-bom.txt");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "concurrent-imports-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Child {
  readonly ready: string;
  readonly done: Promise<{ code: number | null; out: string; err: string }>;
}

/** Starts the CLI in its own process; it runs `argv` once the go-file exists. */
function startCli(name: string, go: string, argv: readonly string[]): Child {
  const ready = join(dir, `${name}.ready`);
  const child = spawn(tsx, [runner, ready, go, "--", ...argv], { cwd: root });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  return { ready, done: new Promise((resolve) => child.on("exit", (code) => resolve({ code, out, err }))) };
}

async function importTogether(workbook: string): Promise<{ code: number | null; out: string; err: string }[]> {
  const go = join(dir, "go");
  const children = [
    startCli("a", go, ["import", MINUTES_110, "--workbook", workbook, "--by", "甲"]),
    startCli("b", go, ["import", MINUTES_111, "--workbook", workbook, "--by", "乙"]),
  ];
  while (!children.every((c) => existsSync(c.ready))) await new Promise((r) => setTimeout(r, 20));
  writeFileSync(go, "");
  return Promise.all(children.map((c) => c.done));
}

async function expectBothMeetings(workbook: string): Promise<void> {
  const data = unwrap(await openFileStore(workbook).read());
  expect(data.meetings.map((m) => m.number).filter((n) => n < 2000).sort()).toEqual([110, 111]);
  const ids = new Set(data.cases.map((c) => c.caseId));
  // 110's new cases and its rulings on earlier ones; 111's new cases and its rulings on 110's
  for (const id of ["11001", "11002", "11007", "9903", "10902", "10801", "11101", "11105", "10904"]) expect(ids).toContain(id);
  const byId = new Map(data.cases.map((c) => [c.caseId, c]));
  expect(byId.get("9903")?.tracking).toBe("closed");
  expect(byId.get("11005")?.tracking).toBe("self-tracked");
  expect(byId.get("11001")?.text).not.toBe("");
  const historyBy = new Set(data.history.map((h) => `${h.meeting ?? ""}|${h.by}`));
  expect(historyBy).toContain("110|甲");
  expect(historyBy).toContain("111|乙");
  expect(data.cases.filter((c) => c.caseId.startsWith("2")).length).toBe(10_000);
}

test(
  "two imports into one large workbook at the same moment both land",
  async () => {
    const workbook = join(dir, "列管.xlsx");
    await writeBigWorkbook(workbook, 10_000);
    const results = await importTogether(workbook);
    for (const r of results) expect({ code: r.code, err: r.err.split("\n").filter((l) => !l.includes(".txt:")).join("\n") }).toEqual({ code: 0, err: "" });
    await expectBothMeetings(workbook);
    // no lock file, no temporary file left behind
    expect(readdirSync(dir).filter((f) => f.endsWith(".xlsx") || f.startsWith("."))).toEqual(["列管.xlsx"]);
  },
  180_000,
);

test(
  "through a symbolic link, both land in the target and the link stays a link",
  async () => {
    const target = join(dir, "shared", "列管.xlsx");
    const link = join(dir, "我的列管.xlsx");
    await import("node:fs/promises").then((fs) => fs.mkdir(join(dir, "shared")));
    await writeBigWorkbook(target, 10_000);
    symlinkSync(target, link);
    const go = join(dir, "go");
    // one writer through the link, one through the target itself: one lock, one file
    const children = [
      startCli("a", go, ["import", MINUTES_110, "--workbook", link, "--by", "甲"]),
      startCli("b", go, ["import", MINUTES_111, "--workbook", target, "--by", "乙"]),
    ];
    while (!children.every((c) => existsSync(c.ready))) await new Promise((r) => setTimeout(r, 20));
    writeFileSync(go, "");
    for (const r of await Promise.all(children.map((c) => c.done))) expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    await expectBothMeetings(target);
    expect(readdirSync(join(dir, "shared"))).toEqual(["列管.xlsx"]);
  },
  180_000,
);
