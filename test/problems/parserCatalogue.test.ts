// The parser's part of the catalogue (warnings, the case id and deadline rules it quotes) and the XML
// parser's faults: each code in both languages, and the English free of Chinese but the quoted minutes.
import { problem, renderMessage, type Problem, type XmlReason } from "../../src/problems";
import { chineseIn } from "../support/language";

// A warning quotes the minutes (“…”) and may name the rulings by their sheet words (DESIGN.md).

const cause = problem("date.dayOutOfRange", { text: "111年2月30日", year: 2022, month: 2, days: 28, rocYear: 111 });

describe("every parser warning in both languages", () => {
  test.each<[string, Problem, string, string]>([
    ["no header", problem("parser.noHeader", {}), "找不到會議標頭：沒有「第N次…會議」標題，也沒有可用的會議日期，請補上會議次別與日期", "no meeting header was found: no title gives the meeting's number and no usable meeting date is written; add the meeting number and date"],
    ["no number", problem("parser.noNumber", {}), "找不到會議次別（第N次…會議），新列管案件無法編列案號", "no meeting number was found in the title, so new cases get no case id"],
    ["no date", problem("parser.noDate", {}), "找不到會議日期，相對期限（如「二週內」）無法換算", "no meeting date was found, so relative deadlines (such as “within two weeks”) cannot be worked out"],
    [
      "a meeting date that does not exist, why nested in the same language",
      problem("parser.meetingDateInvalid", { cause }),
      "會議日期無法換算：日期「111年2月30日」不存在：111 年（2022 年）2 月只有 28 天",
      "the meeting date cannot be used: the date “111年2月30日” does not exist: month 2 of 2022 has only 28 days",
    ],
    ["an unreadable meeting time", problem("parser.clockUnreadable", { event: "meeting", time: "十十十時" }), "會議時間「十十十時」無法辨識", "the meeting time “十十十時” cannot be read"],
    ["an adjournment past 23:59", problem("parser.clockOutOfRange", { event: "adjournment", time: "25時" }), "散會時間「25時」不正確：時須為 0–23、分須為 0–59", "the adjournment time “25時” is wrong: hours must be 0–23 and minutes 0–59"],
    ["an unclosed item number", problem("parser.markerUnclosed", { label: "（三" }), "項次「（三」缺少右括號", "the item number “（三” lacks its closing bracket"],
    ["a repeated item number", problem("parser.markerRepeated", { label: "（二）", earlierLine: 11, earlierLabel: "（二）" }), "項次「（二）」重複：第 11 行已有「（二）」", "the item number “（二）” is repeated: line 11 already has “（二）”"],
    ["a skipped item number", problem("parser.markerSkipped", { label: "（四）", previous: "（二）" }), "項次「（四）」未接續前一項「（二）」", "the item number “（四）” does not follow the one before, “（二）”"],
    ["an empty item", problem("parser.itemEmpty", { label: "（一）" }), "項次「（一）」沒有內容", "the item “（一）” has no text"],
    [
      "nothing found, with the sections seen",
      problem("parser.nothingFound", { sections: ["壹、報告事項", "貳、討論事項"] }),
      "沒有找到任何新列管事項或列管裁示（看到的段落：壹、報告事項、貳、討論事項）；請在匯入檢視中手動加入，或確認內容是否為會議紀錄",
      "no new tracked items and no rulings were found (sections seen: “壹、報告事項”, “貳、討論事項”); add them by hand in the import review, or check that these are minutes",
    ],
    ["nothing found, no sections", problem("parser.nothingFound", { sections: [] }), "沒有找到任何新列管事項或列管裁示（沒有可辨識的段落標題）；請在匯入檢視中手動加入，或確認內容是否為會議紀錄", "no new tracked items and no rulings were found (no section heading was recognized); add them by hand in the import review, or check that these are minutes"],
    ["two rulings disagree", problem("parser.rulingsDisagree", { caseId: "10801", firstLine: 4, secondLine: 5 }), "列管案號 10801 有不同的裁示：第 4 行與第 5 行不一致", "case 10801 has different rulings: lines 4 and 5 disagree"],
    ["a range that cannot be expanded", problem("parser.rangeUnexpandable", { from: "10905", to: "10902", max: 20 }), "列管案號範圍「10905 至 10902」無法展開：須為同一次會議、由小到大且不超過 20 案", "the case range “10905 to 10902” cannot be expanded: it must lie in one meeting, run upwards and span at most 20 cases"],
    ["a count that does not match", problem("parser.countMismatch", { phrase: "兩案", count: 3 }), "「兩案」與提到的列管案號數量（3 個）不符，請核對裁示", "“兩案” does not match the number of case ids named (3): check the ruling"],
    ["a case without a ruling", problem("parser.caseWithoutRuling", { caseId: "11205" }), "列管案號 11205 未見裁示（解除列管、賡續列管或自行列管）", "case 11205 is named without a ruling (解除列管 closed, 賡續列管 continued or 自行列管 self-tracked)"],
    ["a ruling without a case", problem("parser.rulingWithoutCase", {}), "有列管裁示但未寫明列管案號，請核對是哪一案", "a ruling names no case id: check which case it is about"],
    ["a conclusion nobody is asked to act on", problem("parser.noAssignee", {}), "此項結論未請任何單位或人員辦理，未列為新列管案件", "this conclusion asks no division or person to act, so it is not a new tracked case"],
    [
      "the 100th item",
      problem("parser.itemNoCaseId", { order: 100, cause: problem("caseId.itemOutOfRange", { item: 100, max: 99 }) }),
      "第 100 項新列管案件：無法編列案號，項次「100」不正確：應為 1–99 的整數",
      "new item 100 gets no case id: the item number “100” is wrong: it must be a whole number 1–99",
    ],
    ["no division, with a case id", problem("parser.itemNoDivision", { caseId: "11005", order: 5 }), "列管案件 11005：沒有可辨識的辦理組室，請於列管表指定", "case 11005: no division to act was recognized; name one in the tracking table"],
    ["no division, without a case id", problem("parser.itemNoDivision", { caseId: "", order: 2 }), "第 2 項新列管案件：沒有可辨識的辦理組室，請於列管表指定", "new item 2: no division to act was recognized; name one in the tracking table"],
    ["an unknown division", problem("parser.divisionUnknown", { unit: "數據應用科" }), "組室「數據應用科」不在組室清單中，已照原文列入", "the division “數據應用科” is not in the list of divisions; it is kept as written"],
    ["text that Excel would read as a formula", problem("parser.itemFormulaStart", { caseId: "11501", order: 1, character: "=" }), "列管案件 11501：內容以「=」開頭，將以文字存入試算表", "case 11501: its text starts with “=”, so it is stored in the sheet as text (not a formula)"],
    ["unpaired brackets", problem("parser.itemBrackets", { caseId: "11001", order: 1, open: 2, close: 1 }), "列管案件 11001：括號不成對，左括號 2 個、右括號 1 個", "case 11001: the brackets do not pair up: 2 opening, 1 closing"],
    ["a failure from below without a code, shown as written", problem("parser.failure", { text: "failed: 42" }), "failed: 42", "failed: 42"],
  ])("%s", (_name, found, zh, en) => {
    expect(renderMessage(found, "zh-TW")).toBe(zh);
    expect(renderMessage(found, "en")).toBe(en);
    expect(chineseIn(en)).toBe("");
  });
});

