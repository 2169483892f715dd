import { readFile } from "node:fs/promises";
import { readWorkbookOds, isOds } from "../../src/export/readOds";
import { writeWorkbookOds } from "../../src/export/workbookOds";
import { DEFAULT_DIVISIONS } from "../../src/domain";
import { emptyCase, emptyWorkbook, type WorkbookData } from "../../src/workbook/model";
import { d } from "../report/fixtures";
import { convertWithLibreOffice, requireSoffice } from "./libreoffice";

function workbook(asOf: WorkbookData["settings"]["asOf"]): WorkbookData {
  return {
    ...emptyWorkbook(),
    meetings: [{ number: 110, organization: "臺北市政府秘書處", name: "處務會議", date: d("2022-03-17"), startTime: "10:00", endTime: "10:50", location: "", chair: "陳志銘", recorder: "", attendees: "", sourceHash: "abc", importedAt: "2022-03-18T01:00:00.000Z" }],
    cases: [
      { ...emptyCase("11002"), meeting: 110, lead: ["總務組"], supporting: ["文書組"], text: "宿舍短期借用方案", dueDate: d("2022-05-31"), dueText: "5月底前", tracking: "continued", lastRuling: 111, progress: "辦理中" },
      { ...emptyCase("11003"), meeting: 110, lead: ["各組"], text: "=開放文件格式", tracking: "closed", closedBy: 111, closedOn: d("2022-04-21"), lastRuling: 111 },
    ],
    history: [{ caseId: "11002", meeting: 112, date: d("2022-05-02"), event: "proposal", detail: "【總務組】擬辦：無；辦理情形：辦理中", by: "承辦人", at: "2022-05-02T01:00:00.000Z" }],
    divisions: DEFAULT_DIVISIONS,
    settings: { ...emptyWorkbook().settings, asOf, dueSoonDays: 10, dateDisplay: "民國" },
  };
}

describe("opening an .ods of the workbook", () => {
  it.each([[null], [d("2022-05-01")]])("reads back what it wrote (as-of %s)", async (asOf) => {
    const data = workbook(asOf);
    const bytes = await writeWorkbookOds(data, "2022-05-02T09:00:00+08:00");
    expect(isOds(bytes)).toBe(true);
    expect(await readWorkbookOds(bytes)).toEqual({ ok: true, value: data });
  });

  it("reads one LibreOffice saved from it", async () => {
    await requireSoffice();
    const data = workbook(null);
    const saved = await convertWithLibreOffice(await writeWorkbookOds(data, "2022-05-02T09:00:00+08:00"), "book.ods", "ods");
    const read = await readWorkbookOds(new Uint8Array(await readFile(saved)));
    expect(read).toEqual({ ok: true, value: data });
  }, 300_000);

  it.each([
    [new Uint8Array([1, 2, 3]), "不是 ODF 試算表"],
  ])("refuses what is not an .ods of the workbook", async (bytes, message) => {
    const read = await readWorkbookOds(bytes);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toContain(message);
  });
});
