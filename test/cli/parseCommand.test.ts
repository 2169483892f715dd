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
    for (const i of json.items) expect(Object.keys(i)).toEqual(["caseId", "section", "text", "divisions", "supporting", "people", "dueDate", "dueText", "line"]);
    for (const w of json.warnings) expect(Object.keys(w)).toEqual(["line", "code", "params", "message"]);
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
    expect(out).toMatch(/^對先前案件的裁示（\d+ 案）$/m);
    expect(out).toMatch(/^ {2}9903 +解除列管 +第 \d+ 行$/m);
    expect(out).toMatch(/^ {2}9904 +賡續列管 +第 \d+ 行$/m);
    expect(out).toMatch(/^新列管案件（\d+ 案）$/m);
    expect(out).toMatch(/^ {2}11001 {2}主辦 \S+.* {2}第 \d+ 行$/m);
  });
});

describe("warnings and the header import needs", () => {
  let dir: string;
  const ITEM = "會議結論：\n（一）請總務組於二週內完成盤點。\n";
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "parse-header-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("without --json the warnings go to stderr as file:line: message", async () => {
    const file = join(ROOT, SAMPLE);
    const { warnings } = (await parseJson(file)) as { warnings: { line: number; message: string }[] };
    expect(warnings.length).toBeGreaterThan(0);
    const { code, out, err } = await run("parse", file);
    expect(code).toBe(0);
    expect(err).toBe(warnings.map((w) => `${file}:${w.line}: ${w.message}\n`).join(""));
    expect(out).toContain(`\n警告 ${warnings.length} 則（見標準錯誤輸出）\n`);
  });

  test.each([
    [
      "no meeting number",
      `處務會議紀錄\n時間：民國111年4月21日上午10時\n${ITEM}`,
      "沒有會議次別（標題中找不到「第N次…會議」），匯入時會被拒絕。請在紀錄標題寫明次別，或加上 --number <次別> 指定，例如 --number 112",
    ],
    [
      "a meeting date that does not exist",
      `第 112 次處務會議紀錄\n時間：111年2月30日上午10時\n${ITEM}`,
      "第 2 行的會議日期無法換算（日期「111年2月30日」不存在：111 年（2022 年）2 月只有 28 天），匯入時會被拒絕。請更正紀錄第 2 行的日期，或加上 --date <日期> 指定，例如 --date 2022-03-17",
    ],
  ])("minutes with %s are shown, with a note on stderr that import refuses them", async (_name, text, note) => {
    const file = write("minutes.txt", text);
    const { code, err } = await run("parse", file);
    expect(code).toBe(0);
    expect(err.trimEnd().split("\n").at(-1)).toBe(`注意：「${file}」${note}`);
  });

  test.each<[string, string, string[], Record<string, unknown>, Record<string, unknown>]>([
    ["--number", `處務會議紀錄\n時間：民國111年4月21日上午10時\n${ITEM}`, ["--number", "112"], { number: 112, date: "2022-04-21" }, { caseId: "11201", dueDate: "2022-05-05" }],
    ["--date", `第 112 次處務會議紀錄\n地點：本府\n${ITEM}`, ["--date", "111/03/17"], { number: 112, date: "2022-03-17" }, { caseId: "11201", dueDate: "2022-03-31" }],
  ])("%s stands in for the minutes' header, and the warnings it answers go", async (_name, text, args, meeting, item) => {
    const file = write("minutes.txt", text);
    const { code, out, err } = await run("parse", file, ...args, "--json");
    expect({ code, err }).toEqual({ code: 0, err: "" });
    const json = JSON.parse(out) as { meeting: unknown; items: unknown[]; warnings: unknown[] };
    expect(json.meeting).toMatchObject(meeting);
    expect(json.items).toEqual([expect.objectContaining(item)]);
    expect(json.warnings).toEqual([]);
  });

  test("a bad --date exits 2 with its reason", async () => {
    const file = write("minutes.txt", `第 112 次處務會議紀錄\n地點：本府\n${ITEM}`);
    expect(await run("parse", file, "--date", "2022-13-45")).toEqual({ code: 2, out: "", err: "--date：日期「2022-13-45」不存在：月份須為 1–12\n" });
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

  test("text without a meeting header is no longer refused: it is shown with warnings and a note that import refuses it", async () => {
    const json = await run("parse", at("notes.txt"), "--json");
    expect({ code: json.code, err: json.err }).toEqual({ code: 0, err: "" });
    const record = JSON.parse(json.out) as { meeting: { number: unknown; date: unknown }; warnings: unknown[] };
    expect(record.meeting).toMatchObject({ number: null, date: null });
    expect(record.warnings.length).toBeGreaterThan(0);

    const { code, err } = await run("parse", at("notes.txt"));
    expect(code).toBe(0);
    expect(err.trimEnd().split("\n").at(-1)).toBe(
      `注意：「${at("notes.txt")}」沒有會議次別（標題中找不到「第N次…會議」）；沒有會議日期（「時間：」或「日期：」行中找不到日期），匯入時會被拒絕。` +
        "請在紀錄標題寫明次別並在紀錄中寫明會議日期，或加上 --number <次別> --date <日期> 指定，例如 --number 112 --date 2022-03-17",
    );
  });

  test("no file argument", async () => {
    const { code, err } = await run("parse");
    expect(code).toBe(2);
    expect(err).toBe("缺少參數 <file>\n");
  });
});
