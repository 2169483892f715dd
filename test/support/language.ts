// One rule for "this message is in the language it should be", for every test that checks one: the
// catalogue's wordings, the CLI's output and the pane's alerts. An English message shows no Chinese but
// quoted input or data and the names DESIGN.md keeps in Chinese (the workbook's sheets and columns, the
// tracking words); a zh-TW message shows no English words but quoted data (what a server or the user
// said) and the names that have no Chinese form here (Microsoft 365, Outlook, Excel, .ics, codes, paths).

/** Text in quotes is input or data, shown as it came in either language. */
export const QUOTED = /“[^”]*”|"[^"]*"|「[^」]*」/gu;

/** Kept in Chinese in the English UI: the workbook's table and column names and DESIGN.md's vocabulary. */
export const KEPT_IN_ENGLISH =
  /會議列管|設定|組室|辦理歷程|列管案件|列管案號|內容|記錄者|提醒錯誤|提醒重建|西元|民國|列管中|賡續列管|繼續列管|解除列管|自行列管|辦理情形/gu;

/** Allowed in zh-TW: product and file names, codes, paths and time zones (anything with a slash), URLs. */
export const KEPT_IN_ZH = /Microsoft 365|Microsoft Graph|Outlook|Excel|Office|IANA|GUID|\.(?:ics|xlsx|docx|odt|ods|txt)\b|\S*\/\S*/gu;

const HAN = /[\u3400-\u9fff]+/gu;
const LATIN_WORD = /\b[A-Za-z]{2,}\b/gu;

/** The Chinese left in an English message once quotes and kept names are taken out ("" when none). */
export function chineseIn(text: string): string {
  return (text.replace(QUOTED, "").replace(KEPT_IN_ENGLISH, "").match(HAN) ?? []).join(" ");
}

/** The English words left in a zh-TW message once quotes and allowed names are taken out ("" when none). */
export function englishIn(text: string): string {
  return (text.replace(QUOTED, "").replace(KEPT_IN_ZH, "").match(LATIN_WORD) ?? []).join(" ");
}

/** What is out of place in `text` for a reader of `language`: "" when nothing is. */
export function foreignIn(text: string, language: "zh-TW" | "en"): string {
  return language === "en" ? chineseIn(text) : englishIn(text);
}