describe("a case id that is not one, in both languages", () => {
  test.each<[string, Problem, string, string]>([
    ["blank", problem("caseId.invalid", { text: "", reason: { kind: "blank" } }), "列管案號是空白：應為會議次別加兩位項次，例如 10902", "the case id is blank: a case id is the meeting number followed by a two-digit item, e.g. 10902"],
    ["not digits", problem("caseId.invalid", { text: "1X902", reason: { kind: "notDigits" } }), "列管案號「1X902」格式不正確：應為會議次別加兩位項次，例如 10902", "the case id “1X902” is not in the right form: a case id is the meeting number followed by a two-digit item, e.g. 10902"],
    ["too short", problem("caseId.invalid", { text: "12", reason: { kind: "tooShort" } }), "列管案號「12」太短：至少 3 位數（會議次別加兩位項次），例如 9903", "the case id “12” is too short: at least 3 digits (the meeting number and a two-digit item), e.g. 9903"],
    ["too long", problem("caseId.invalid", { text: "1234567", reason: { kind: "tooLong" } }), "列管案號「1234567」太長：最多 6 位數（會議次別最多 4 位數加兩位項次）", "the case id “1234567” is too long: at most 6 digits (a meeting number of up to 4 digits and a two-digit item)"],
    ["a meeting with a leading zero", problem("caseId.invalid", { text: "09903", reason: { kind: "meetingLeadingZero", meeting: "099" } }), "列管案號「09903」不正確：會議次別「099」不可以 0 開頭", "the case id “09903” is wrong: the meeting number “099” cannot start with 0"],
    ["item 00", problem("caseId.invalid", { text: "10900", reason: { kind: "itemZero" } }), "列管案號「10900」不正確：項次不可為 00，應為 01–99", "the case id “10900” is wrong: the item cannot be 00, it must be 01–99"],
    ["an item past 99", problem("caseId.itemOutOfRange", { item: 100, max: 99 }), "項次「100」不正確：應為 1–99 的整數", "the item number “100” is wrong: it must be a whole number 1–99"],
  ])("%s", (_name, found, zh, en) => {
    expect(renderMessage(found, "zh-TW")).toBe(zh);
    expect(renderMessage(found, "en")).toBe(en);
    expect(chineseIn(en)).toBe("");
  });
});

