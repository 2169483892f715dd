// The layouts of other agencies' minutes, one table per rule, each with lines from at least two real
// documents of the evaluation corpus (test/fixtures/minutes/real) or a reason written beside it.

import { asksForWork } from "../../src/minutes/asksForWork";
import { findAssignees, type AssigneeOptions } from "../../src/minutes/assignees";
import { readConclusionLabel, readSectionOpener } from "../../src/minutes/conclusionLabel";
import { readHeaderFields } from "../../src/minutes/headerFields";
import { readMarker } from "../../src/minutes/markers";
import { readMeetingDate } from "../../src/minutes/meetingDate";
import { readMeetingTitle } from "../../src/minutes/meetingTitle";
import { readRulings } from "../../src/minutes/rulings";
import { toSourceLines } from "../../src/minutes/sourceLines";
import { createDivisionRegistry } from "../../src/domain";
import { unwrap } from "../domain/support";
import { paragraph, parsed } from "./support";

const EMPTY: AssigneeOptions = { registry: unwrap(createDivisionRegistry([])), selfNames: ["本局", "本府", "本校"] };

describe("bullets and the numbering of hastily typed or converted minutes", () => {
  test.each([
    // 都發局 主管會報 (udd-317, udd-391); 北臺推動組 (ntdc); 後甲國中教師會 (houjia)
    ["• 11/25縣市合作研討會公館水岸新世界簡報請三科儘速修改陳報。", 6, 0, "11/25縣市合作研討會公館水岸新世界簡報請三科儘速修改陳報。"],
    ["● 請各位理事協助宣傳", 6, 0, "請各位理事協助宣傳"],
    ["◎ 請執行單位再做調整", 6, 0, "請執行單位再做調整"],
    // 蚵寮國中 校務會議 and 義守大學 行政會議 number headings 一. instead of 一、
    ["一.上次共同事項執行報告:", 2, 1, "上次共同事項執行報告:"],
    ["二. 各處室報告", 2, 2, "各處室報告"],
    // 連江縣 擴大主管會報: a year right after the number (6、98年元旦) is still item 6
    ["6、98年元旦升旗活動相關事宜,應事先做好規劃辦理。(教育局)", 4, 6, "98年元旦升旗活動相關事宜,應事先做好規劃辦理。(教育局)"],
    ["1) 工區應備妥防颱器材", 5, 1, "工區應備妥防颱器材"],
    ["② 颱風警報發布後停止高空作業", 5, 2, "颱風警報發布後停止高空作業"],
  ])("%s", (text, level, value, rest) => {
    expect(readMarker(text)).toMatchObject({ level, value, rest });
  });

  test.each(["1.5 億元預算", "一.5 倍", "-5%", "•"])("not a marker: %s", (text) => {
    expect(readMarker(text)).toBeNull();
  });
});

describe("labels of any speaker and kind open a block", () => {
  test.each([
    // 連江縣 擴大主管會報 and 嘉義市 市務會議
    ["縣長裁示事項", "縣長裁示事項", "instruction"],
    ["主席裁示事項:", "主席裁示事項", "instruction"],
    // 行政院 院會 and 新北市 市政會議
    ["院長提示:", "院長提示", "instruction"],
    ["主席指示:", "主席指示", "instruction"],
    // 北臺推動組 and 基隆市議會
    ["決議:", "決議", "decision"],
    ["決 議:照案通過", "決議", "decision"],
  ])("%s", (text, label) => {
    expect(readConclusionLabel(text)?.label).toBe(label);
  });

  test.each([
    ["各科重大事項提報", "各科重大事項提報"],
    ["各組重要工作提報：", "各組重要工作提報"],
  ])("a heading of reported points with instructions: %s", (text, opener) => {
    expect(readSectionOpener(text)).toBe(opener);
  });
});

