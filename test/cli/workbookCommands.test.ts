// The workbook commands of the CLI: import minutes into a workbook (created when missing, re-import
// changes nothing) and list the cases' status from it; bad input exits 2 with one line.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CaseStatusJson } from "../../src/cli/workbookCommands";
import type { ImportSummary } from "../../src/workbook/applyMeeting";
import { openFileStore } from "../../src/workbook/xlsx/node";
import { unwrap } from "../domain/support";
import { editWithExcelJs, sheet } from "../workbook/xlsx/support";
import { run } from "./support";

const fixtures = join(__dirname, "../fixtures");
const M110 = join(fixtures, "secretariat-110.txt");
const M111 = join(fixtures, "minutes/affairs-111-crlf-bom.txt");

let dir: string;
let book: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cli-workbook-"));
  book = join(dir, "列管.xlsx");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface ImportReport {
  workbook: string;
  created: boolean;
  files: (ImportSummary & { file: string; date: string; overrides: Record<string, unknown>; warnings: { line: number; message: string }[] })[];
}

const report = (out: string) => JSON.parse(out) as ImportReport;
const statuses = (out: string) => JSON.parse(out) as CaseStatusJson[];

const importBoth = () => run("import", M110, M111, "--workbook", book, "--by", "許菁芳", "--json");

