// Tests for clock times in the header and the 散會 line.

import { readClockTimes } from "../../src/minutes/clockTime";

describe("readClockTimes turns minutes' times into HH:MM", () => {
  test.each([
    ["10 時 0 分", ["10:00"]],
    ["上午９時３０分", ["09:30"]],
    ["下午 2 時", ["14:00"]],
    ["下午2時30分", ["14:30"]],
    ["晚上7點", ["19:00"]],
    ["中午12時", ["12:00"]],
    ["下午12時", ["12:00"]],
    ["上午十時半", ["10:30"]],
    ["14:30", ["14:30"]],
    ["上午９時３０分至１１時", ["09:30", "11:00"]],
    ["（星期四）", []],
  ])("%s → %j", (text, times) => {
    expect(readClockTimes(text)).toEqual(times.map((time) => ({ ok: true, time })));
  });

  test.each([
    ["25時", "outOfRange"],
    ["10時75分", "outOfRange"],
    ["上午十十十時", "unreadable"],
  ])("%s is refused, as written, with why (%s)", (text, reason) => {
    expect(readClockTimes(text)).toEqual([{ ok: false, time: text, reason }]);
  });
});
