// The layouts of other agencies' minutes, one table per rule, each with lines from at least two real
// documents of the evaluation corpus (test/fixtures/minutes/real) or a reason written beside it.

import { asksNoWork, isAcknowledgement } from "../../src/minutes/acknowledgement";
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
import { zhMessage } from "./records";

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
    ["第46次擴大主管會報縣長裁示事項/連江縣政府提供", "連江縣政府", 46, "擴大主管會報"],
    ["行政院第3192次院會決議", "行政院", 3192, "院會"],
    ["第317次主管會報", null, 317, "主管會報"],
    // 義守大學 行政會議: a page number before the title, and a school term between organization and number
    ["2 義孚大學 99 學年度第 2 學期第 4 次行政會議紀錄", "義孚大學", 4, "行政會議"],
    ["高雄市立蚵寮國民中學106學年度第1次校務會議紀錄", "高雄市立蚵寮國民中學", 1, "校務會議"],
  ])("title %s", (text, organization, number, name) => {
    expect(readMeetingTitle(text)).toEqual({ organization, number, name, dateText: null });
  });

  test.each([
    // councils and associations: a term (屆), a session (會期, 第N次臨時大會) and a committee before 第N次
    ["金城鎮民代表會第十二屆第十五次臨時大會第四次會議紀錄", "金城鎮民代表會", 4, "臨時大會會議", null],
    ["立法院第11屆第4會期教育及文化委員會第1次召集委員會議議事錄", "立法院", 1, "教育及文化委員會召集委員會議", null],
    ["屏東縣國立屏東高中校友會第12屆第2次理監事暨顧問聯席會議紀錄", "屏東縣國立屏東高中校友會", 2, "理監事暨顧問聯席會議", null],
    ["臺中二中教師會第十六屆第八次理監事會議 會議記錄", "臺中二中教師會", 8, "理監事會議", null],
    // the date written before or after the title (臺南市 512, 屏東高中教師會)
    ["臺南市政府第512次市政會議紀錄110/10/12", "臺南市政府", 512, "市政會議", "110/10/12"],
    ["113/04/10 第二十屆第3次臨時理監事聯席會議記錄", null, 3, "臨時理監事聯席會議", "113/04/10"],
    // no 第N次: a body's name and 紀錄/議程 make it a title (蚵寮國中, 羅東鎮公所)
    // the longest body name: 秘書處 is the organization, 處務會議 the meeting (not 秘書處處 + 務會議)
    ["臺北市政府秘書處處務會議紀錄", "臺北市政府秘書處", null, "處務會議", null],
    ["1 高雄市立蚵寮國民中學 106 學年度第 1 學期期初校務會議會議紀錄", "高雄市立蚵寮國民中學", null, "期初校務會議", null],
    ["『羅東鎮公所103年第九屆環保變變變活動期前會議議程』", "羅東鎮公所", null, "103年第九屆環保變變變活動期前會議", null],
  ])("title %s", (text, organization, number, name, dateText) => {
    expect(readMeetingTitle(text)).toEqual({ organization, number, name, dateText });
  });

  test("a part of the meeting named alone on its line closes the block before it (臺南市 512)", () => {
    const record = parsed(
      "臺南市政府第512次市政會議紀錄110/10/12\n市長提示:\n一、請經發局如期完成前瞻計畫工程。\n報告事項\n一、民政局陳報「活動中心活化」報告。\n決定:准予備查。\n市長提示:\n公共建築應避免使用特殊建材。\n",
    );
    expect(record.items.map((i) => i.text)).toEqual(["請經發局如期完成前瞻計畫工程。", "公共建築應避免使用特殊建材。"]);
    expect(record.warnings.map(zhMessage).join()).not.toMatch(/重複/u);
  });

  test("a date in the title is the meeting's date when no 時間 line gives one (臺南市 512)", () => {
    expect(parsed("臺南市政府第512次市政會議紀錄110/10/12\n市長提示:\n一、請經發局如期完成前瞻計畫工程。\n").meeting.date).toBe("2021-10-12");
  });

  test("a header written as prose: 於…假…召開, 由…主持 (北臺推動組)", () => {
    const record = parsed(
      "發展推動組101年第4次工作會議\n「北臺區域發展推動委員會」發展推動組於101年5月30日假臺北市政府市政大樓9樓903會議室召開第4次工作會議,會議由臺北市政府都市發展局 邊副局長子樹主持。\n一、請各縣市提供資料。\n",
    );
    expect(record.meeting).toMatchObject({ date: "2012-05-30", location: "臺北市政府市政大樓9樓903會議室", chair: "臺北市政府都市發展局 邊副局長子樹" });
  });

  test.each(["本局於 3 月召開第 2 次會議紀錄", "請各局處於會後提出檢討會議紀錄。"])("not an unnumbered title: %s", (text) => {
    expect(readMeetingTitle(text)).toBeNull();
  });
});

