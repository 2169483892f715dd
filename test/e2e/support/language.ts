// Whether a message shown in the pane is in the pane's language: the English pane shows no Chinese but
// quoted input and the names DESIGN.md keeps in Chinese (the workbook's sheets and columns, the tracking
// words); the zh-TW pane shows no English words but quoted data (what a server or the user said) and the
// names that have no Chinese form here (Microsoft 365, Outlook, Excel, .ics, error codes, paths, numbers).
import type { Page } from "playwright-core";

/** Text in quotes is input or data, shown as it came in either language. */
const QUOTED = /“[^”]*”|"[^"]*"|「[^」]*」/gu;

/** Kept in Chinese in the English UI: the workbook's table and column names and DESIGN.md's vocabulary. */
const KEPT_IN_ENGLISH = /設定|組室|辦理歷程|列管案件|內容|提醒錯誤|西元|民國|列管中|賡續列管|繼續列管|解除列管|自行列管|辦理情形/gu;

/** Allowed in zh-TW: product and file names, codes, paths and time zones (anything with a slash), URLs. */
const KEPT_IN_ZH = /Microsoft 365|Microsoft Graph|Outlook|Excel|Office|IANA|GUID|\.(?:ics|xlsx|docx|odt|ods|txt)\b|\S*\/\S*/gu;

const HAN = /[\u4e00-\u9fff]+/gu;
const LATIN_WORD = /\b[A-Za-z]{2,}\b/gu;

/** The Chinese left in an English message once quotes and kept names are taken out ("" when none). */
export function chineseIn(text: string): string {
  return (text.replace(QUOTED, "").replace(KEPT_IN_ENGLISH, "").match(HAN) ?? []).join(" ");
}

/** The English words left in a zh-TW message once quotes and allowed names are taken out ("" when none). */
export function englishIn(text: string): string {
  return (text.replace(QUOTED, "").replace(KEPT_IN_ZH, "").match(LATIN_WORD) ?? []).join(" ");
}

/** What is out of place in `text` for a pane in `language`: "" when nothing is. */
export function foreignIn(text: string, language: "zh-TW" | "en"): string {
  return language === "en" ? chineseIn(text) : englishIn(text);
}

/**
 * The text of the first alert (the notice bar, or an alert in a tab) that contains `expected`, once it
 * shows: waiting for the very message keeps a step from reading the previous step's alert.
 */
export async function alertWith(page: Page, expected: string): Promise<string> {
  const alert = page.getByRole("alert").filter({ hasText: expected });
  try {
    await alert.first().waitFor({ timeout: 30_000 });
  } catch (error) {
    // say what the pane showed instead, which is what a failing check needs to be read
    const shown = await page.getByRole("alert").or(page.getByRole("status")).allInnerTexts();
    throw new Error(`no alert says ${JSON.stringify(expected)}; the pane shows ${JSON.stringify(shown)}`, { cause: error });
  }
  return (await alert.first().innerText()).trim();
}

/** Switches the pane to English with its language button and waits for an English tab name. */
export async function toEnglish(page: Page): Promise<void> {
  await page.getByRole("button", { name: /切換語言/ }).click();
  await page.getByRole("tab", { name: "Settings", exact: true }).waitFor();
}
