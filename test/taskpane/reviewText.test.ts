// The import review's text helpers: where an item splits, a selected passage as an item's text and
// source line. (An added item's owners are the parser's: readOwners in test/minutes/readOwners.test.ts.)
import { lineAt, lineCount, normalizeLineBreaks, passageText, selectedPassage, splitPoint } from "../../src/taskpane/tabs/import/reviewText";

describe("splitPoint", () => {
  const two = "請總務組辦理。另請文書組配合。";
  test.each<[string, string, number | null, number | null]>([
    ["at the caret", two, 3, 3],
    ["at the caret after the 。", two, 7, 7],
    ["caret at the start: first sentence", two, 0, 7],
    ["caret at the end: first sentence", two, two.length, 7],
    ["no caret: first sentence", two, null, 7],
    ["；ends a sentence", "請總務組辦理；文書組配合", null, 7],
    ["a line break ends one", "請總務組辦理\n請文書組配合", null, 7],
    ["one sentence cannot split", "請總務組辦理。", null, null],
    ["a caret in trailing blanks falls back, and finds nothing", "請總務組辦理。  ", 8, null],
    ["a caret in leading blanks falls back", "  請總務組辦理。另請文書組配合。", 1, 9],
    ["empty", "", 0, null],
  ])("%s", (_name, text, caret, expected) => {
    expect(splitPoint(text, caret)).toBe(expected);
  });
});

describe("a selected passage", () => {
  test.each<[string, string, string]>([
    ["plain", "請總務組辦理。", "請總務組辦理。"],
    ["its item number dropped", "(二) 市民服務組研提評估。", "市民服務組研提評估。"],
    ["full-width brackets", "（十二）市民服務組研提評估。", "市民服務組研提評估。"],
    ["一、", "一、各組室業務工作報告。", "各組室業務工作報告。"],
    ["1.", "1. 除政務人員外，請於7月底前完成。", "除政務人員外，請於7月底前完成。"],
    ["a date is not an item number", "3月23日智慧城市展", "3月23日智慧城市展"],
    ["a decimal is not an item number", "1.5 億元預算請會計室控管。", "1.5 億元預算請會計室控管。"],
    ["Markdown leftovers", "- **(四)** 請公管中心提醒公園處。", "請公管中心提醒公園處。"],
    ["a wrapped line runs on", "並配合辦理疫\n\n情之相關因應措施。", "並配合辦理疫情之相關因應措施。"],
    ["a finished sentence keeps its line", "請總務組辦理。\n另請文書組配合。", "請總務組辦理。\n另請文書組配合。"],
    ["only blanks", " \n  \n", ""],
  ])("%s", (_name, selected, expected) => {
    expect(passageText(selected)).toBe(expected);
  });

  const source = normalizeLineBreaks("標題\r\n\r\n會議結論：\r(一) 請總務組辦理。\n(二) 市民服務組研提評估。\n");

  test("line endings become one \\n per source line, as the parser counts lines", () => {
    expect(source.split("\n")).toEqual(["標題", "", "會議結論：", "(一) 請總務組辦理。", "(二) 市民服務組研提評估。", ""]);
    expect(lineCount(source)).toBe(6);
    expect(lineAt(source, 0)).toBe(1);
    expect(lineAt(source, source.indexOf("(二)"))).toBe(5);
  });

  test.each<[string, string, string, { text: string; line: number }]>([
    ["a whole line", "(二) 市民服務組研提評估。", "(二) 市民服務組研提評估。", { text: "市民服務組研提評估。", line: 5 }],
    ["part of a line", "市民服務組", "研提評估", { text: "市民服務組研提評估", line: 5 }],
    // only the first line's number is the item's own; a later one is kept as written
    ["starting in the blank line above: the line of its first character", "\n會議結論", "辦理。", { text: "會議結論：\n(一) 請總務組辦理。", line: 3 }],
  ])("%s", (_name, from, to, expected) => {
    expect(selectedPassage(source, source.indexOf(from), source.indexOf(to) + to.length)).toEqual(expected);
  });

  test("a selection made backwards, or of nothing", () => {
    const at = source.indexOf("請總務組");
    expect(selectedPassage(source, at + 6, at)).toEqual({ text: "請總務組辦理", line: 4 });
    expect(selectedPassage(source, at, at)).toBeNull();
    expect(selectedPassage(source, 2, 4)).toBeNull(); // the blank line
  });
});
