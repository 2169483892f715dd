// The CLI speaks zh-TW, or English with --lang en or an English locale: its own messages, commander's
// errors and help, and the problems of the shared catalogue. Nothing English among Chinese, or the reverse.
import { chooseLanguage } from "../../src/cli/language";
import { chineseIn } from "../support/language";
import { run, runWith } from "./support";

const HAN = /[\u4e00-\u9fff]/u;
// Besides the names every English text keeps (test/support/language.ts): a sample date's ROC form, and the
// sheet's 日期/時間 and a minutes title pattern the help shows as examples.
const CLI_EXAMPLES = /民國111年3月17日|111年3月17日|時間|日期|第N次…會議/gu;
const englishOnly = (text: string) => text.replace(CLI_EXAMPLES, "");

describe("choosing the language", () => {
  test.each([
    ["no flag, no locale", [], {}, "zh-TW"],
    ["--lang en", ["--lang", "en"], {}, "en"],
    ["--lang=en-US", ["--lang=en-US"], {}, "en"],
    ["--lang zh-TW beats an English locale", ["--lang", "zh-TW"], { LANG: "en_US.UTF-8" }, "zh-TW"],
    ["LANG=en_US.UTF-8", [], { LANG: "en_US.UTF-8" }, "en"],
    ["LANG=C.UTF-8 is not English", [], { LANG: "C.UTF-8" }, "zh-TW"],
    ["LC_ALL wins over LANG", [], { LC_ALL: "zh_TW.UTF-8", LANG: "en_US.UTF-8" }, "zh-TW"],
    ["LC_MESSAGES before LANG", [], { LC_MESSAGES: "en_GB", LANG: "zh_TW" }, "en"],
  ] as const)("%s", (_name, argv, env, language) => {
    const choice = chooseLanguage(["status", ...argv, "--json"], env);
    expect(choice).toMatchObject({ ok: true, language, argv: ["status", "--json"] });
  });

  test("an unknown --lang exits 2 naming the choices, in the locale's language", async () => {
    expect(await run("date", "2022-03-17", "--lang", "fr")).toEqual({ code: 2, out: "", err: "選項 --lang 的值「fr」不正確：應為 zh-TW、en\n" });
    expect(await runWith({ LANG: "en_US" }, "date", "--lang=fr")).toEqual({ code: 2, out: "", err: "option --lang: “fr” is not one of zh-TW, en\n" });
  });
});

describe("precise date messages, in either language", () => {
  test.each([
    [[], "--as-of：日期「2022-13-45」不存在：月份須為 1–12\n"],
    [["--lang", "en"], "--as-of: the date “2022-13-45” does not exist: the month must be 1–12, not 13\n"],
  ])("status --as-of 2022-13-45 %j blames the month, not the year", async (lang, err) => {
    expect(await run("status", "--as-of", "2022-13-45", ...lang)).toEqual({ code: 2, out: "", err });
  });

  test("a date that does not exist, in English", async () => {
    const { code, err } = await run("date", "111/02/30", "--lang", "en");
    expect(code).toBe(2);
    expect(err).toBe("the date “111/02/30” does not exist: month 2 of 2022 has only 28 days\n");
  });
});

describe("commander's own errors and the commands' refusals", () => {
  test.each([
    [["status", "--bogus"], "不認得的選項 --bogus：請用 --help 查看可用的選項\n", "unknown option --bogus: see --help for the options\n"],
    [["frobnicate"], "不認得的指令「frobnicate」：請用 --help 查看可用的指令\n", "unknown command “frobnicate”: see --help for the commands\n"],
    [["parse"], "缺少參數 <file>\n", "missing argument <file>\n"],
    [["status", "--as-of"], "選項 --as-of 需要一個值\n", "option --as-of needs a value\n"],
    [["import", "a.txt"], "缺少必要的選項 --workbook\n", "the option --workbook is required\n"],
    [["date", "x"], "日期「x」無法辨識：應為西元 2022-03-17，或民國 111/03/17、111年3月17日\n", "the date “x” cannot be read: use 2022-03-17, or the ROC calendar: 111/03/17 or 111年3月17日\n"],
  ] as const)("%j", async (argv: readonly string[], zh: string, en: string) => {
    const chinese = await run(...argv);
    const english = await run(...argv, "--lang", "en");
    expect(chinese.code).toBe(2);
    expect(english.code).toBe(2);
    expect(chinese.err).toBe(zh);
    expect(english.err).toBe(en);
    expect(chineseIn(englishOnly(english.err))).toBe("");
    expect(chinese.err).toMatch(HAN);
  });

  test("too many arguments", async () => {
    expect((await run("status", "extra")).err).toBe("參數太多：應有 0 個，卻有 1 個\n");
    expect((await run("status", "extra", "--lang", "en")).err).toBe("too many arguments: expected 0, got 1\n");
  });
});

describe("help", () => {
  const commands = ["", "date", "case-id", "status", "divisions", "parse", "import", "ics", "sync", "report", "export"];

  test.each(commands)("help %s in zh-TW has none of commander's English", async (command) => {
    const { code, out } = await run(...(command ? [command] : []), "--help");
    expect(code).toBe(0);
    expect(out).toMatch(/^用法：/u);
    expect(out).not.toMatch(/Usage:|Options:|Arguments:|display help|\[options\]|default:/u);
  });

  test.each(commands)("help %s in English has no Chinese but the sheet's names", async (command) => {
    const { code, out } = await runWith({ LANG: "en_US.UTF-8" }, ...(command ? [command] : []), "--help");
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage:/u);
    // the program's list names commands whose help other parts of the CLI own; check our own lines only
    const own = command === "" ? out.split("\n").filter((l) => !/^\s+(report|export|help)\b/u.test(l) && !/^\s{20,}/u.test(l)).join("\n") : out;
    expect(chineseIn(englishOnly(own))).toBe("");
  });

  test("a default is worded in the language", async () => {
    expect((await run("status", "--help")).out).toContain("（預設：7）");
    expect((await run("status", "--help", "--lang", "en")).out).toContain("(default: 7)");
  });
});

describe("output in English", () => {
  test("status of one case", async () => {
    const { code, out } = await run("status", "--due", "2022-03-01", "--as-of", "2022-03-17", "--lang", "en");
    expect(code).toBe(0);
    expect(out).toMatch(/^Overdue\s+overdue\s+16 days overdue\s+\(as of 2022-03-17\)$/mu);
  });

  test("case-id", async () => {
    const { out } = await run("case-id", "10902", "9903", "--lang", "en");
    expect(out).toBe("9903   meeting 99   item 3\n10902  meeting 109  item 2\n");
  });

  test("divisions not in the registry", async () => {
    const { code, err } = await run("divisions", "工務組", "--lang", "en");
    expect(code).toBe(2);
    expect(err).toBe("not in the divisions registry: 工務組\n");
  });
});
