// resolveAsOf: one behaviour for the pane, the CLI and the ribbon command, a bad time zone included.
import { resolveAsOf } from "../../src/app";
import type { IsoDate } from "../../src/domain";
import { renderProblem } from "../../src/problems";

// 2022-03-16T17:00Z is already 17 March in Taipei, still 16 March in London.
const NOW = new Date("2022-03-16T17:00:00Z");
const d = (text: string) => text as IsoDate;

describe("resolveAsOf", () => {
  test.each([
    ["a date given for this run wins", { asOf: d("2022-01-01"), timeZone: "Asia/Taipei" }, d("2022-05-01"), "2022-05-01", "given"],
    ["the 設定 基準日 when it holds a date", { asOf: d("2022-01-01"), timeZone: "Asia/Taipei" }, undefined, "2022-01-01", "settings"],
    ["today in the workbook's zone (=TODAY())", { asOf: null, timeZone: "Asia/Taipei" }, undefined, "2022-03-17", "today"],
    ["today in another zone", { asOf: null, timeZone: "Europe/London" }, undefined, "2022-03-16", "today"],
    ["an empty zone means the secretariat's", { asOf: null, timeZone: "  " }, undefined, "2022-03-17", "today"],
  ] as const)("%s", (_rule, settings, given, asOf, source) => {
    const resolved = resolveAsOf(settings, NOW, given);
    expect(resolved).toMatchObject({ asOf, source, warning: null });
  });

  test("a zone no one knows: today in Asia/Taipei, and a warning naming the zone in both languages", () => {
    const resolved = resolveAsOf({ asOf: null, timeZone: "Mars/Olympus" }, NOW);
    expect(resolved.asOf).toBe("2022-03-17");
    expect(resolved.timeZone).toBe("Asia/Taipei");
    expect(resolved.warning).not.toBeNull();
    if (resolved.warning === null) return;
    expect(renderProblem(resolved.warning, "zh-TW")).toContain("時區「Mars/Olympus」不正確");
    expect(renderProblem(resolved.warning, "en")).toMatch(/^the time zone “Mars\/Olympus”/);
  });

  test("a bad zone does not matter when the 基準日 is a date", () => {
    expect(resolveAsOf({ asOf: d("2022-01-01"), timeZone: "Mars/Olympus" }, NOW).warning).toBeNull();
  });
});