describe("import", () => {
  test("creates the workbook and reports what each file changed", async () => {
    const { code, out, err } = await importBoth();
    expect(err).toBe("");
    expect(code).toBe(0);
    const { files, ...rest } = report(out);
    expect(rest).toEqual({ workbook: book, created: true });
    expect(files.map((f) => f.file)).toEqual([M110, M111]);
    expect(files[0]).toMatchObject({ meeting: 110, meetingChange: "added", placeholders: ["9903", "10902", "10903", "9904", "10502", "10803", "10801", "10901"], unchanged: false });
    expect(files[0]?.newCases).toHaveLength(9);
    expect(files[1]).toMatchObject({ meeting: 111, meetingChange: "added", newCases: ["11101", "11102", "11103", "11104", "11105"], placeholders: ["10904"] });
    expect(files[1]?.rulingsApplied).toContainEqual({ caseId: "11005", decision: "self-tracked" });
  });

  test("writes who imported and the SHA-256 of each file", async () => {
    await importBoth();
    const data = unwrap(await openFileStore(book).read());
    expect(data.meetings.map((m) => m.sourceHash)).toEqual([M110, M111].map((f) => createHash("sha256").update(readFileSync(f)).digest("hex")));
    expect(new Set(data.history.map((h) => h.by))).toEqual(new Set(["許菁芳"]));
    expect(data.cases).toHaveLength(23);
  });

  test("importing the same minutes again changes nothing, not a byte", async () => {
    await importBoth();
    const before = readFileSync(book);
    const { code, out } = await run("import", M111, M110, "--workbook", book, "--json");
    expect(code).toBe(0);
    const { created, files } = report(out);
    expect(created).toBe(false);
    expect(files.map((f) => [f.unchanged, f.meetingChange])).toEqual([
      [true, "unchanged"],
      [true, "unchanged"],
    ]);
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  test("prints a zh-TW summary without --json", async () => {
    const { code, out } = await run("import", M110, "--workbook", book);
    expect(code).toBe(0);
    expect(out).toContain(`活頁簿：${book}（新建立）`);
    expect(out).toContain(`${M110}：第 110 次會議（新增）`);
    expect(out).toContain("  新列管案件 9 案：11001、11002、11003、11004、11005、11006、11007、11008、11009");
    expect(out).toContain("  補建案件（內容待補）8 案：9903、10902、10903、9904、10502、10803、10801、10901");
    const again = await run("import", M110, "--workbook", book);
    expect(again.out).toContain(`${M110}：第 110 次會議：活頁簿已有這份紀錄，無任何變更`);
  });

  test("a minutes file that does not exist exits 2 and creates no workbook", async () => {
    const { code, out, err } = await run("import", join(dir, "none.txt"), "--workbook", book);
    expect({ code, out, err }).toEqual({ code: 2, out: "", err: `無法讀取檔案「${join(dir, "none.txt")}」：找不到這個檔案\n` });
    expect(existsSync(book)).toBe(false);
  });

  test("minutes without any header exit 2 naming the file and create no workbook", async () => {
    // Refused by the parser (找不到會議標頭) or, once it reads such minutes with warnings, by import itself.
    const file = join(dir, "no-header.txt");
    writeFileSync(file, "今天天氣很好，大家辛苦了。\n");
    const { code, out, err } = await run("import", file, "--workbook", book);
    expect({ code, out }).toEqual({ code: 2, out: "" });
    expect(err.trimEnd().split("\n").at(-1)).toContain(`「${file}」`);
    expect(existsSync(book)).toBe(false);
  });

  test("a workbook that is not an .xlsx exits 2 and is left alone", async () => {
    writeFileSync(book, "not a workbook");
    const { code, err } = await run("import", M110, "--workbook", book);
    expect(code).toBe(2);
    expect(err).toBe(`「${book}」不是 Excel 活頁簿（.xlsx）：內容不是 .xlsx 的壓縮格式\n`);
    expect(readFileSync(book, "utf8")).toBe("not a workbook");
  });

  test("a workbook open in Excel exits 2 and is left alone", async () => {
    await run("import", M110, "--workbook", book);
    const before = readFileSync(book);
    writeFileSync(join(dir, "~$列管.xlsx"), "");
    const { code, err } = await run("import", M111, "--workbook", book);
    expect(code).toBe(2);
    expect(err).toMatch(/^匯入「.*affairs-111-crlf-bom\.txt」失敗：無法寫入活頁簿「.*」：Excel 正開著它/);
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  test("--workbook is required", async () => {
    const { code, err } = await run("import", M110);
    expect(code).toBe(2);
    expect(err).toContain("--workbook");
  });
});

// Minutes whose header lacks what the workbook needs; the one item's deadline (二週內) needs the date.
const ITEM = "會議結論：\n（一）請總務組於二週內完成盤點。\n";
const HEADERLESS = {
  noNumber: `處務會議紀錄\n時間：民國111年4月21日上午10時\n${ITEM}`,
  noDate: `第 112 次處務會議紀錄\n地點：本府\n${ITEM}`,
  badDate: `第 112 次處務會議紀錄\n時間：111年2月30日上午10時\n${ITEM}`,
};
type Headerless = keyof typeof HEADERLESS;

const writeMinutes = (name: Headerless) => {
  const file = join(dir, `${name}.txt`);
  writeFileSync(file, HEADERLESS[name]);
  return file;
};

/** The parser's warnings for a file, as `parse --json` reports them. */
async function parsedWarnings(file: string): Promise<{ line: number; message: string }[]> {
  const { code, out } = await run("parse", file, "--json");
  expect(code).toBe(0);
  return (JSON.parse(out) as { warnings: { line: number; message: string }[] }).warnings;
}

const lines = (err: string) => err.trimEnd().split("\n");

describe("import shows the parser's warnings", () => {
  test("on stderr as file:line: message, every file's, without --json", async () => {
    const { code, err } = await run("import", M110, M111, "--workbook", book);
    expect(code).toBe(0);
    const expected = [];
    for (const file of [M110, M111]) expected.push(...(await parsedWarnings(file)).map((w) => `${file}:${w.line}: ${w.message}`));
    expect(expected.length).toBeGreaterThan(0);
    expect(lines(err)).toEqual(expected);
  });

  test("in each file's entry with --json, and nothing on stderr", async () => {
    const { code, out, err } = await importBoth();
    expect({ code, err }).toEqual({ code: 0, err: "" });
    const { files } = report(out);
    expect(files.map((f) => f.warnings)).toEqual([await parsedWarnings(M110), await parsedWarnings(M111)]);
    expect(files[0]?.warnings.length).toBeGreaterThan(0);
  });

  test("after --date, the impossible date in the minutes is still shown and the deadline it blocked is not", async () => {
    const file = writeMinutes("badDate");
    const warning = "會議日期無法換算：日期「111年2月30日」不存在：111 年（2022 年）2 月只有 28 天";
    const human = await run("import", file, "--date", "111/02/28", "--workbook", book);
    expect(human.code).toBe(0);
    expect(human.err).toBe(`${file}:2: ${warning}\n`);
    expect(human.out).toContain("  會議日期依 --date 為 2022-02-28（紀錄中沒有可用的日期）\n  新列管案件 1 案：11201\n  警告 1 則（見標準錯誤輸出）\n");
    rmSync(book);
    const json = await run("import", file, "--date", "111/02/28", "--workbook", book, "--json");
    expect(report(json.out).files[0]).toMatchObject({ meeting: 112, date: "2022-02-28", overrides: { date: { minutes: null, option: "2022-02-28" } }, warnings: [{ line: 2, message: warning }] });
  });
});

describe("import refuses minutes without a meeting number or a real meeting date", () => {
  test.each<[string, Headerless, (file: string) => string]>([
    [
      "without a meeting number",
      "noNumber",
      (f) => `無法匯入「${f}」：沒有會議次別（標題中找不到「第N次…會議」）。請在紀錄標題寫明次別，或加上 --number <次別> 指定，例如 --number 112`,
    ],
    [
      "without a meeting date",
      "noDate",
      (f) => `無法匯入「${f}」：沒有會議日期（「時間：」或「日期：」行中找不到日期）。請在紀錄中寫明會議日期，或加上 --date <日期> 指定，例如 --date 2022-03-17`,
    ],
    [
      "with a meeting date that does not exist",
      "badDate",
      (f) =>
        `無法匯入「${f}」：第 2 行的會議日期無法換算（日期「111年2月30日」不存在：111 年（2022 年）2 月只有 28 天）。請更正紀錄第 2 行的日期，或加上 --date <日期> 指定，例如 --date 2022-03-17`,
    ],
  ])("minutes %s exit 2 and leave the workbook byte-identical", async (_name, minutes, message) => {
    expect((await run("import", M110, "--workbook", book)).code).toBe(0);
    const before = readFileSync(book);
    const file = writeMinutes(minutes);

    const json = await run("import", file, "--workbook", book, "--json");
    expect(json).toEqual({ code: 2, out: "", err: `${message(file)}\n` });
    // Without --json the parser's warnings come first, then the reason.
    const human = await run("import", file, "--workbook", book);
    expect({ code: human.code, out: human.out }).toEqual({ code: 2, out: "" });
    expect(lines(human.err).at(-1)).toBe(message(file));
    expect(lines(human.err).slice(0, -1)).toEqual((await parsedWarnings(file)).map((w) => `${file}:${w.line}: ${w.message}`));
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  test("no workbook is created for them", async () => {
    const { code } = await run("import", writeMinutes("noDate"), "--workbook", book);
    expect(code).toBe(2);
    expect(existsSync(book)).toBe(false);
  });

  test("several files with one bad: every file is checked first and nothing is written", async () => {
    expect((await run("import", M110, "--workbook", book)).code).toBe(0);
    const before = readFileSync(book);
    const bad = writeMinutes("badDate");
    const { code, out, err } = await run("import", M111, bad, "--workbook", book, "--json");
    expect({ code, out }).toEqual({ code: 2, out: "" });
    expect(lines(err)).toEqual([
      `無法匯入「${bad}」：第 2 行的會議日期無法換算（日期「111年2月30日」不存在：111 年（2022 年）2 月只有 28 天）。請更正紀錄第 2 行的日期，或單獨匯入這個檔案並加上 --date <日期> 指定，例如 --date 2022-03-17`,
      "2 個檔案都未匯入：活頁簿沒有任何變更",
    ]);
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  test("several bad files: one line for each", async () => {
    const [noNumber, noDate] = [writeMinutes("noNumber"), writeMinutes("noDate")];
    const { code, err } = await run("import", noNumber, M110, noDate, "--workbook", book, "--json");
    expect(code).toBe(2);
    expect(lines(err).map((l) => /^無法匯入「(.*?)」/.exec(l)?.[1] ?? l)).toEqual([noNumber, noDate, "3 個檔案都未匯入：活頁簿沒有任何變更"]);
    expect(existsSync(book)).toBe(false);
  });
});

describe("import --number / --date", () => {
  test.each<[string, Headerless, string[], { number: number; date: string }, string]>([
    ["--number fills a missing number", "noNumber", ["--number", "112"], { number: 112, date: "2022-04-21" }, "2022-05-05"],
    ["--number in full-width digits", "noNumber", ["--number", "１１２"], { number: 112, date: "2022-04-21" }, "2022-05-05"],
    ["--date fills a missing date", "noDate", ["--date", "2022-03-17"], { number: 112, date: "2022-03-17" }, "2022-03-31"],
    ["--date replaces a date that does not exist", "badDate", ["--date", "111/02/28"], { number: 112, date: "2022-02-28" }, "2022-03-14"],
    ["--date in ROC words", "badDate", ["--date", "民國111年3月1日"], { number: 112, date: "2022-03-01" }, "2022-03-15"],
  ])("%s: the meeting row, the case and its deadline follow it", async (_name, minutes, args, meeting, dueDate) => {
    const { code, err } = await run("import", writeMinutes(minutes), ...args, "--workbook", book, "--json");
    expect({ code, err }).toEqual({ code: 0, err: "" });
    const data = unwrap(await openFileStore(book).read());
    expect(data.meetings).toEqual([expect.objectContaining(meeting)]);
    expect(data.cases).toEqual([expect.objectContaining({ caseId: `${meeting.number}01`, meeting: meeting.number, dueDate, dueText: "二週內" })]);
    expect(data.history.map((h) => h.date)).toEqual([meeting.date]);
  });

  test("they override the minutes' own number and date, and say so", async () => {
    const { code, out } = await run("import", M110, "--number", "120", "--date", "2022-03-18", "--workbook", book);
    expect(code).toBe(0);
    expect(out).toContain(`${M110}：第 120 次會議（新增）\n  會議次別依 --number 為第 120 次（紀錄寫第 110 次）\n  會議日期依 --date 為 2022-03-18（紀錄寫 2022-03-17）\n`);
    const data = unwrap(await openFileStore(book).read());
    expect(data.meetings.map((m) => [m.number, m.date])).toEqual([[120, "2022-03-18"]]);
    expect(data.cases.filter((c) => c.meeting === 120).map((c) => c.caseId)).toEqual(["12001", "12002", "12003", "12004", "12005", "12006", "12007", "12008", "12009"]);
  });

  test.each<[string, string[], string]>([
    ["a month that does not exist", ["--date", "2022-13-45"], "--date：日期「2022-13-45」不存在：月份須為 1–12"],
    ["a day that does not exist (ROC)", ["--date", "111/02/30"], "--date：日期「111/02/30」不存在：111 年（2022 年）2 月只有 28 天"],
    ["a day that does not exist (ISO)", ["--date", "2022-02-29"], "--date：日期「2022-02-29」不存在：2022 年 2 月只有 28 天"],
    ["an ISO date without zero padding", ["--date", "2022-3-5"], "--date：日期「2022-3-5」格式不正確：應為 YYYY-MM-DD，例如 2022-05-31"],
    ["a date of no known form", ["--date", "明天"], "--date：日期「明天」無法辨識：應為西元 2022-03-17，或民國 111/03/17、111年3月17日"],
    ["a number that is not one", ["--number", "abc"], "--number「abc」不正確：會議次別應為 1–9999 的整數，例如 --number 112"],
    ["number 0", ["--number", "0"], "--number「0」不正確：會議次別應為 1–9999 的整數，例如 --number 112"],
    ["a number past 9999", ["--number", "10000"], "--number「10000」不正確：會議次別應為 1–9999 的整數，例如 --number 112"],
    ["--number with several files", ["--number", "112", M111], "--number 只能用於單一會議紀錄檔（這次有 2 個）：請逐一匯入需要指定的檔案"],
    ["--number and --date with several files", ["--number", "112", "--date", "2022-04-21", M111], "--number 與 --date 只能用於單一會議紀錄檔（這次有 2 個）：請逐一匯入需要指定的檔案"],
  ])("%s exits 2 with its reason and changes nothing", async (_name, args, message) => {
    expect((await run("import", M110, "--workbook", book)).code).toBe(0);
    const before = readFileSync(book);
    const result = await run("import", writeMinutes("noNumber"), ...args, "--workbook", book);
    expect(result).toEqual({ code: 2, out: "", err: `${message}\n` });
    expect(readFileSync(book).equals(before)).toBe(true);
  });
});

describe("status --workbook", () => {
  beforeEach(async () => {
    expect((await importBoth()).code).toBe(0);
  });

  const status = async (...args: string[]) => {
    const { code, out, err } = await run("status", "--workbook", book, ...args);
    expect(err).toBe("");
    expect(code).toBe(0);
    return out;
  };

  test("lists every case with its status on the as-of date", async () => {
    const rows = statuses(await status("--as-of", "2022-05-01", "--json"));
    expect(rows).toHaveLength(23);
    expect(rows.map((r) => r.caseId).slice(0, 3)).toEqual(["9903", "9904", "10502"]);
    const byId = (id: string) => rows.find((r) => r.caseId === id);
    expect(byId("11103")).toEqual({
      caseId: "11103",
      divisions: ["採購組"],
      text: expect.stringContaining("共同供應契約"),
      trackingStatus: "open",
      status: "overdue",
      dueDate: "2022-04-28",
      daysOverdue: 3,
    });
    expect(byId("11102")).toMatchObject({ divisions: ["國際事務組", "媒體事務組"], status: "due-soon", daysOverdue: 0 });
    expect(byId("11101")).toMatchObject({ status: "on-track", dueDate: "2022-05-21" });
    expect(byId("11002")).toMatchObject({ trackingStatus: "continued", status: "no-deadline" });
    expect(byId("11005")).toMatchObject({ trackingStatus: "self-tracked", status: "closed" });
  });

  test.each([
    ["2022-05-21", "due-soon", 0],
    ["111/05/22", "overdue", 1],
    ["2022-05-14", "due-soon", 0],
    ["2022-05-13", "on-track", 0],
    ["2022-05-18 with --due-soon-days 2", "on-track", 0],
  ])("11101 (due 2022-05-21) on %s is %s", async (asOf, expected, days) => {
    const [date, , , n] = asOf.split(" ");
    const extra = n === undefined ? [] : ["--due-soon-days", n];
    const rows = statuses(await status("--as-of", date ?? "", ...extra, "--json"));
    expect(rows.find((r) => r.caseId === "11101")).toMatchObject({ status: expected, daysOverdue: days });
  });

  test("--division keeps the cases a division leads or supports, by name or alias, and those for every division", async () => {
    const ids = (out: string) => statuses(out).map((r) => r.caseId);
    expect(ids(await status("--division", "公管中心", "--json"))).toEqual(["11001", "11003", "11007", "11008", "11009", "11104"]);
    expect(ids(await status("--division", "媒事組", "--json"))).toEqual(["11003", "11007", "11102", "11104"]);
  });

  test("without --as-of: the 設定 基準日 when it is a typed date", async () => {
    const typed = await editWithExcelJs(readFileSync(book), (workbook) => (sheet(workbook, "設定").getCell("A2").value = new Date("2022-05-22T00:00:00Z")));
    writeFileSync(book, typed);
    const rows = statuses(await status("--json"));
    expect(rows.find((r) => r.caseId === "11101")).toMatchObject({ status: "overdue", daysOverdue: 1 });
  });

  test("without --as-of: today in Asia/Taipei while 基準日 is =TODAY()", async () => {
    // 2022-05-21T16:30Z is already 2022-05-22 in Taipei.
    jest.useFakeTimers({ now: new Date("2022-05-21T16:30:00Z"), doNotFake: ["nextTick", "setImmediate", "clearImmediate", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "queueMicrotask", "hrtime", "performance"] });
    try {
      const rows = statuses(await status("--json"));
      expect(rows.find((r) => r.caseId === "11101")).toMatchObject({ status: "overdue", daysOverdue: 1 });
    } finally {
      jest.useRealTimers();
    }
  });

  test("prints a zh-TW table without --json", async () => {
    const out = await status("--as-of", "2022-05-01", "--division", "採購組");
    const lines = out.trimEnd().split("\n");
    // 採購組's own case and three for every division (各組, 各組室).
    expect(lines[0]).toBe("基準日 2022-05-01，7 天內到期為即將到期；共 4 案");
    expect(lines[1]).toMatch(/^列管案號\s+狀態\s+追蹤狀態\s+期限\s+逾期天數\s+主辦／協辦\s+案由$/);
    expect(lines.slice(2).map((l) => l.split(/\s+/)[0])).toEqual(["11003", "11007", "11103", "11104"]);
    expect(lines[4]).toMatch(/^11103\s+逾期\s+列管中\s+2022-04-28\s+3\s+採購組\s+請採購組/);
  });

  test.each<[string, string[], string]>([
    ["an unknown division", ["--division", "工務組"], "「工務組」不在活頁簿的組室表格中，也沒有案件以它為主辦或協辦：請使用「組室」表格中的名稱或別名\n"],
    ["--due with --workbook", ["--due", "2022-05-01"], "--workbook 列出活頁簿中的案件，不可與 --due 併用\n"],
    ["--tracking with --workbook", ["--tracking", "closed"], "--workbook 列出活頁簿中的案件，不可與 --tracking 併用\n"],
    ["a bad as-of date", ["--as-of", "111年2月30日"], "--as-of：日期「111年2月30日」不存在：111 年（2022 年）2 月只有 28 天\n"],
  ])("%s exits 2", async (_name, args, message) => {
    const { code, out, err } = await run("status", "--workbook", book, ...args);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe(message);
  });
});

test("status of a workbook that does not exist exits 2 and creates nothing", async () => {
  const { code, err } = await run("status", "--workbook", book, "--json");
  expect(code).toBe(2);
  expect(err).toBe(`找不到活頁簿「${book}」\n`);
  expect(existsSync(book)).toBe(false);
});

test("--division without --workbook exits 2", async () => {
  const { code, err } = await run("status", "--division", "總務組");
  expect(code).toBe(2);
  expect(err).toBe("--division 需要搭配 --workbook 使用\n");
});
