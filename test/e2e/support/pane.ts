// The task pane as a user sees it, by role and accessible name as /tmp/coord/ui-contract.md fixes them
// (zh-TW): one place to change when the UI's names change, so the journeys read as the user's steps.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { ROOT } from "./build";

export const SCREENSHOTS = join(ROOT, "test-artifacts/screenshots");
export const TABS = ["匯入", "案件", "總覽", "設定", "提醒"] as const;
export type TabName = (typeof TABS)[number];

/** Widths a task pane is used at: Office's narrowest pane, and a wide one (Excel on the web, a big screen). */
export const WIDTHS = [320, 800] as const;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The name the e2e tests give when the pane asks who is writing. */
export const RECORDER = "測試秘書";

export class Pane {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole("heading", { name: "會議列管" });
  }

  tab(name: TabName): Locator {
    return this.page.getByRole("tab", { name, exact: true });
  }

  /** The app is up when its header and tab list are. */
  async ready(): Promise<void> {
    await this.heading().waitFor();
    await this.tab("匯入").waitFor();
  }

  async openTab(name: TabName): Promise<void> {
    const tab = this.tab(name);
    await tab.click();
    await this.page.waitForFunction((el) => el?.getAttribute("aria-selected") === "true", await tab.elementHandle());
  }

  /** The standalone workbook toolbar (absent inside Excel). */
  workbookBar(): Locator {
    return this.page.getByRole("region", { name: "活頁簿", exact: true });
  }

  // ---- 匯入 -----------------------------------------------------------------------------------

  minutesText(): Locator {
    return this.page.getByRole("textbox", { name: "會議紀錄", exact: true });
  }

  minutesFile(): Locator {
    return this.page.getByLabel("選擇會議紀錄檔", { exact: true });
  }

  review(): Locator {
    return this.page.getByRole("region", { name: "檢視匯入內容" });
  }

  /** The "include" checkbox of each new item in the review. */
  includeBoxes(): Locator {
    return this.review().getByRole("checkbox", { name: /^納入 / });
  }

  include(caseId: string): Locator {
    return this.review().getByRole("checkbox", { name: `納入 ${caseId}`, exact: true });
  }

  async parse(): Promise<void> {
    await this.page.getByRole("button", { name: "解析", exact: true }).click();
    await this.review().waitFor();
  }

  /** Writes the reviewed meeting and returns the status text once it reports the new cases. */
  async write(): Promise<string> {
    await this.page.getByRole("button", { name: "寫入活頁簿", exact: true }).click();
    const status = this.page.getByRole("status").filter({ hasText: /新列管案件 \d+ 案/ });
    // the first write in a browser asks for the 記錄者 name (remembered afterwards)
    const ask = this.page.getByRole("dialog").filter({ has: this.page.getByRole("textbox", { name: "記錄者（寫入辦理歷程）" }) });
    await ask.or(status).first().waitFor({ timeout: 30_000 });
    if (await ask.isVisible()) {
      await ask.getByRole("textbox").fill(RECORDER);
      await ask.getByRole("button", { name: "儲存並繼續", exact: true }).click();
    }
    await status.first().waitFor({ timeout: 30_000 });
    return (await status.first().textContent()) ?? "";
  }

  // ---- 案件 -----------------------------------------------------------------------------------

  casesTable(): Locator {
    return this.page.getByRole("table").or(this.page.getByRole("grid")).first();
  }

  /** Body rows of the case list: rows whose name holds a case id (3–5 digits). */
  caseRows(): Locator {
    return this.casesTable().getByRole("row").filter({ hasText: /\b\d{3,5}\b/ }).filter({ hasNot: this.page.getByRole("columnheader") });
  }

  caseRow(caseId: string): Locator {
    return this.casesTable().getByRole("row", { name: new RegExp(`(^|\\D)${escape(caseId)}(\\D|$)`) });
  }

  /** Picks an option of a labelled select, native (<select>) or Fluent (combobox + listbox). */
  async choose(label: string, option: string): Promise<void> {
    const box = this.page.getByRole("combobox", { name: label, exact: true });
    if ((await box.evaluate((el) => el.tagName)) === "SELECT") {
      await box.selectOption({ label: option });
      return;
    }
    await box.click();
    await this.page.getByRole("option", { name: option, exact: true }).click();
  }

  caseDetail(caseId: string): Locator {
    return this.page.getByRole("region", { name: `案件 ${caseId}`, exact: true });
  }

  async openCase(caseId: string): Promise<Locator> {
    await this.caseRow(caseId).click();
    const detail = this.caseDetail(caseId);
    await detail.waitFor();
    return detail;
  }

  /** Clicks a ruling button in a case's detail and waits for its status message. */
  async rule(caseId: string, ruling: "解除列管" | "賡續列管" | "自行列管" | "恢復列管"): Promise<string> {
    await this.caseDetail(caseId).getByRole("button", { name: ruling, exact: true }).click();
    const status = this.page.getByRole("status").filter({ hasText: caseId });
    await status.first().waitFor({ timeout: 30_000 });
    return (await status.first().textContent()) ?? "";
  }

  // ---- screenshots ----------------------------------------------------------------------------

  /** Full-page PNGs of the pane as it is now, at each width, as `{prefix}-{name}-{width}.png`. */
  async screenshots(prefix: string, name: string): Promise<string[]> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const original = this.page.viewportSize() ?? { width: 360, height: 800 };
    const written: string[] = [];
    try {
      for (const width of WIDTHS) {
        await this.page.setViewportSize({ width, height: 800 });
        const path = join(SCREENSHOTS, `${prefix}-${name}-${width}.png`);
        await this.page.screenshot({ path, fullPage: true });
        written.push(path);
      }
    } finally {
      await this.page.setViewportSize(original);
    }
    return written;
  }
}