describe("text from PDFs: spaced-out characters and a page on one line", () => {
  test("characters spaced one by one are closed up (義守大學 行政會議, 臺北市 1096)", () => {
    const [line] = toSourceLines("義 孚 大 學 99 學 年 度 第 2 學 期 第 4 次 行 政 會 議 紀 錄");
    expect(line?.text).toBe("義孚大學 99 學年度第 2 學期第 4 次行政會議紀錄");
    expect(toSourceLines("馬 市 長")[0]?.text).toBe("馬 市 長");
  });

  test("a council's proposal run together: 案由, 說明, 辦法, 審查意見, 議決 each start a line (基隆市議會)", () => {
    const lines = toSourceLines(
      "市政討論第三案 案 由:有關本會所質詢市府標案缺失之相關問題,請政風處詳細說明。 說 明: 辦 法: 審查意見: 議 決: 一、針對多項標案缺失部分,請政風處釐清疏失責任。 二、請市府於下周一提供本會有關永景案之契約書。",
    );
    expect(lines.map((l) => l.text)).toEqual([
      "市政討論第三案",
      "案 由:有關本會所質詢市府標案缺失之相關問題,請政風處詳細說明。",
      "說 明:",
      "辦 法:",
      "審查意見:",
      "議 決:",
      "一、針對多項標案缺失部分,請政風處釐清疏失責任。",
      "二、請市府於下周一提供本會有關永景案之契約書。",
    ]);
  });

  test("<br> that hand-written Markdown ends lines with is a line's end (社區管理委員會)", () => {
    expect(toSourceLines("**地點**: 社區管理中心辦公室<br>")[0]?.text).toBe("地點: 社區管理中心辦公室");
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
    // a decision that is the task itself (社區管理委員會, 理監事會議): an action verb opens a clause
    ["通知保家主管協助管理費繳費之核對。", "decision", true],
    ["表決8票通過，汰換中庭與閱覽室廁所之小便斗。", "decision", true],
    ["由網委核定流程，交新任總幹事配合執行", "decision", true],
    ["洽談三家廠商報價後開會決議", "decision", true],
    ["表決6票同意執行 (主委將擔任志工執行)", "decision", true],
    // a report's account of what was done is not a task
    ["汰換工程已於上月完成", "report", false],
    // a deadline set for the point (行政院水情會議), not one already met
    ["關於農業用水調度部分,相關單位於12月中旬前確定南部地區稻作是否正常供灌", "conclusion", true],
    ["本案業於3月底前完成", "conclusion", false],
    // a chair's praise asks nothing (臺南市 512)
    ["本市公共工程的建設榮獲全國五分之一強的獎項,感謝獲獎局處的努力。", "instruction", false],
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
    ["同仁參加與其職務有利害關係之民間法人團體舉辦之國際性座談,請各科室處轉知同仁", ["各科室處"]],
  ])("the lead of %s", (text, lead) => {
    const found = findAssignees(text, EMPTY);
    expect(found.divisions.filter((d) => !found.supporting.includes(d))).toEqual(lead);
    expect(found.people).toEqual([]);
  });
});

