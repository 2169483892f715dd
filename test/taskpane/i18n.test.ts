// The pane's language: chosen from the remembered choice, Office and the browser; both catalogues
// complete and saying the contract's names.
import { en } from "../../src/taskpane/i18n/en";
import { languageOf, messagesFor, otherLanguage, pickLanguage, type Language } from "../../src/taskpane/i18n/language";
import { zhTW } from "../../src/taskpane/i18n/zhTW";

describe("pickLanguage", () => {
  test.each<[string, string | null, string | undefined, string | undefined, Language]>([
    ["remembered zh-TW wins over an English Office", "zh-TW", "en-US", "en-US", "zh-TW"],
    ["remembered en wins over a Chinese Office", "en", "zh-TW", "zh-TW", "en"],
    ["a broken remembered value is ignored", "fr", "en-US", "zh-TW", "en"],
    ["Office's language before the browser's", null, "zh-TW", "en-US", "zh-TW"],
    ["English Office", null, "en-GB", "zh-TW", "en"],
    ["the browser when not in Office", null, undefined, "en-US", "en"],
    ["any Chinese is zh-TW", null, undefined, "zh-CN", "zh-TW"],
    ["another language falls back to English", null, undefined, "ja-JP", "en"],
    ["nothing known: zh-TW", null, undefined, undefined, "zh-TW"],
    ["empty strings count as nothing", null, "", "", "zh-TW"],
  ])("%s", (_name, stored, office, browser, expected) => {
    expect(pickLanguage(stored, office, browser)).toBe(expected);
  });

  test("languageOf and otherLanguage", () => {
    expect(languageOf("ZH-hant-TW")).toBe("zh-TW");
    expect(languageOf(undefined)).toBeUndefined();
    expect(otherLanguage("zh-TW")).toBe("en");
    expect(otherLanguage("en")).toBe("zh-TW");
  });
});

describe("catalogues", () => {
  test("both have the same keys", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhTW).sort());
  });

  test("messagesFor picks the catalogue", () => {
    expect(messagesFor("zh-TW")).toBe(zhTW);
    expect(messagesFor("en")).toBe(en);
  });

  // the accessible names /tmp/coord/ui-contract.md fixes for the e2e tests
  test.each<[keyof typeof zhTW, string]>([
    ["appTitle", "會議列管"],
    ["switchLanguage", "切換語言"],
    ["tabImport", "匯入"],
    ["tabCases", "案件"],
    ["tabOverview", "總覽"],
    ["tabSettings", "設定"],
    ["tabReminders", "提醒"],
    ["workbookRegion", "活頁簿"],
    ["workbookNew", "新建活頁簿"],
    ["workbookOpen", "開啟活頁簿"],
    ["workbookOpenFile", "開啟活頁簿檔案"],
    ["workbookDownload", "下載活頁簿"],
    ["minutesText", "會議紀錄"],
    ["minutesFile", "選擇會議紀錄檔"],
    ["parse", "解析"],
    ["reviewRegion", "檢視匯入內容"],
    ["write", "寫入活頁簿"],
    ["sourceText", "會議紀錄原文"],
    ["addSelected", "將選取段落新增為事項"],
    ["newItemText", "新事項內容"],
    ["addTyped", "新增事項"],
    ["division", "組室"],
    ["allDivisions", "全部組室"],
    ["status", "狀態"],
    ["allStatuses", "全部狀態"],
    ["search", "搜尋"],
    ["myDivision", "設為我的組室"],
    ["progress", "辦理情形"],
    ["addProgress", "新增辦理情形"],
    ["newDue", "新期限"],
    ["moveDue", "變更期限"],
    ["close", "解除列管"],
    ["continue", "賡續列管"],
    ["selfTrack", "自行列管"],
    ["reopen", "恢復列管"],
    ["divisionName", "組室名稱"],
    ["divisionAliases", "別名"],
    ["divisionEmail", "聯絡信箱"],
    ["addDivision", "新增組室"],
    ["dueSoonDays", "即將到期天數"],
    ["reminderLeadDays", "提醒提前天數"],
    ["dateDisplay", "日期顯示"],
    ["gregorian", "西元"],
    ["roc", "民國"],
    ["applyToAll", "套用到所有日期"],
    ["saveSettings", "儲存設定"],
  ])("zh-TW %s is %s", (key, name) => {
    expect(zhTW[key]).toBe(name);
  });

  test.each<[string, (t: typeof zhTW) => string, string]>([
    ["include", (t) => t.include("11001"), "納入 11001"],
    ["due", (t) => t.due("11001"), "期限 11001"],
    ["include by position", (t) => t.include(t.itemOrdinal(1)), "納入 第 1 項"],
    ["itemText", (t) => t.itemText("11201"), "案由 11201"],
    ["lead", (t) => t.lead("11201"), "主辦 11201"],
    ["split", (t) => t.split("11201"), "分拆 11201"],
    ["merge", (t) => t.merge("11204"), "與下一項合併 11204"],
    ["cannotWrite", (t) => t.cannotWrite(t.needNumber), "尚無法寫入：請填寫會議次別"],
    ["caseRegion", (t) => t.caseRegion("11002"), "案件 11002"],
    ["showInSheet", (t) => t.showInSheet("總務組"), "在工作表中顯示 總務組"],
    ["summaryNewCases", (t) => t.summaryNewCases(9, ""), "新列管案件 9 案"],
  ])("zh-TW %s", (_name, message, expected) => {
    expect(message(zhTW)).toBe(expected);
  });

  test("status labels come from the domain in both languages", () => {
    expect(zhTW.computed("overdue")).toBe("逾期");
    expect(en.computed("overdue")).toBe("Overdue");
    expect(zhTW.trackingLabel("self-tracked")).toBe("自行列管");
    expect(en.trackingLabel("closed")).toBe("Closed");
  });
});
