// The import review catching what the parser missed, in Chromium inside (fake) Excel on the web:
// minutes without a meeting number, the number and date typed (ROC), an item added from a passage
// selected in the minutes, one split at the caret by keyboard, two merged, one left out, one typed by
// hand; then the write, and the workbook's cases (ids, texts, leads) as the fake Excel holds them.
import type { Locator } from "playwright-core";
import { axeViolations } from "./support/axe";
import type { PaneSession } from "./support/browser";
import { usePaneFixture } from "./support/fixture";
import { Pane } from "./support/pane";

jest.setTimeout(90_000);

const fixture = usePaneFixture();

/** Minutes whose title has no 第N次: the parser finds the date and six lines, five of them items. */
const MINUTES = [
  "臺北市政府秘書處處務會議紀錄",
  "",
  "時間：民國 111 年 4 月 29 日上午 9 時 30 分",
  "地點：第一會議室",
  "主席：陳志銘",
  "紀錄：許菁芳",
  "",
  "壹、報告事項",
  "一、各組室業務工作報告。",
  "會議結論：",
  "(一) 請總務組於 5 月底前完成宿舍耐震補強說明會；另請文書組於 6 月 30 日前完成開放文件格式教育訓練。", // line 11
  "(二) 市民服務組研提 1999 話務人力評估，8 月 15 日前陳核。", // line 12: no one is asked, so no item
  "(三) 請資訊室檢視公文系統備份機制。",
  "(四) 請資訊室會同政風室於 7 月底前提出備份改善報告。",
  "(五) 請人事室於二週內提報加班費執行情形。",
  "(六) 本處逾 45 小時加班之同仁，請林副秘書長適時關懷。",
  "",
  "散會（10 時 30 分）",
].join("\n");

const FIRST_HALF = "請總務組於 5 月底前完成宿舍耐震補強說明會；";
const MISSED = "市民服務組研提 1999 話務人力評估，8 月 15 日前陳核。";
const TYPED = "請媒體事務組於 9 月底前更新本處網站會議專區。";

/** The fake Excel's table rows, read in the page. */
function records(session: PaneSession, table: string): Promise<Record<string, unknown>[]> {
  return session.page.evaluate((name) => {
    const fake = window.__fakeExcel;
    if (!fake) throw new Error("no fake Excel in the page");
    return fake.records(name);
  }, table);
}

