// Reading the pane's messages in the e2e tests: waiting for an alert, switching the pane to English, and
// the one language rule every test uses (test/support/language.ts), re-exported here.
import type { Page } from "playwright-core";

export { chineseIn, englishIn, foreignIn } from "../../support/language";

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
