// Problems are worded in the pane's language on the 匯入 tab's error paths: the English pane shows no
// Chinese in its error text (the names DESIGN.md keeps in Chinese aside) and the zh-TW pane no English
// sentence. Minutes that are not text (binary content pasted) and the review's blocked write.
import type { Page } from "playwright-core";
import { usePaneFixture } from "./support/fixture";
import { Pane } from "./support/pane";

jest.setTimeout(90_000);

const fixture = usePaneFixture();

const HAN = /[\u4e00-\u9fff]/u;
const ENGLISH_WORDS = /\b[a-z]{3,}\s+[a-z]{3,}\b/iu;

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
  expect(text).not.toMatch(ENGLISH_WORDS);
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
  expect(text).not.toMatch(HAN);
  expect(session.errors).toEqual([]);
});
