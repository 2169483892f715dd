// The parser's warnings as the CLI prints them, in its language: `import --lang en` and `parse --lang en`
// on minutes with many kinds of warning print every one in English (only the minutes' own words quoted),
// the default prints them in zh-TW, and --json gives each warning's code and parameters beside its words.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "./support";

const MINUTES = join(__dirname, "..", "fixtures", "minutes", "warnings-115.txt");
// “…” quotes the minutes; the ruling words are the sheet's own (DESIGN.md), kept in English text.
const QUOTED = /“[^”]*”|解除列管|賡續列管|自行列管/gu;
const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/u;

const ENGLISH = [
  "3: the meeting date cannot be used: the date “111年2月30日” does not exist: month 2 of 2022 has only 28 days",
  "10: case 11501: its text starts with “=”, so it is stored in the sheet as text (not a formula)",
  "12: the item number “（二）” is repeated: line 11 already has “（二）”",
  "13: the item number “（三” lacks its closing bracket",
  "13: the deadline “111年2月30日前” is not a real date: month 2 of 2022 has only 28 days",
  "14: case 11205 is named without a ruling (解除列管 closed, 賡續列管 continued or 自行列管 self-tracked)",
  "15: case 11505: the brackets do not pair up: 1 opening, 0 closing",
];
const CHINESE = [
  "3: 會議日期無法換算：日期「111年2月30日」不存在：111 年（2022 年）2 月只有 28 天",
  "10: 列管案件 11501：內容以「=」開頭，將以文字存入試算表",
  "12: 項次「（二）」重複：第 11 行已有「（二）」",
  "13: 項次「（三」缺少右括號",
  "13: 期限「111年2月30日前」的日期不存在：2022 年 2 月只有 28 天",
  "14: 列管案號 11205 未見裁示（解除列管、賡續列管或自行列管）",
  "15: 列管案件 11505：括號不成對，左括號 1 個、右括號 0 個",
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cli-warnings-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The `file:line: message` lines of stderr, without the file. */
const warningLines = (err: string): string[] =>
  err
    .split("\n")
    .filter((line) => line.startsWith(`${MINUTES}:`))
    .map((line) => line.slice(MINUTES.length + 1));

describe("import prints the parser's warnings in the CLI's language", () => {
  test("--lang en: every warning in English, nothing Chinese but what it quotes", async () => {
    const { code, out, err } = await run("import", MINUTES, "--workbook", join(dir, "列管.xlsx"), "--date", "2022-03-17", "--lang", "en");
    expect(code).toBe(0);
    expect(warningLines(err)).toEqual(ENGLISH);
    for (const line of warningLines(err)) expect(line.replace(QUOTED, "")).not.toMatch(CJK);
    expect(out).toContain("7 warnings (on standard error)");
  });

  test("by default: the same warnings in zh-TW", async () => {
    const { code, err } = await run("import", MINUTES, "--workbook", join(dir, "列管.xlsx"), "--date", "2022-03-17");
    expect(code).toBe(0);
    expect(warningLines(err)).toEqual(CHINESE);
  });

  test("--json --lang en: each warning's code and parameters, and its words in English", async () => {
    const { code, out } = await run("import", MINUTES, "--workbook", join(dir, "列管.xlsx"), "--date", "2022-03-17", "--json", "--lang", "en");
    expect(code).toBe(0);
    const { files } = JSON.parse(out) as { files: { warnings: { line: number; code: string; params: unknown; message: string }[] }[] };
    const warnings = files[0]?.warnings ?? [];
    expect(warnings.map((w) => `${w.line}: ${w.message}`)).toEqual(ENGLISH);
    expect(warnings.map((w) => w.code)).toEqual([
      "parser.meetingDateInvalid",
      "parser.itemFormulaStart",
      "parser.markerRepeated",
      "parser.markerUnclosed",
      "deadline.unresolvable",
      "parser.caseWithoutRuling",
      "parser.itemBrackets",
    ]);
    expect(warnings[4]?.params).toEqual({ wording: "111年2月30日前", reason: { kind: "noSuchDay", year: 2022, month: 2, days: 28 } });
  });
});

describe("parse prints them in the CLI's language too", () => {
  test("--lang en, with the note that import would refuse the impossible date, in English", async () => {
    const { code, err } = await run("parse", MINUTES, "--lang", "en");
    expect(code).toBe(0);
    const lines = warningLines(err);
    expect(lines).toContain(ENGLISH[0]);
    expect(lines).toContain("10: the deadline “4月底前” cannot be worked out: the meeting date is unknown");
    for (const line of lines) expect(line.replace(QUOTED, "")).not.toMatch(CJK);
    expect(err).toContain("the meeting date on line 3 cannot be used (the date “111年2月30日” does not exist: month 2 of 2022 has only 28 days)");
  });
});
