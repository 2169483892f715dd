// Tests for building one tracked item and the warnings that go with it.

import type { Assignees } from "../../src/minutes/assignees";
import { trackedItem } from "../../src/minutes/trackedItem";
import type { MeetingHeader } from "../../src/minutes/types";
import { iso } from "../domain/support";
import { lineMessages, zhMessage } from "./records";

const MEETING: MeetingHeader = {
  organization: "臺北市政府秘書處",
  name: "處務會議",
  number: 110,
  date: iso("2022-03-17"),
  startTime: "10:00",
  endTime: "10:50",
  location: "視訊會議",
  chair: "陳志銘",
  recorder: "許菁芳",
  attendees: "如簽到表",
};

const LEAD: Assignees = { divisions: ["市政大樓公共事務管理中心"], supporting: [], unknown: [], people: [], directed: true };
const SECTION = "四、各組室業務工作報告 會議結論";

describe("trackedItem builds the case", () => {
  test("from a conclusion of the 110th meeting", () => {
    const text = "請公管中心了解動線規劃後，針對關鍵區域電梯之防疫作為審慎規劃，並於二週內完成。";
    expect(trackedItem({ text, line: 73, section: SECTION, order: 8 }, LEAD, MEETING)).toEqual({
      item: {
        caseId: "11008",
        section: SECTION,
        text,
        divisions: ["市政大樓公共事務管理中心"],
        supporting: [],
        people: [],
        dueDate: "2022-03-31",
        dueText: "二週內",
        line: 73,
      },
      warnings: [],
    });
  });

  test.each([
    [{ ...MEETING, number: null }, 1, "", []],
    [MEETING, 99, "11099", []],
    [MEETING, 100, "", ["第 100 項新列管案件：無法編列案號，項次「100」不正確：應為 1–99 的整數"]],
  ])("case id for item %#", (meeting, order, caseId, messages) => {
    const built = trackedItem({ text: "請總務組辦理。", line: 5, section: SECTION, order }, LEAD, meeting);
    expect(built.item.caseId).toBe(caseId);
    expect(built.warnings.map(zhMessage)).toEqual(messages);
  });
});

describe("trackedItem warns about what the secretary should check", () => {
  test.each([
    [
      { divisions: [], supporting: [], unknown: [], people: [], directed: true },
      "請林副秘書長適時關懷。",
      "列管案件 11001：沒有可辨識的辦理組室，請於列管表指定",
    ],
    [
      { divisions: ["資訊局"], supporting: [], unknown: ["資訊局"], people: [], directed: true },
      "請資訊局協助。",
      "組室「資訊局」不在組室清單中，已照原文列入",
    ],
    [LEAD, "@請公管中心辦理。", "列管案件 11001：內容以「@」開頭，將以文字存入試算表"],
    [LEAD, "請公管中心（含外包廠商辦理。", "列管案件 11001：括號不成對，左括號 1 個、右括號 0 個"],
    [LEAD, "請公管中心於111年2月30日前完成。", "期限「111年2月30日前」的日期不存在：2022 年 2 月只有 28 天"],
  ])("#%#", (assignees, text, message) => {
    const built = trackedItem({ text, line: 7, section: SECTION, order: 1 }, assignees, MEETING);
    expect(built.item.text).toBe(text);
    expect(lineMessages(built.warnings)).toEqual([{ line: 7, message }]);
  });
});
