// The ribbon command's own words (更新狀態's dialog title, its overdue lines, an unexpected failure), in
// zh-TW and English, and the language it speaks: Office's display language. Kept here so the command needs
// nothing from the task pane; problems (a workbook that cannot be read, a bad time zone) come worded from
// the shared catalogue (src/problems).
import type { ProblemLanguage } from "../problems";
import type { OverdueWords } from "./overdue";

export interface CommandWords extends OverdueWords {
  readonly lang: ProblemLanguage;
  /** the dialog's title, the name of the button */
  readonly commandTitle: string;
  readonly unexpected: (reason: string) => string;
}

const zhTW: CommandWords = {
  lang: "zh-TW",
  commandTitle: "更新狀態",
  commandOverdue: (n, asOf) => (n === 0 ? `基準日 ${asOf}：沒有逾期案件。` : `基準日 ${asOf}：逾期案件 ${n} 案。`),
  commandOverdueList: (ids) => `逾期案號：${ids}`,
  unexpected: (reason) => `發生未預期的錯誤：${reason}`,
};

const en: CommandWords = {
  lang: "en",
  commandTitle: "Update status",
  commandOverdue: (n, asOf) => (n === 0 ? `As of ${asOf}: no overdue cases.` : `As of ${asOf}: ${n} overdue case${n === 1 ? "" : "s"}.`),
  commandOverdueList: (ids) => `Overdue: ${ids}`,
  unexpected: (reason) => `Something unexpected went wrong: ${reason}`,
};

/** Office's display language (a BCP 47 tag) to ours: any Chinese is zh-TW, any other tag English, none zh-TW. */
export function commandLanguage(tag: string | null | undefined): ProblemLanguage {
  const t = (tag ?? "").trim().toLowerCase();
  if (t === "") return "zh-TW";
  return t.startsWith("zh") ? "zh-TW" : "en";
}

export function commandWords(language: ProblemLanguage): CommandWords {
  return language === "en" ? en : zhTW;
}