describe("the party a request addresses when it names no unit or titled person", () => {
  test.each([
    // 社區管理委員會 (coconut), 教師會 (后甲, 臺南教師會), 臺南市 512, 都發局 317, 水情會議
    ["表決8票同意，請永大電梯執行許可證申報", ["永大電梯"]],
    ["線上表決6票同意，請保家詳查並書面報告133號破洞之肇因", ["保家"]],
    ["請各位理事參考書面所附之實施辦法", ["各位理事"]],
    ["台南市教育產業工會目前正積極推廣「雲端合作社」,請各位理監事廣為宣傳", ["各位理監事"]],
    ["連續假期已結束,請同仁在工作崗位上持續努力", ["同仁"]],
    ["通知保家主管協助管理費繳費之核對", ["保家主管"]],
    // whom 請 asks leads before a unit the sentence opens with (臺南市 512)
    ["活動中心活化及興建執行情形與民生息息相關,請同仁在處理公務時以市民為念", ["同仁"]],
  ])("%s", (text, people) => {
    expect(findAssignees(text, EMPTY)).toMatchObject({ divisions: [], people });
  });

  test.each([
    // a unit as the subject of 應 is preferred to the organization itself (義守大學)
    ["本校亦應持續努力,國際處皆應將聯絡資訊備存", ["國際處"]],
    ["目前各地區雖可維持穩定供水,為未雨綢繆,各單位仍應早日預警", ["各單位"]],
    // a unit that opens a clause and acts leads before one asked later to help (水情會議)
    ["各單位持續就節約用水事宜加強宣導,促請民眾共同節約用水。", ["各單位"]],
    // the organization itself, asked by its own name (都發局 317)
    ["11/26更新處辦理都市更新法令講座請本局與建管處同仁踴躍報名參與。", ["本局"]],
  ])("%s", (text, divisions) => {
    expect(findAssignees(text, EMPTY).divisions).toEqual(divisions);
  });

  test.each(["建築物圍牆高度請研定處理原則。", "請儘速完成", "惟其亮點在於創意,應持續推廣"])("no party: %s", (text) => {
    expect(findAssignees(text, EMPTY)).toMatchObject({ divisions: [], people: [] });
  });
});

describe("a discussion recorded speaker by speaker", () => {
  test("a speaker's request is an item, a speaker's account is not (臺中二中教師會, 臺南市教師會)", () => {
    const record = parsed(
      "臺中二中教師會第十六屆第八次理監事會議 會議記錄\n一、會議時間:108 年 05 月 01 日(星期三)\n(一)確認收支報告\n育辰老師: 本學期收入 39,300 元,支出 21,420 元。\n仁隆老師: 繳費收據請各科理監事幹部發給科內同仁。\n",
    );
    expect(record.items.map((i) => i.text)).toEqual(["繳費收據請各科理監事幹部發給科內同仁。"]);
  });

  test("議決 opens a block of decisions like 決議 (基隆市議會)", () => {
    expect(readConclusionLabel("議 決:")).toEqual({ label: "議決", rest: "" });
  });
});

describe("points that assign no work", () => {
  test.each([
    // 金城鎮民代表會, 立法院召集委員會議, 臺南市 512, 臺南市工務局 16, 臺北市 1250, 五甲國小家長會
    ["劉秘書師政:出席代表已達法定額數,請主席宣佈開會。", true],
    ["主席宣佈開會,並請劉秘書宣讀第3次會議紀錄。", true],
    ["本會期召集委員主持分組審查表(詳如附件1),請議決案。", true],
    ["民政局陳報「臺南市里活動中心活化及興建執行情形」報告。(詳如書面資料)", true],
    ["經濟發展局陳報", true],
    ["請經發局依中央規定期限內如期如質完成前瞻計畫工程", false],
    ["請秘書處陳報市長核定", false],
  ])("%s", (text, none) => {
    expect(asksNoWork(text)).toBe(none);
  });

  test.each([
    ["臨時動議:無", true],
    ["併指示事項辦理。", true],
    ["准予備查;並感謝歐副市長之督導與全體員警同仁的辛勞。", true],
    ["准予備查,請民政局持續追蹤。", false],
  ])("acknowledgement: %s", (text, acknowledged) => {
    expect(isAcknowledgement(text)).toBe(acknowledged);
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
    expect(reading.warnings.map(zhMessage)).toEqual([expect.stringContaining("無法展開")]);
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
