// Tests for the 散會 line and the end time it gives.

import { readAdjournment } from "../../src/minutes/adjournment";

describe("readAdjournment reads the closing line", () => {
  test.each([
    ["散會（10 時 50 分）", { ok: true, time: "10:50" }],
    ["散會：上午１０時２０分", { ok: true, time: "10:20" }],
    ["散會（下午3時40分）", { ok: true, time: "15:40" }],
    ["散會。", null],
    ["散會", null],
  ])("%s", (text, time) => {
    expect(readAdjournment(text)).toEqual({ time });
  });

  test.each(["會議散會後請各組留步", "請於散會後", "主席：陳志銘"])("not a 散會 line: %s", (text) => {
    expect(readAdjournment(text)).toBeNull();
  });
});
