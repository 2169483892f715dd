// Tests for conclusions that only take note.

import { isAcknowledgement } from "../../src/minutes/acknowledgement";

describe("isAcknowledgement", () => {
  test.each([
    "洽悉。",
    "紀錄確定。",
    "確定。",
    "同意備查。",
    "准予備查",
    "照案通過。",
    "洽悉，紀錄確認。",
    "洽悉，並同意備查。",
    "本案洽悉。",
    " 洽悉 ",
  ])("%s only takes note", (text) => {
    expect(isAcknowledgement(text)).toBe(true);
  });

  test.each([
    "修正通過，請人事室於1個月內完成發布，並副知各組室。",
    "原則同意，請公管中心於本（1）月底前完成收費標準修正草案。",
    "洽悉，請總務組賡續辦理。",
    "",
    "。",
  ])("%s does more", (text) => {
    expect(isAcknowledgement(text)).toBe(false);
  });
});