describe("a deadline that names no real date, in both languages", () => {
  test.each<[Parameters<typeof deadline>[1], string, string]>([
    [{ kind: "noMeetingDate" }, "無法換算：會議日期不明", "cannot be worked out: the meeting date is unknown"],
    [{ kind: "yearNotNumber" }, "無法換算：年份不是數字", "cannot be worked out: the year is not a number"],
    [{ kind: "yearOutOfRange" }, "無法換算：年份超出範圍", "cannot be worked out: the year is out of range"],
    [{ kind: "yearNeither", year: "0" }, "無法換算：年份「0」不是民國年或西元年", "cannot be worked out: the year “0” is neither an ROC nor a Gregorian year"],
    [{ kind: "noYear" }, "無法換算：缺少年份", "cannot be worked out: the year is missing"],
    [{ kind: "monthNotNumber" }, "無法換算：月份不是數字", "cannot be worked out: the month is not a number"],
    [{ kind: "monthOutOfRange" }, "無法換算：月份須為 1–12", "cannot be worked out: the month must be 1–12"],
    [{ kind: "dayNotNumber" }, "無法換算：日不是數字", "cannot be worked out: the day is not a number"],
    [{ kind: "noSuchDay", year: 2022, month: 2, days: 28 }, "的日期不存在：2022 年 2 月只有 28 天", "is not a real date: month 2 of 2022 has only 28 days"],
    [{ kind: "quarterOutOfRange" }, "無法換算：季別須為 1–4", "cannot be worked out: the quarter must be 1–4"],
    [{ kind: "spanTooShort" }, "無法換算：期間須至少為 1", "cannot be worked out: the period must be at least 1"],
    [{ kind: "spanTooLong" }, "無法換算：期間超出可計算的範圍", "cannot be worked out: the period is longer than can be counted"],
  ])("%j", (reason, zh, en) => {
    const found = deadline("X月底前", reason);
    expect(renderMessage(found, "zh-TW")).toBe(`期限「X月底前」${zh}`);
    expect(renderMessage(found, "en")).toBe(`the deadline “X月底前” ${en}`);
    expect(chineseIn(renderMessage(found, "en"))).toBe("");
  });
});

