// Writing list counters as Word and Writer display them.
import { formatListNumber, type NumberStyle } from "../../../src/minutes/read/listNumber";

describe("formatListNumber", () => {
  test.each<[NumberStyle, number, string]>([
    ["decimal", 7, "7"],
    ["decimal-zero", 7, "07"],
    ["decimal-zero", 12, "12"],
    ["decimal-full-width", 12, "１２"],
    ["upper-roman", 14, "XIV"],
    ["lower-roman", 4, "iv"],
    ["upper-letter", 3, "C"],
    ["upper-letter", 28, "BB"],
    ["lower-letter", 1, "a"],
    ["chinese-counting", 1, "一"],
    ["chinese-counting", 10, "十"],
    ["chinese-counting", 11, "十一"],
    ["chinese-counting", 20, "二十"],
    ["chinese-counting", 21, "二十一"],
    ["chinese-counting", 100, "一百"],
    ["chinese-counting", 105, "一百零五"],
    ["chinese-counting", 110, "一百一十"],
    ["chinese-counting", 1001, "一千零一"],
    ["chinese-counting", 0, "0"],
    ["chinese-legal", 3, "參"],
    ["chinese-legal", 12, "壹拾貳"],
    ["chinese-legal-simplified", 2, "贰"],
    ["chinese-digital", 10, "一〇"],
    ["heavenly-stem", 1, "甲"],
    ["heavenly-stem", 11, "甲"],
    ["earthly-branch", 3, "寅"],
    ["stem-branch", 1, "甲子"],
    ["circled", 1, "①"],
    ["circled", 20, "⑳"],
    ["circled", 21, "21"],
    ["parenthesized", 2, "⑵"],
    ["full-stop", 3, "⒊"],
    ["circled-ideograph", 1, "㊀"],
    ["none", 5, ""],
  ])("%s %d → %s", (style, n, expected) => {
    expect(formatListNumber(n, style)).toBe(expected);
  });
});
