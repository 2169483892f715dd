// The `parse` command: its JSON contract, the same record from every format, and exit 2 for unusable input.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { run } from "./support";

const ROOT = join(__dirname, "..", "..");
const SAMPLE = "test/fixtures/secretariat-110.txt";

async function parseJson(path: string): Promise<Record<string, unknown>> {
  const { code, out, err } = await run("parse", path, "--json");
  expect({ code, err }).toEqual({ code: 0, err: "" });
  return JSON.parse(out) as Record<string, unknown>;
}

function npmCli(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync("npm", ["run", "--silent", "cli", "--", ...args], { cwd: ROOT, encoding: "utf8" });
}

describe("parse --json as another tool runs it (child process)", () => {
  let child: SpawnSyncReturns<string>;
  beforeAll(() => {
    child = npmCli("parse", SAMPLE, "--json");
  });

  test("exits 0 with exactly one JSON document on stdout and nothing on stderr", () => {
    expect(child.status).toBe(0);
    expect(child.stderr).toBe("");
    expect(() => JSON.parse(child.stdout) as unknown).not.toThrow();
  });

  test("the document has the contract's shape and the sample's meeting", () => {
    const json = JSON.parse(child.stdout) as {
      meeting: Record<string, unknown>;
      decisions: Record<string, unknown>[];
      items: Record<string, unknown>[];
      warnings: Record<string, unknown>[];
    };
    expect(Object.keys(json)).toEqual(["meeting", "decisions", "items", "warnings"]);
    expect(Object.keys(json.meeting)).toEqual(["organization", "name", "number", "date", "startTime", "endTime", "location", "chair", "recorder", "attendees"]);
    expect(json.meeting).toMatchObject({ number: 110, date: "2022-03-17", startTime: "10:00", endTime: "10:50", location: "視訊會議", chair: "陳志銘", recorder: "許菁芳" });
    for (const d of json.decisions) expect(Object.keys(d)).toEqual(["caseId", "decision", "line", "text"]);
    for (const i of json.items) expect(Object.keys(i)).toEqual(["caseId", "section", "text", "divisions", "supporting", "dueDate", "dueText", "line"]);
    for (const w of json.warnings) expect(Object.keys(w)).toEqual(["line", "message"]);
    expect(json.items.length).toBeGreaterThan(0);
  });

  test("a missing file exits 2 with one line on stderr and nothing on stdout", () => {
    const missing = npmCli("parse", "no-such-minutes.txt", "--json");
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toBe("無法讀取檔案「no-such-minutes.txt」：找不到這個檔案\n");
  });
});

describe("every format of the sample gives the same record as the text", () => {
  let expected: Record<string, unknown>;
  beforeAll(async () => {
    expected = await parseJson(join(ROOT, SAMPLE));
  });

  test.each([["secretariat-110.docx"], ["secretariat-110.odt"], ["secretariat-110-big5.txt"]])("%s", async (file) => {
    // The readers reproduce the text line for line, so even the line numbers agree.
    expect(await parseJson(join(ROOT, "test/fixtures/minutes", file))).toEqual(expected);
  });
});

describe("minutes whose items Word and Writer number automatically give the same record as the typed text", () => {
  test.each([["public-works-45.docx"], ["public-works-45.odt"]])("%s", async (file) => {
    const expected = await parseJson(join(ROOT, "test/fixtures/minutes/public-works-45.txt"));
    expect((expected.items as unknown[]).length).toBeGreaterThan(0);
    expect(await parseJson(join(ROOT, "test/fixtures/minutes", file))).toEqual(expected);
  });
});

describe("without --json: a zh-TW summary", () => {
  test("header lines, rulings, new cases and warnings", async () => {
    const { code, out } = await run("parse", join(ROOT, SAMPLE));
    expect(code).toBe(0);
    const lines = out.split("\n");
    expect(lines[0]).toBe("臺北市政府秘書處 處務會議 第 110 次");
    expect(lines[1]).toBe("時間：2022-03-17（民國111年3月17日） 10:00–10:50");
    expect(lines[2]).toBe("地點：視訊會議");
    expect(lines[3]).toBe("主席：陳志銘　紀錄：許菁芳");
    expect(out).toMatch(/^列管決定（\d+ 案）$/m);
    expect(out).toMatch(/^ {2}9903 +解除列管 +第 \d+ 行$/m);
    expect(out).toMatch(/^ {2}9904 +賡續列管 +第 \d+ 行$/m);
    expect(out).toMatch(/^新列管案件（\d+ 案）$/m);
    expect(out).toMatch(/^ {2}11001 {2}主辦 \S+.* {2}第 \d+ 行$/m);
  });
});

describe("unusable input exits 2 with a one-line reason", () => {
  let dir: string;
  const at = (name: string) => join(dir, name);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "parse-command-"));
    writeFileSync(at("empty.txt"), "");
    writeFileSync(at("blank.txt"), "  \r\n\t\n");
    writeFileSync(at("binary.bin"), Buffer.from([0x41, 0x00, 0x42, 0x01]));
    writeFileSync(at("scan.png"), Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));
    writeFileSync(at("big.txt"), "");
    truncateSync(at("big.txt"), 10 * 1024 * 1024 + 1);
    writeFileSync(at("notes.txt"), "今天天氣很好，大家辛苦了。\n");
    const docx = new JSZip().file("word/document.xml", "<w:document/>");
    writeFileSync(at("cut.docx"), (await docx.generateAsync({ type: "nodebuffer" })).subarray(0, 30));
    mkdirSync(at("folder.txt"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    ["a missing file", "missing.txt", "無法讀取檔案「{dir}/missing.txt」：找不到這個檔案"],
    ["a directory", "folder.txt", "無法讀取檔案「{dir}/folder.txt」：這是資料夾，不是檔案"],
    ["an empty file", "empty.txt", "檔案「{dir}/empty.txt」是空的（0 位元組）"],
    ["only whitespace", "blank.txt", "檔案「{dir}/blank.txt」沒有文字內容（只有空白）"],
    ["a binary file", "binary.bin", "檔案「{dir}/binary.bin」不是文字檔：第 2 個位元組是 NUL（可能是二進位檔，或沒有 BOM 的 UTF-16 文字）"],
    ["an image", "scan.png", "檔案「{dir}/scan.png」是 PNG 圖片，不是會議紀錄：請提供 .docx、.odt 或文字檔"],
    ["a file over 10 MB", "big.txt", "檔案「{dir}/big.txt」太大（10.1 MB）：上限為 10 MB"],
    ["a damaged .docx", "cut.docx", "檔案「{dir}/cut.docx」是損壞的壓縮檔，無法開啟（.docx 或 .odt 文件可能不完整或已損毀）"],
  ])("%s", async (_name, file, message) => {
    for (const json of [[], ["--json"]]) {
      const { code, out, err } = await run("parse", at(file), ...json);
      expect({ code, out, err }).toEqual({ code: 2, out: "", err: `${message.replace("{dir}", dir)}\n` });
    }
  });

  test("text without a meeting header", async () => {
    const { code, out, err } = await run("parse", at("notes.txt"), "--json");
    expect({ code, out }).toEqual({ code: 2, out: "" });
    expect(err.startsWith(`檔案「${at("notes.txt")}」找不到會議標頭`)).toBe(true);
    expect(err.indexOf("\n")).toBe(err.length - 1);
  });

  test("no file argument", async () => {
    const { code, err } = await run("parse");
    expect(code).toBe(2);
    expect(err).toBe("error: missing required argument 'file'\n");
  });
});