describe("header labels on their own line, after a number, or with spaced-out digits", () => {
  test.each([
    // 嘉義市 市務會議 and 臺北市 市政會議 put each label above its value
    ["時間", "time"],
    ["主席", "chair"],
    ["出列席人員", "attendees"],
    ["開會日期", "time"],
    ["紀錄", "recorder"],
  ])("%s alone", (text, field) => {
    expect(readHeaderFields(text)).toEqual([{ field, value: "" }]);
  });

  test("the value on the next line fills the label (嘉義市 1015, 臺北市 1096)", () => {
    const record = parsed("嘉義市政府第1015次市務會議紀錄\n時間\n民國110年4月13日上午8時\n地點\n本府6樓第2會議室\n主席\n市長 黃敏惠\n");
    expect(record.meeting).toMatchObject({ number: 1015, date: "2021-04-13", startTime: "08:00", location: "本府6樓第2會議室", chair: "市長 黃敏惠" });
  });

  test("a number before each label, and digits spaced out by PDF extraction (臺南市工務局 16)", () => {
    const record = parsed("臺南市政府工務局第 1 6 次局務會議紀錄\n1 、 開會時間:中華民國 1 0 1 年 5 月 24 日星期四下午 4 時 30 分\n2、 開會地點:本局會議室\n3、 會議主持人:吳 局長宗榮\n");
    expect(record.meeting).toMatchObject({ number: 16, date: "2012-05-24", startTime: "16:30", location: "本局會議室", chair: "吳 局長宗榮" });
  });

  test.each([
    ["中華民國 1 0 1 年 5 月 24 日星期四", "2012-05-24"],
    ["100 年 5 月 18 日(星期三)", "2011-05-18"],
  ])("%s", (text, date) => {
    expect(readMeetingDate(text)?.date).toEqual({ ok: true, value: date });
  });

  test.each([
    ["臺南市政府工務局第 1 6 次局務會議紀錄", "臺南市政府工務局", 16, "局務會議"],
    ["新北市政府416次市政會議紀錄", "新北市政府", 416, "市政會議"],
    ["第46次擴大主管會報縣長裁示事項/連江縣政府提供", null, 46, "擴大主管會報"],
    ["行政院第3192次院會決議", "行政院", 3192, "院會"],
    ["第317次主管會報", null, 317, "主管會報"],
    // 義守大學 行政會議: a page number before the title, and a school term between organization and number
    ["2 義孚大學 99 學年度第 2 學期第 4 次行政會議紀錄", "義孚大學", 4, "行政會議"],
    ["高雄市立蚵寮國民中學106學年度第1次校務會議紀錄", "高雄市立蚵寮國民中學", 1, "校務會議"],
  ])("title %s", (text, organization, number, name) => {
    expect(readMeetingTitle(text)).toEqual({ organization, number, name });
  });
});

describe("text from PDFs: spaced-out characters and a page on one line", () => {
  test("characters spaced one by one are closed up (義守大學 行政會議, 臺北市 1096)", () => {
    const [line] = toSourceLines("義 孚 大 學 99 學 年 度 第 2 學 期 第 4 次 行 政 會 議 紀 錄");
    expect(line?.text).toBe("義孚大學 99 學年度第 2 學期第 4 次行政會議紀錄");
    expect(toSourceLines("馬 市 長")[0]?.text).toBe("馬 市 長");
  });

  test("a page run together is cut before its fields and numbered points (蚵寮國中, 基隆市議會)", () => {
    const lines = toSourceLines(
      "高雄市立蚵寮國民中學期初校務會議紀錄 時間:106 年 8 月 29 日上午 10:10 地點:本校會議室 主席:鄭 校長 元順 壹、 主席報告: 一.上次共同事項執行報告: 1.各處室應有準備。 2.請各處室製作處室牌,請教務處及總務處完成。",
    );
    expect(lines.map((l) => l.text)).toEqual([
      "高雄市立蚵寮國民中學期初校務會議紀錄",
      "時間:106 年 8 月 29 日上午 10:10",
      "地點:本校會議室",
      "主席:鄭 校長 元順",
      "壹、 主席報告:",
      "一.上次共同事項執行報告:",
      "1.各處室應有準備。",
      "2.請各處室製作處室牌,請教務處及總務處完成。",
    ]);
    expect(new Set(lines.map((l) => l.line))).toEqual(new Set([1]));
  });

  test("a spaced-out page run together is cut while its spaces still show where, then closed up (義守大學)", () => {
    const lines = toSourceLines(
      "紀 錄 : 張 涬 雯 壹 報 告 事 項 一 主 席 報 告 ( 一 ) 感 謝 各 位 主 管 的 辛 勞 ( 二 )101 年 運 動 會 請 承 辦 單 位 務 必 留 意 ( 三 ) 國 際 處 皆 應 將 聯 絡 資 訊 備 存",
    );
    expect(lines.map((l) => l.text)).toEqual([
      "紀錄 : 張涬雯",
      "壹、報告事項",
      "一、主席報告",
      "(一) 感謝各位主管的辛勞",
      "(二)101 年運動會請承辦單位務必留意",
      "(三) 國際處皆應將聯絡資訊備存",
    ]);
  });
});

describe("a point asks for work without 請 when it says so", () => {
  test.each([
    // 臺南市工務局 16, 連江縣 46, 都發局 326
    ["爾後辦理活動應動員各區人員", "instruction", true],
    ["春節將近,有關勞軍以及遊藝春節活動等相關行程,要儘早聯繫規劃辦理。(民政局)", "loose", true],
    ["萬美出租國宅除立面景觀美化工程仍要兼顧其內部整修", "report", true],
    ["南港經貿C13-1基地換地方案儘快提局內討論", "report", true],
    // the sample's general reminder and a decision that only approves
    ["同仁應保持經管業務檔案備份習慣,如有隨身碟需求者,可向文書組申請撥用。", "conclusion", false],
    ["本局同仁應落實密碼定期更換,以維資訊安全。", "instruction", false],
    ["照案通過", "decision", false],
    ["本案重要性高,主要由中央補助", "conclusion", false],
  ] as const)("%s", (text, kind, expected) => {
    expect(asksForWork(text, kind)).toBe(expected);
  });
});

