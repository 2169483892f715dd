import { reportGrid, reportSheetName } from "../../src/export/reportGrid";
import { CASE_COLUMNS, STATISTICS_COLUMNS } from "../../src/export/reportLayout";
import { UNREPORTED_LABEL } from "../../src/report";
import { sampleReport } from "./reportData";

describe("the report as a worksheet grid (寫入工作表)", () => {
  const model = sampleReport();
  const grid = reportGrid(model);
  const header = grid.rows[grid.headerRow] ?? [];

  it("has the title block, then the case table's header row, then one row per case in order", () => {
    expect(grid.rows.slice(0, grid.headerRow).flat()).toEqual(expect.arrayContaining([model.organization, model.title]));
    expect(header).toEqual(CASE_COLUMNS.map((c) => c.header));
    const body = grid.rows.slice(grid.headerRow + 1, grid.headerRow + 1 + model.rows.length);
    expect(body.map((row) => row[0])).toEqual(model.rows.map((r) => r.caseId));
    expect(body.every((row) => row.length === CASE_COLUMNS.length)).toBe(true);
  });

  it("keeps each division's entry (its lines joined by line breaks) and the 未填報 flag", () => {
    const progress = grid.rows.map((row) => row[4] ?? "");
    // 11101: 文書組's two lines, then the supporting division still awaited
    expect(progress).toContain(`【文書組】已完成公文系統改版第一階段。\n第二階段於6月上線。\n資訊室 ${UNREPORTED_LABEL}`);
    expect(progress.some((text) => text.includes(UNREPORTED_LABEL))).toBe(true);
  });

  it("ends with the statistics: heading, header row, one row per division and 合計", () => {
    const statsHeader = grid.rows.findIndex((row) => row[0] === STATISTICS_COLUMNS[0]?.header && row[1] === STATISTICS_COLUMNS[1]?.header);
    expect(statsHeader).toBeGreaterThan(grid.headerRow + model.rows.length);
    const divisions = grid.rows.slice(statsHeader + 1, statsHeader + 2 + model.statistics.byDivision.length).map((row) => row[0]);
    expect(divisions).toEqual([...model.statistics.byDivision.map((s) => s.division), "合計"]);
    expect(grid.widths).toHaveLength(Math.max(CASE_COLUMNS.length, STATISTICS_COLUMNS.length));
  });

  it.each([
    ["the whole report", { division: null, meeting: 112 }, "辦理情形 第112次"],
    ["a division's own list", { division: "總務組", meeting: 112 }, "辦理情形 第112次 總務組"],
    ["characters Excel refuses dropped", { division: "資訊/室[一]", meeting: 112 }, "辦理情形 第112次 資訊室一"],
    ["cut at 31 characters", { division: "臺北市政府秘書處市政大樓公共事務管理中心第一科", meeting: 112 }, "辦理情形 第112次 臺北市政府秘書處市政大樓公共事務管理中心"],
  ])("names the sheet for %s", (_name, override, name) => {
    const sheet = reportSheetName({ ...model, ...override });
    expect(sheet).toBe(name);
    expect(sheet.length).toBeLessThanOrEqual(31);
  });
});
