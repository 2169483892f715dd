// `import` refuses minutes whose meeting date or number cannot be written correctly (a date that does not
// exist, a number outside 1–9999): exit 2, the line and the value named, no workbook written, never an
// empty or wrong cell. --date/--number supply the value, and then 會議日期 and 解除日期 are that date.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openFileStore } from "../../src/workbook/xlsx/node";
import { unwrap } from "../domain/support";
import { run } from "./support";

const SAMPLE = readFileSync(join(__dirname, "../fixtures/secretariat-110.txt"), "utf8");
const TITLE = "臺北市政府秘書處第 110 次處務會議紀錄";
const TIME = "時間：民國 111 年 3 月 17 日 10 時 0 分";

let dir: string;
let book: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cli-impossible-"));
  book = join(dir, "列管.xlsx");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function minutes(replace: string, by: string): string {
  expect(SAMPLE).toContain(replace);
  const path = join(dir, "紀錄.txt");
  writeFileSync(path, SAMPLE.replace(replace, by));
  return path;
}

describe("an impossible meeting date or number is an error naming the line and the value; nothing is written", () => {
  test.each<[string, string, string, string]>([
    ["30 February", TIME, "時間：民國 111 年 2 月 30 日 10 時 0 分", "第 5 行的會議日期無法換算（日期「111年2月30日」不存在：111 年（2022 年）2 月只有 28 天）"],
    ["month 13", TIME, "時間：111/13/01 10:00", "第 5 行的會議日期無法換算（日期「111年13月1日」不正確：月份須為 1–12）"],
    ["29 February of a common year, in numerals", TIME, "時間：民國一百十一年二月二十九日上午十時", "第 5 行的會議日期無法換算（日期「111年2月29日」不存在：111 年（2022 年）2 月只有 28 天）"],
  ])("date: %s", async (_, from, to, reason) => {
    const file = minutes(from, to);
    const { code, err } = await run("import", file, "--workbook", book);
    expect(code).toBe(2);
    expect(err.trimEnd().split("\n").at(-1)).toContain(reason);
    expect(existsSync(book)).toBe(false);
  });

  test.each<[string, string, string]>([
    ["five digits (not read as 2345)", "臺北市政府秘書處第 12345 次處務會議紀錄", "12345"],
    ["zero", "臺北市政府秘書處第 0 次處務會議紀錄", "0"],
    ["〇 in Chinese", "臺北市政府秘書處第〇次處務會議紀錄", "0"],
  ])("number: %s", async (_, title, value) => {
    const file = minutes(TITLE, title);
    const { code, err } = await run("import", file, "--workbook", book);
    expect(code).toBe(2);
    expect(err).toContain(`${file}:3: 會議次別「${value}」不正確：應為 1–9999 的整數`);
    // the final message names the value, not a missing number
    const last = err.trimEnd().split("\n").at(-1) ?? "";
    expect(last).toContain(`第 3 行的會議次別「${value}」不正確`);
    expect(last).not.toContain("沒有會議次別");
    expect(existsSync(book)).toBe(false);
  });
});

describe("--date and --number supply what the minutes get wrong", () => {
  test("--date: the meeting's 日期 and every 解除日期 it writes are that date, never empty", async () => {
    const file = minutes(TIME, "時間：民國 111 年 2 月 30 日 10 時 0 分");
    const { code } = await run("import", file, "--workbook", book, "--date", "111/03/17");
    expect(code).toBe(0);
    const data = unwrap(await openFileStore(book).read());
    expect(data.meetings.map((m) => [m.number, m.date])).toEqual([[110, "2022-03-17"]]);
    const closed = data.cases.filter((c) => c.tracking === "closed" || c.tracking === "self-tracked");
    expect(closed.map((c) => c.caseId).sort()).toEqual(["10801", "10901", "10902", "10903", "9903"]);
    for (const c of closed) expect(c.closedOn).toBe("2022-03-17");
    for (const h of data.history) expect(h.date).toBe("2022-03-17");
  });

  test("--number: the cases are numbered from it, not from a misread title", async () => {
    const file = minutes(TITLE, "臺北市政府秘書處第 12345 次處務會議紀錄");
    const { code } = await run("import", file, "--workbook", book, "--number", "110");
    expect(code).toBe(0);
    const data = unwrap(await openFileStore(book).read());
    expect(data.meetings.map((m) => m.number)).toEqual([110]);
    expect(data.cases.filter((c) => c.meeting === 110).map((c) => c.caseId)).toContain("11001");
    expect(data.cases.some((c) => c.caseId.startsWith("2345"))).toBe(false);
  });
});