describe("owners as other agencies name them", () => {
  test.each([
    // 連江縣 46 (every item) and 臺北市 1250: the owner in brackets at the end
    ["對於各單位公產及公有土地登記管理要加強督導。(財政局)", ["財政局"], []],
    ["過年期間各鄉用水量的統計及配套措施要事先規劃。(工務局)", ["工務局"], []],
    // 都發局 391 and 嘉義市 1015: groups and numbered 科
    ["選舉將至,各機關公務人員應保持行政中立,請各科處室遵照辦理。", ["各科處室"], []],
    ["下列事項請相關單位配合積極辦理", ["相關單位"], []],
    ["簡報請三科儘速修改陳報。", ["三科"], []],
    // 行政院水情會議 and 北臺推動組: companies and units addressed with 應
    ["台灣自來水公司應清查並恢復南部地區現有抽水井取水功能", ["台灣自來水公司"], []],
    // people when no unit is named: 都發局 751, 臺南市工務局 16
    ["廣慈D管理行政空間規劃,請張主秘再邀集相關科室及都更中心研議", [], ["張主秘"]],
    ["有關本局之公文時效略有進步,請本局李主任秘書國榮再繼續追蹤列管。", [], ["李主任秘書"]],
  ])("%s", (text, divisions, people) => {
    expect(findAssignees(text, EMPTY)).toMatchObject({ divisions, people, directed: true });
  });

  test.each([
    // words that end like a unit: 處理 (都發局 391), 洽 as a verb (都發局 391), a verb before a title
    // (都發局 751), an adverb before 送 (都發局 317: the sender leads, the receiver supports)
    ["建築物圍牆高度請研定處理原則。", []],
    ["新興市場評估作為公營住宅一案,請洽教育局清楚表達意見", []],
    ["廣慈C基地請安排局長傍晚時段至現場會勘", []],
    ["更新處申請城鄉新風貌案件有關變更計畫部分請速送營建署。", ["更新處"]],
  ])("the lead of %s", (text, lead) => {
    const found = findAssignees(text, EMPTY);
    expect(found.divisions.filter((d) => !found.supporting.includes(d))).toEqual(lead);
    expect(found.people).toEqual([]);
  });
});

describe("rulings: ranges, 第 N 號, and other words for closing", () => {
  const rulingsOf = (text: string): [string, string][] =>
    readRulings(paragraph(text)).rulings.map((r) => [r.caseId, r.decision]);

  test.each([
    ["列管案號 10902 至 10905 均同意解除列管。", [["10902", "closed"], ["10903", "closed"], ["10904", "closed"], ["10905", "closed"]]],
    ["列管案號10902～10904賡續列管。", [["10902", "continued"], ["10903", "continued"], ["10904", "continued"]]],
    ["列管案號第 10902 號及第 10903 號同意結案。", [["10902", "closed"], ["10903", "closed"]]],
    ["列管案號 11205 撤銷列管。", [["11205", "closed"]]],
    ["列管案號 11206 准予銷案。", [["11206", "closed"]]],
    ["列管案號 11207 改列自行列管。", [["11207", "self-tracked"]]],
  ])("%s", (text, expected) => {
    expect(rulingsOf(text)).toEqual(expected);
  });

  test("a range across meetings is a warning, and the ends are still ruled", () => {
    const reading = readRulings(paragraph("列管案號 10902 至 11005 解除列管。"));
    expect(reading.rulings.map((r) => r.caseId)).toEqual(["10902", "11005"]);
    expect(reading.warnings.map((w) => w.message)).toEqual([expect.stringContaining("無法展開")]);
  });

  test("an id of the wrong length in a list is warned and the rest are ruled", () => {
    const reading = readRulings(paragraph("列管案號 10902、09903 及 10904 均解除列管。"));
    expect(reading.rulings.map((r) => r.caseId)).toEqual(["10902", "10904"]);
    expect(reading.warnings).toHaveLength(1);
  });
});

describe("whole documents of other shapes", () => {
  test("a list of instructions with owners in brackets and no label (連江縣 46)", () => {
    const record = parsed(
      "第46次擴大主管會報縣長裁示事項/連江縣政府提供\n 1、在過年期間要準備寒冬送暖事宜。(民政局)\n 2、有關財務的調度及資金運用要做好各項準備工作。(財政局)\n 3、本週天氣晴。",
    );
    expect(record.meeting.number).toBe(46);
    expect(record.items.map((i) => [i.caseId, i.divisions])).toEqual([
      ["4601", ["民政局"]],
      ["4602", ["財政局"]],
    ]);
  });

  test("bullet headings with bullet instructions under them (都發局 主管會報)", () => {
    const record = parsed(
      "第391次主管會報\n主席:丁局長育群\n  • 上次會議決議及指裁示事項執行情形報告\n    • 公營住宅興建介面SOP處理程序,請五科提出草案。\n  • 各科重大事項提報\n    • 新興市場評估作為公營住宅一案,請二科儘速簽報市長。\n    • 整宅購地案件之土地持分等資料應統計歸類整理。\n",
    );
    expect(record.items.map((i) => [i.caseId, i.divisions, i.section])).toEqual([
      ["39101", ["五科"], "上次會議決議及指裁示事項執行情形報告"],
      ["39102", ["二科"], "各科重大事項提報"],
      ["39103", [], "各科重大事項提報"],
    ]);
  });
});
