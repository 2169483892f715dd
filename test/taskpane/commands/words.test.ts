// The ribbon command's words: its language from Office's display language, and the same count wording as
// the pane and the CLI (案), in both languages.
import { commandLanguage, commandWords } from "../../../src/commands/words";

describe("commandLanguage", () => {
  test.each<[string | undefined, "zh-TW" | "en"]>([
    ["zh-TW", "zh-TW"],
    ["zh-HK", "zh-TW"],
    ["ZH-cn", "zh-TW"],
    ["en-US", "en"],
    ["ja-JP", "en"],
    ["", "zh-TW"],
    [undefined, "zh-TW"],
  ])("%s → %s", (tag, language) => {
    expect(commandLanguage(tag)).toBe(language);
  });
});

describe("commandWords", () => {
  test.each([
    ["zh-TW", 0, "基準日 2022-05-01：沒有逾期案件。"],
    ["zh-TW", 3, "基準日 2022-05-01：逾期案件 3 案。"],
    ["en", 1, "As of 2022-05-01: 1 overdue case."],
    ["en", 3, "As of 2022-05-01: 3 overdue cases."],
  ] as const)("%s, %i overdue", (language, n, line) => {
    expect(commandWords(language).commandOverdue(n, "2022-05-01")).toBe(line);
  });

  test("English has no Chinese", () => {
    const w = commandWords("en");
    expect([w.commandTitle, w.commandOverdueList("11105"), w.unexpected("x"), w.commandOverdue(2, "2022-05-01")].join(" ")).not.toMatch(/\p{Script=Han}/u);
  });
});