function deadline(wording: string, reason: Extract<Problem, { code: "deadline.unresolvable" }>["params"]["reason"]): Problem {
  return problem("deadline.unresolvable", { wording, reason });
}

describe("the XML parser's faults, in both languages, with the line", () => {
  test.each<[XmlReason, string, string]>([
    [{ kind: "tagMismatch", open: "b", close: "a" }, "開始標籤 <b> 與結束標籤 </a> 不相符", "the start tag <b> does not match the end tag </a>"],
    [{ kind: "unclosed", elements: ["a", "b"] }, "元素 <a>、<b> 沒有結束（文件不完整）", "the elements <a>, <b> are never closed (the document is incomplete)"],
    [{ kind: "unclosed", elements: ["a"] }, "元素 <a> 沒有結束（文件不完整）", "the element <a> is never closed (the document is incomplete)"],
    [{ kind: "endsInTag" }, "文件在標籤中途結束（文件不完整）", "the document ends in the middle of a tag (it is incomplete)"],
    [{ kind: "unknownEntity", entity: "&nbsp;" }, "無法辨識的實體「&nbsp;」", "the entity “&nbsp;” is unknown"],
    [{ kind: "entityNoSemicolon" }, "實體缺少結尾的「;」（文字中的 & 應寫成 &amp;）", "an entity lacks its closing “;” (an & in text must be written &amp;)"],
    [{ kind: "undeclaredPrefix", tag: "t:p" }, "標籤 <t:p> 的命名空間前置詞沒有宣告", "the tag <t:p> has a namespace prefix that is not declared"],
    [{ kind: "undeclaredPrefix" }, "命名空間前置詞沒有宣告", "a namespace prefix that is not declared"],
    [{ kind: "afterRoot" }, "根元素之後還有內容", "there is content after the root element"],
    [{ kind: "outsideRoot", text: "甲乙" }, "根元素之外有文字「甲乙」", "there is text outside the root element: “甲乙”"],
    [{ kind: "attributeRepeated", attribute: "b" }, "屬性 b 重複出現", "the attribute b appears twice"],
    [{ kind: "badSyntax" }, "標籤或屬性的寫法不正確", "a tag or an attribute is written wrongly"],
    [{ kind: "noElement" }, "沒有任何 XML 元素", "there is no XML element at all"],
    [{ kind: "other", detail: "comment is not well-formed at position 3" }, "XML 格式錯誤（comment is not well-formed at position 3）", "the XML is malformed (comment is not well-formed at position 3)"],
  ])("%j", (reason, zh, en) => {
    expect(renderMessage(problem("minutes.xmlInvalid", { fault: { line: 2, reason } }), "zh-TW")).toBe(`第 2 行：${zh}`);
    expect(renderMessage(problem("minutes.xmlInvalid", { fault: { line: 2, reason } }), "en")).toBe(`line 2: ${en}`);
    expect(renderMessage(problem("minutes.xmlInvalid", { fault: { reason } }), "en")).toBe(en);
    expect(chineseIn(en)).toBe("");
  });

  test("nested in a reader's reason: the part and the file around it, no Chinese in English", () => {
    const found = problem("minutes.fileUnreadable", {
      file: "紀錄.odt",
      reason: { kind: "inDocument", format: "odt", inner: { kind: "xmlInvalid", part: "content.xml", fault: { line: 3, reason: { kind: "tagMismatch", open: "text:p", close: "text:span" } } } },
    });
    expect(renderMessage(found, "zh-TW")).toBe("檔案「紀錄.odt」是 ODF 文件，但 content.xml 不是有效的 XML（第 3 行：開始標籤 <text:p> 與結束標籤 </text:span> 不相符）");
    expect(renderMessage(found, "en")).toBe("the file “紀錄.odt” is an ODF document, but it has a content.xml that is not valid XML (line 3: the start tag <text:p> does not match the end tag </text:span>)");
  });
});
