// Problems are worded in the pane's language on the 匯入 tab's error paths: the English pane shows no
// Chinese in its error text (the names DESIGN.md keeps in Chinese aside) and the zh-TW pane no English
// sentence. Minutes that are not text (binary content pasted), and the parser's warnings in the review.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { usePaneFixture } from "./support/fixture";
import { chineseIn, englishIn } from "./support/language";
import { Pane } from "./support/pane";

jest.setTimeout(90_000);

const fixture = usePaneFixture();

/** What the pane's alert region says once it says something. */
async function alertText(page: Page): Promise<string> {
  const alert = page.getByRole("alert").filter({ hasText: /\S/u });
  await alert.first().waitFor();
  return (await alert.first().innerText()).trim();
}

test("zh-TW: binary content pasted as minutes is refused in Chinese", async () => {
  const session = await fixture.open({ host: "offline" });
  const pane = new Pane(session.page);
  await pane.ready();
  await pane.minutesText().fill("PK\u0003\u0004\u0000\u0000word/document.xml");
  await session.page.getByRole("button", { name: "解析", exact: true }).click();
  const text = await alertText(session.page);
  expect(text).toContain("內容含有二進位資料，不是文字格式的會議紀錄");
  expect(englishIn(text)).toBe("");
  expect(session.errors).toEqual([]);
});

test("English: the same refusal in English, with no Chinese", async () => {
  const session = await fixture.open({ host: "offline" });
  const pane = new Pane(session.page);
  await pane.ready();
  await session.page.getByRole("button", { name: /切換語言/ }).click();
  await session.page.getByRole("textbox", { name: "Minutes", exact: true }).fill("PK\u0003\u0004\u0000\u0000word/document.xml");
  await session.page.getByRole("button", { name: "Parse", exact: true }).click();
  const text = await alertText(session.page);
  expect(text).toContain("the content holds binary data: these are not minutes in text form");
  expect(chineseIn(text)).toBe("");
  expect(session.errors).toEqual([]);
});

// The parser's warnings in the review: minutes with a date that does not exist, a repeated and an unclosed
// item number, a case id without a ruling, text Excel would take for a formula, unpaired brackets.
const WARNED_MINUTES = readFileSync(join(__dirname, "..", "fixtures", "minutes", "warnings-115.txt"), "utf8");

/** The review's warning lines, once the review lists them. */
async function reviewWarnings(page: Page, line: RegExp): Promise<string[]> {
  const items = page.getByRole("listitem").filter({ hasText: line });
  await items.first().waitFor();
  return (await items.allInnerTexts()).map((text) => text.trim());
}

test("zh-TW: the review's warnings are in Chinese", async () => {
  const session = await fixture.open({ host: "offline" });
  const pane = new Pane(session.page);
  await pane.ready();
  await pane.minutesText().fill(WARNED_MINUTES);
  await session.page.getByRole("button", { name: "解析", exact: true }).click();
  const warnings = await reviewWarnings(session.page, /^第 \d+ 行：/u);
  expect(warnings).toContain("第 13 行：項次「（三」缺少右括號");
  expect(warnings).toContain("第 3 行：會議日期無法換算：日期「111年2月30日」不存在：111 年（2022 年）2 月只有 28 天");
  for (const text of warnings) expect(englishIn(text)).toBe("");
  expect(session.errors).toEqual([]);
});

test("English: the same warnings in English, with no Chinese but what they quote from the minutes", async () => {
  const session = await fixture.open({ host: "offline" });
  const pane = new Pane(session.page);
  await pane.ready();
  await session.page.getByRole("button", { name: /切換語言/ }).click();
  await session.page.getByRole("textbox", { name: "Minutes", exact: true }).fill(WARNED_MINUTES);
  await session.page.getByRole("button", { name: "Parse", exact: true }).click();
  const warnings = await reviewWarnings(session.page, /^Line \d+: /u);
  expect(warnings).toContain("Line 13: the item number “（三” lacks its closing bracket");
  expect(warnings).toContain("Line 3: the meeting date cannot be used: the date “111年2月30日” does not exist: month 2 of 2022 has only 28 days");
  expect(warnings.length).toBeGreaterThanOrEqual(8);
  // the minutes' own words are quoted (“…”); the ruling words are the sheet's (DESIGN.md)
  for (const text of warnings) expect(chineseIn(text)).toBe("");
  expect(session.errors).toEqual([]);
});
