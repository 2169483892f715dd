// Tests for lines that open a report or a proposal.

import { isReportLabel, readProposalHeading } from "../../src/minutes/reportLabel";

describe("isReportLabel spots speakers and proposals", () => {
  test.each([
    "總務組廖代理組長補充報告：經管西園及信義單房間職務宿舍目前待配借 20 間",
    "文書組高組長補充報告：",
    "政風室劉主任補充報告：近日發生公視新聞部數位檔案遭外包資訊廠商誤刪事件",
    "新建工程處：捷運萬大線周邊道路復舊工程預計於9月底完工。",
    "案由：修正本處職務宿舍借用要點第五點條文，提請討論。",
    "說明：為因應宿舍耐震補強期間之短期借用需求",
    "提案單位：人事室",
    "第一案",
    "提案一",
  ])("%s", (text) => {
    expect(isReportLabel(text)).toBe(true);
  });

  test.each([
    "請公管中心了解動線規劃後，針對關鍵區域電梯之防疫作為審慎規劃",
    "二、第 109 次處務會議結論事項辦理情形報告。",
    "情之相關因應措施。",
  ])("not a report: %s", (text) => {
    expect(isReportLabel(text)).toBe(false);
  });
});

describe("readProposalHeading names the proposal a decision belongs to", () => {
  test.each([
    ["第一案", "第一案"],
    ["提案二", "提案二"],
    ["案由一：市政大樓地下停車場收費調整案", "案由一"],
    ["案由：市政大樓地下停車場收費調整案", null],
    ["第一案件", null],
  ])("%s → %s", (text, heading) => {
    expect(readProposalHeading(text)).toBe(heading);
  });
});
