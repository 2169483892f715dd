// Tests for who an item assigns work to.

import { findAssignees, type AssigneeOptions } from "../../src/minutes/assignees";
import { infocom, publicWorks, secretariat } from "./support";

const SECRETARIAT: AssigneeOptions = { registry: secretariat, selfNames: ["臺北市政府秘書處", "秘書處", "本處"] };
const INFOCOM: AssigneeOptions = { registry: infocom, selfNames: ["臺北市政府資訊局", "資訊局", "本局"] };
const PUBLIC_WORKS: AssigneeOptions = { registry: publicWorks, selfNames: ["臺北市政府工務局", "工務局", "本局"] };

describe("the lead is the unit after 請, or the unit the sentence addresses", () => {
  test.each([
    ["請公管中心進行市政大樓 1 樓北區為民服務綜合櫃檯工程履約管理時", ["市政大樓公共事務管理中心"], []],
    ["請機要組、市民服務組盤點權管系統匯出文件需求", ["機要組", "市民服務組"], []],
    ["請總務組與公管中心定期於主秘會報提報", ["總務組", "市政大樓公共事務管理中心"], []],
    ["請各組室及公管中心踴躍提報參加廉能透明獎，爭取本處榮耀。", ["各組室", "市政大樓公共事務管理中心"], []],
    ["總務組因應宿舍結構補強所規劃之短期借用方案，請注意單房間職務宿舍現住者及候配者權益平衡", ["總務組"], []],
    ["請國際事務組於協辦2022智慧城市展海外貴賓接待工作時", ["國際事務組"], []],
    ["請國務組會同媒事組，於10日內研擬本年度姊妹市交流活動宣傳規劃。", ["國際事務組", "媒體事務組"], ["媒體事務組"]],
    ["請本處人事室於1個月內完成發布", ["人事室"], []],
    ["請秘書處總務組辦理", ["總務組"], []],
    ["總務組應於5月底前完成", ["總務組"], []],
    ["本案交由採購組辦理", ["採購組"], []],
    ["由總務組統籌，請各組配合", ["總務組", "各組"], []],
  ])("%s → %j", (text, divisions, supporting) => {
    const found = findAssignees(text, SECRETARIAT);
    expect(found).toEqual({ divisions, supporting, unknown: [], people: [], directed: true });
  });
});

describe("supporting units come from 會同, 協同, 並送, 送 and 並與", () => {
  test.each([
    ["請公管中心協同總務組，於112年3月底前辦理公告及系統設定。", ["市政大樓公共事務管理中心", "總務組"]],
    ["請媒體事務組於 6 月底前完成新聞稿格式調整說明，並送各組室參考。", ["媒體事務組", "各組室"]],
    ["請總務組研擬方案，並送請會計室審核", ["總務組", "會計室"]],
    ["請總務組研議，並與會計室協商經費", ["總務組", "會計室"]],
    ["會同政風室，請採購組辦理", ["採購組", "政風室"]],
  ])("%s → %j", (text, divisions) => {
    const found = findAssignees(text, SECRETARIAT);
    expect(found.divisions).toEqual(divisions);
    // the lead comes first and every unit after it here supports
    expect(found.supporting).toEqual(divisions.slice(1));
  });
});

describe("units outside the assignee positions are not assignees", () => {
  test.each([
    ["市政大樓東南景觀區工程案，請公管中心提醒公園處把握施作期程，如期如質完工。", ["市政大樓公共事務管理中心"]],
    ["因應本府開放文件格式推廣計畫，請各組依文書組提示內容配合辦理，以提高資料開放應用比率。", ["各組"]],
    ["為因應3月23日智慧城市展海外貴賓參觀本府大數據中心，請公管中心了解動線規劃後", ["市政大樓公共事務管理中心"]],
    ["文書組所提計畫，請各組配合辦理", ["各組"]],
    ["請注意辦公室用電安全", []],
  ])("%s → %j", (text, divisions) => {
    expect(findAssignees(text, SECRETARIAT).divisions).toEqual(divisions);
  });
});

describe("people are not divisions, but asking them is still directing work, and they are kept by title", () => {
  test.each([
    ["本處逾 45 小時加班之同仁，請林副秘書長適時關懷。", ["林副秘書長"]],
    ["議員近期關注議題，請趙副總聯絡人及王府會聯絡員蒐集情資，以利市長預為因應。", ["趙副總聯絡人", "王府會聯絡員"]],
    ["請林副處長督導", ["林副處長"]],
    // 臺南市政府工務局第16次局務會議: a title after the organization's name, split by a line break
    ["有關本局之公文時效略有進步，請本局李主任秘書國榮再繼續追蹤列管。", ["李主任秘書"]],
    ["由張主秘召集相關單位研商", ["張主秘"]],
    ["張主秘應於下週召開協調會", ["張主秘"]],
  ])("%s → %j", (text, people) => {
    expect(findAssignees(text, SECRETARIAT)).toEqual({ divisions: [], supporting: [], unknown: [], people, directed: true });
  });
});

describe("an owner in brackets at the end of an item leads it", () => {
  test.each([
    ["各局處應落實防汛整備，做好準備工作。(財政局)", ["財政局"]],
    ["請加強宣導反詐騙。（民政局、警察局）", ["民政局", "警察局"]],
    ["辦理年終考核作業〔人事處〕", ["人事處"]],
    ["請各局處配合辦理。(民政局)", ["民政局", "各局處"]],
  ])("%s → %j", (text, divisions) => {
    expect(findAssignees(text, PUBLIC_WORKS)).toMatchObject({ divisions, supporting: [], directed: true });
  });

  test.each(["請總務組辦理（含外包廠商）", "本案依規定辦理(111年)", "請總務組評估(詳附件)"])("not an owner: %s", (text) => {
    const found = findAssignees(text, SECRETARIAT);
    expect(found.divisions.every((d) => !/含|111|附件/u.test(d))).toBe(true);
  });
});

describe("a remark that asks no one is not directed", () => {
  test.each([
    "同仁應保持經管業務檔案備份習慣，如有隨身碟需求者，可向文書組申請撥用。",
    "本局同仁應落實密碼定期更換，以維資訊安全。",
    "由於疫情趨緩，本府將恢復實體會議。",
    "洽悉。",
    "依議。",
  ])("%s", (text) => {
    expect(findAssignees(text, SECRETARIAT).directed).toBe(false);
  });
});

describe("units outside the registry are kept by their suffix", () => {
  test.each([
    ["請應用服務科會同數據應用科，於１１２年６月３０日前提出", INFOCOM, ["應用服務科", "數據應用科"], ["數據應用科"]],
    ["請資安科於本（５）月底前完成", INFOCOM, ["資訊安全科"], []],
    ["各科室應於二週內檢視所管網站之個人資料揭露情形", INFOCOM, ["各科室"], []],
    ["請新工處會同交通局檢討萬大線周邊道路復舊工程交維計畫", PUBLIC_WORKS, ["新建工程處", "交通局"], ["交通局"]],
    [
      "請水利處會同大地處於2週內完成轄管邊坡及護岸巡檢，並請各工程處配合",
      PUBLIC_WORKS,
      ["水利工程處", "各工程處", "大地工程處"],
      [],
    ],
    ["請工務局新建工程處協助", SECRETARIAT, ["工務局新建工程處"], ["工務局新建工程處"]],
    ["請資訊局規劃外賓動線", SECRETARIAT, ["資訊局"], ["資訊局"]],
  ])("%s", (text, options, divisions, unknown) => {
    expect(findAssignees(text, options)).toMatchObject({ divisions, unknown, directed: true });
  });
});
