// --out with the wrong extension is refused before anything is read, in the CLI's language: a report
// must be .odt or .docx, the exported workbook .ods.
import { run } from "./support";

describe("--out with the wrong extension", () => {
  test.each([
    [["report", "--workbook", "w.xlsx", "--out", "x.pdf"], "--out「x.pdf」的副檔名應為 .odt 或 .docx，例如 --out 第112次辦理情形.odt\n"],
    [["report", "--workbook", "w.xlsx", "--out", "x.pdf", "--lang", "en"], "--out “x.pdf” must end in .odt or .docx, e.g. --out report-112.odt\n"],
    [["export", "--workbook", "w.xlsx", "--out", "x.xlsx"], "--out「x.xlsx」的副檔名應為 .ods，例如 --out 列管.ods\n"],
    [["export", "--workbook", "w.xlsx", "--out", "x.xlsx", "--lang", "en"], "--out “x.xlsx” must end in .ods, e.g. --out tracking.ods\n"],
  ])("%j", async (argv, err) => {
    expect(await run(...argv)).toEqual({ code: 2, out: "", err });
  });
});