test("the secretary completes what the parser missed and writes it", async () => {
  const session = await fixture.open({ host: "excel", fakeConfig: { syncDelayMs: 10 } });
  const pane = new Pane(session.page);
  const page = session.page;
  await pane.ready();
  await pane.openTab("匯入");
  await pane.minutesText().fill(MINUTES);
  await pane.parse();
  const review = pane.review();
  const write = page.getByRole("button", { name: "寫入活頁簿", exact: true });
  const field = (name: string): Locator => review.getByRole("textbox", { name, exact: true });

  // the header as read, editable; without a meeting number nothing can be written, and it says why
  await expect(field("主席").inputValue()).resolves.toBe("陳志銘");
  await expect(field("會議次別").inputValue()).resolves.toBe("");
  await expect(field("日期").inputValue()).resolves.toBe("2022-04-29");
  await expect(write.getAttribute("aria-disabled")).resolves.toBe("true");
  await review.getByText("尚無法寫入：請填寫會議次別").waitFor();
  // items are named by position until there is a number, each with its source line
  await expect(pane.includeBoxes().count()).resolves.toBe(5);
  await pane.include("第 1 項").waitFor();
  // 林副秘書長 is asked by title only: no division (the parser may or may not name him among the people)
  await review.getByRole("listitem").filter({ hasText: "第 16 行" }).getByText(/^負責：(未指定|林副秘書長（人員，未指定組室）)$/).waitFor();

  // the date in the ROC calendar, the number typed: case ids follow
  await field("日期").fill("111年4月3X日");
  await review.getByText(/尚無法寫入：請填寫會議次別；日期「111年4月3X日」無法辨識/).waitFor();
  await field("日期").fill("111/04/29");
  await review.getByText("即 2022-04-29（民國111年4月29日）").waitFor();
  await field("會議次別").fill("112");
  await review.getByText(/^尚無法寫入/).waitFor({ state: "detached" });
  await expect(write.getAttribute("aria-disabled")).resolves.not.toBe("true");
  await expect(write.isEnabled()).resolves.toBe(true);
  await pane.include("11205").waitFor();

  // a passage the parser missed, selected in the minutes as parsed (line 12), becomes item 11202
  await review.getByText(/^會議紀錄原文（18 行）/).click();
  const source = review.getByRole("textbox", { name: "會議紀錄原文", exact: true });
  await expect(source.getAttribute("readonly")).resolves.not.toBeNull();
  await source.evaluate((el, passage) => {
    const box = el as HTMLTextAreaElement;
    const start = box.value.indexOf(passage);
    box.focus();
    box.setSelectionRange(start, start + passage.length); // as a mouse drag would (it fires "select")
  }, MISSED);
  await review.getByText("選取起點：第 12 行").waitFor();
  await review.getByRole("button", { name: "將選取段落新增為事項", exact: true }).click();
  await page.getByRole("status").filter({ hasText: "已新增 11202（第 12 行）" }).waitFor();
  await expect(field("案由 11202").inputValue()).resolves.toBe(MISSED);
  await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "案由 11202"); // focus on the new item
  await expect(field("主辦 11202").inputValue()).resolves.toBe("市民服務組");
  await expect(field("期限 11202").inputValue()).resolves.toBe("2022-08-15");
  await expect(field("案由 11203").inputValue()).resolves.toBe("請資訊室檢視公文系統備份機制。"); // renumbered

  // split 11201 at the caret, placed by keyboard, then the split button by keyboard
  const first = field("案由 11201");
  await first.focus();
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < FIRST_HALF.length; i++) await page.keyboard.press("ArrowRight");
  await review.getByRole("button", { name: "分拆 11201", exact: true }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("status").filter({ hasText: "已分拆為 11201 與 11202" }).waitFor();
  await expect(field("案由 11201").inputValue()).resolves.toBe(FIRST_HALF);
  await expect(field("案由 11202").inputValue()).resolves.toBe("另請文書組於 6 月 30 日前完成開放文件格式教育訓練。");
  await expect(field("主辦 11201").inputValue()).resolves.toBe("總務組");
  await expect(field("主辦 11202").inputValue()).resolves.toBe("文書組");
  await expect(field("期限 11202").inputValue()).resolves.toBe("2022-06-30");
  await expect(field("案由 11203").inputValue()).resolves.toBe(MISSED);

  // merge 11204 (資訊室) with 11205 (資訊室 會同 政風室)
  await review.getByRole("button", { name: "與下一項合併 11204", exact: true }).click();
  await page.getByRole("status").filter({ hasText: "已將 11205 併入 11204" }).waitFor();
  await expect(field("案由 11204").inputValue()).resolves.toBe("請資訊室檢視公文系統備份機制。\n請資訊室會同政風室於 7 月底前提出備份改善報告。");
  await expect(field("協辦 11204").inputValue()).resolves.toBe("政風室");
  await expect(field("期限 11204").inputValue()).resolves.toBe("2022-07-31");

  // not an item: 11205 (人事室) left out; 11206 (people only) given a lead
  await expect(field("案由 11205").inputValue()).resolves.toBe("請人事室於二週內提報加班費執行情形。");
  await pane.include("11205").uncheck();
  await field("主辦 11206").fill("人事室");

  // one typed by hand, at the end
  await review.getByRole("textbox", { name: "新事項內容", exact: true }).fill(TYPED);
  await review.getByRole("button", { name: "新增事項", exact: true }).click();
  await page.getByRole("status").filter({ hasText: "已新增 11207（第 18 行）" }).waitFor();
  await expect(field("主辦 11207").inputValue()).resolves.toBe("媒體事務組");

  // the review with every part open: photographed at 320 and 800 px, and axe finds nothing serious
  await pane.screenshots("review", "import-edited");
  expect(await axeViolations(page)).toEqual([]);

  const status = await pane.write();
  expect(status).toContain("新列管案件 6 案");
  expect(status).toContain("11201、11202、11203、11204、11206、11207");

  const cases = new Map((await records(session, "列管案件")).map((c) => [String(c["列管案號"]), c]));
  expect([...cases.keys()].sort()).toEqual(["11201", "11202", "11203", "11204", "11206", "11207"]);
  const summary = (id: string) => {
    const c = cases.get(id);
    return { text: c?.["案由"], lead: c?.["主辦組室"], supporting: c?.["協辦組室"] };
  };
  expect(summary("11201")).toEqual({ text: FIRST_HALF, lead: "總務組", supporting: "" });
  expect(summary("11202")).toEqual({ text: "另請文書組於 6 月 30 日前完成開放文件格式教育訓練。", lead: "文書組", supporting: "" });
  expect(summary("11203")).toEqual({ text: MISSED, lead: "市民服務組", supporting: "" });
  expect(summary("11204")).toEqual({
    text: "請資訊室檢視公文系統備份機制。\n請資訊室會同政風室於 7 月底前提出備份改善報告。",
    lead: "資訊室",
    supporting: "政風室",
  });
  expect(summary("11206")).toEqual({ text: "本處逾 45 小時加班之同仁，請林副秘書長適時關懷。", lead: "人事室", supporting: "" });
  expect(summary("11207")).toEqual({ text: TYPED, lead: "媒體事務組", supporting: "" });
  const meetings = await records(session, "會議");
  expect(meetings.map((m) => Number(m["會議次別"]))).toEqual([112]);
  expect(meetings[0]).toEqual(expect.objectContaining({ 主席: "陳志銘", 地點: "第一會議室" }));

  expect(session.errors).toEqual([]);
  expect(session.refused).toEqual([]);
});

test("in English, the same review is labelled and says what is missing", async () => {
  const session = await fixture.open({ host: "offline" });
  const pane = new Pane(session.page);
  await pane.ready();
  await session.page.getByRole("button", { name: /切換語言/ }).click();
  await session.page.getByRole("textbox", { name: "Minutes", exact: true }).fill(MINUTES);
  await session.page.getByRole("button", { name: "Parse", exact: true }).click();
  const review = session.page.getByRole("region", { name: "Review the import" });
  await review.waitFor();
  await review.getByText(/^Cannot write yet: Enter the meeting number/).waitFor();
  await review.getByRole("textbox", { name: "Meeting no.", exact: true }).fill("112");
  await review.getByRole("button", { name: "Split 11201", exact: true }).waitFor();
  await review.getByRole("button", { name: "Merge with next 11201", exact: true }).waitFor();
  await review.getByRole("checkbox", { name: "Include 11205", exact: true }).waitFor();
  expect(await axeViolations(session.page)).toEqual([]);
  expect(session.errors).toEqual([]);
});
