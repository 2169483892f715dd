// Tests for reading the meeting header from the outline.

import { readHeader } from "../../src/minutes/header";
import { outlineMinutes } from "../../src/minutes/outline";
import { toSourceLines } from "../../src/minutes/sourceLines";
import { lineMessages } from "./records";

function header(text: string): ReturnType<typeof readHeader> {
  return readHeader(outlineMinutes(toSourceLines(text)));
}

describe("every header field", () => {
  test("the label variants of another department", () => {
    const reading = header(
      "臺北市政府資訊局第１１２次局務會議紀錄\n開會時間：１１２年５月２日（星期二）上午９時３０分\n開會地點：本局１２樓第一會議室\n主持人：趙怡婷\n記錄：黃志豪\n出（列）席人員：如簽到單\n散會：上午１０時２０分",
    );
    expect(reading).toEqual({
      meeting: {
        organization: "臺北市政府資訊局",
        name: "局務會議",
        number: 112,
        date: "2023-05-02",
        startTime: "09:30",
        endTime: "10:20",
        location: "本局１２樓第一會議室",
        chair: "趙怡婷",
        recorder: "黃志豪",
        attendees: "如簽到單",
      },
      warnings: [],
      found: true,
    });
  });

  test.each([
    ["時間：111年4月21日上午9時30分至11時30分", "09:30", "11:30"],
    ["時間：111年4月21日下午2時\n散會：4時", "14:00", "16:00"],
    ["時間：111年4月21日下午2時\n散會（下午3時40分）", "14:00", "15:40"],
    ["日期：112年1月12日（星期四）\n時間：上午9時", "09:00", null],
    ["時間：111年4月21日", null, null],
  ])("times in %s", (lines, startTime, endTime) => {
    const { meeting } = header(`臺北市政府秘書處第 111 次處務會議紀錄\n${lines}`);
    expect([meeting.startTime, meeting.endTime]).toEqual([startTime, endTime]);
  });

  test("列席 is kept with the attendees", () => {
    const { meeting } = header("第 111 次處務會議紀錄\n出席：如簽到表\n列席：會計室林主任");
    expect(meeting.attendees).toBe("如簽到表；列席：會計室林主任");
  });

  test("會議名稱 stands in for a title", () => {
    const { meeting, found } = header("會議名稱：第114次處務會議\n時間：112年1月12日上午9時");
    expect([meeting.number, meeting.name, meeting.organization, found]).toEqual([114, "處務會議", null, true]);
  });

  test("the organization on the line above a title that starts at 第N次", () => {
    expect(header("臺北市政府秘書處\n第１１４次處務會議紀錄").meeting.organization).toBe("臺北市政府秘書處");
    expect(header("會議紀錄如下\n第１１４次處務會議紀錄").meeting.organization).toBeNull();
  });
});

describe("what is missing or wrong is a warning", () => {
  test.each([
    [
      "臺北市政府秘書處第 115 次處務會議紀錄\n時間：111年2月30日上午9時",
      [{ line: 2, message: "會議日期無法換算：日期「111年2月30日」不存在：111 年（2022 年）2 月只有 28 天" }],
    ],
    [
      "臺北市政府秘書處第 115 次處務會議紀錄\n地點：視訊會議",
      [{ line: 1, message: "找不到會議日期，相對期限（如「二週內」）無法換算" }],
    ],
    ["時間：111年3月17日上午10時", [{ line: 1, message: "找不到會議次別（第N次…會議），新列管案件無法編列案號" }]],
    [
      "第 115 次處務會議紀錄\n時間：111年3月17日上午25時",
      [{ line: 2, message: "會議時間「上午25時」不正確：時須為 0–23、分須為 0–59" }],
    ],
  ])("%s", (text, warnings) => {
    expect(lineMessages(header(text).warnings)).toEqual(warnings);
  });

  test.each([
    ["臺北市政府秘書處第 115 次處務會議紀錄", true],
    ["時間：111年3月17日上午10時", true],
    ["時間：111年2月30日上午10時", false],
    ["這是一封電子郵件。", false],
  ])("found(%s) is %s", (text, found) => {
    expect(header(text).found).toBe(found);
  });
});
