import { readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import JSZip from "jszip";
import { writeWorkbookOds } from "../../src/export/workbookOds";
import { COMPUTED_LABELS, DEFAULT_DIVISIONS, computeStatus, divisionLookup } from "../../src/domain";
import { computeStatistics } from "../../src/report";
import { emptyCase, emptyWorkbook, type CaseRow, type MeetingRow, type WorkbookData } from "../../src/workbook/model";
import { cases as reportCases, caseRow, d, meetings as reportMeetings } from "../report/fixtures";
import { convertWithLibreOffice, requireSoffice } from "./libreoffice";

const asOf = d("2022-05-01");

function workbook(): WorkbookData {
  const meetings: MeetingRow[] = reportMeetings.map((m) => ({ ...m, startTime: "10:00", endTime: "", location: "", chair: "", recorder: "", attendees: "", sourceHash: "", importedAt: "" }));
  // the report fixture's cases plus the boundaries of computeStatus around the as-of date
  const boundaries = [
    caseRow("11105", { dueDate: d("2022-04-30") }),
    caseRow("11106", { dueDate: d("2022-05-01") }),
    caseRow("11107", { dueDate: d("2022-05-08"), lead: ["資訊室"] }),
    caseRow("11108", { dueDate: d("2022-05-09"), supporting: ["文書組"] }),
    caseRow("11109", { dueDate: d("2022-04-01"), tracking: "continued", lead: ["國際事務組"] }),
    caseRow("11110", { dueDate: d("2022-04-01"), tracking: "closed", closedBy: 111 }),
    caseRow("11111", { lead: ["新工處"], text: "=SUM(A1) 不是公式" }),
  ];
  const cases: CaseRow[] = [...reportCases, ...boundaries].map((c) => ({ ...emptyCase(c.caseId), ...c }));
  return { ...emptyWorkbook(), meetings, cases, settings: { ...emptyWorkbook().settings, asOf } };
}

/** Parses LibreOffice's CSV (quoted fields, "" escapes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") endField();
    else if (ch === "\n") {
      endField();
      rows.push(row);
      row = [];
    } else if (ch !== "\r") field += ch;
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe("the .ods workbook", () => {
  it("is an ODF package with OpenFormula formulas and real dates", async () => {
    const zip = await JSZip.loadAsync(await writeWorkbookOds(workbook(), "2022-05-01T09:00:00+08:00"));
    expect(await zip.file("mimetype")?.async("string")).toBe("application/vnd.oasis.opendocument.spreadsheet");
    const content = (await zip.file("content.xml")?.async("string")) ?? "";
    expect(content).toContain('table:formula="of:=IF(OR([.H2]=&quot;解除列管&quot;;');
    expect(content).toContain("[$&apos;設定&apos;.$A$2]");
    expect(content).toContain('office:value-type="date" office:date-value="2022-05-06"');
    expect(content).not.toContain('table:formula="of:=SUM(A1)');
  });

  describe("recalculated by LibreOffice", () => {
    const data = workbook();
    let sheets = new Map<string, string[][]>();

    beforeAll(async () => {
      await requireSoffice();
      const bytes = await writeWorkbookOds(data, "2022-05-01T09:00:00+08:00");
      // all sheets, one CSV each (the 12th filter token, -1), UTF-8 (76), formulas' results
      const first = await convertWithLibreOffice(bytes, "book.ods", 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1');
      const dir = dirname(first);
      sheets = new Map();
      for (const file of await readdir(dir)) {
        const name = /^book-(.+)\.csv$/u.exec(file)?.[1];
        if (name) sheets.set(name, parseCsv(await readFile(join(dir, file), "utf8")));
      }
    }, 300_000);

    it("keeps every schema sheet", () => {
      expect([...sheets.keys()].sort()).toEqual(["會議", "列管案件", "辦理歷程", "組室", "設定", "組室總覽"].sort());
    });

    it("狀態 and 逾期天數 equal computeStatus for every case", () => {
      const [header = [], ...rows] = sheets.get("列管案件") ?? [];
      const col = (name: string) => header.indexOf(name);
      expect(rows).toHaveLength(data.cases.length);
      for (const row of rows) {
        const source = data.cases.find((c) => c.caseId === row[col("列管案號")]);
        if (!source) throw new Error(`unknown case ${row[col("列管案號")] ?? ""}`);
        const expected = computeStatus(source, asOf, { dueSoonDays: 7 });
        expect([source.caseId, row[col("狀態")]]).toEqual([source.caseId, COMPUTED_LABELS[expected.status]]);
        expect(row[col("逾期天數")]).toBe(expected.status === "overdue" ? String(expected.daysOverdue) : "");
      }
      expect(rows.find((r) => r[0] === "11111")?.[col("案由")]).toBe("=SUM(A1) 不是公式");
    });

    it("組室總覽 counts what the statistics count by the membership rule", () => {
      const stats = computeStatistics(data.cases, data.meetings, divisionLookup(DEFAULT_DIVISIONS), { asOf, dueSoonDays: 7 });
      const [, ...rows] = sheets.get("組室總覽") ?? [];
      expect(rows.map((r) => r[0])).toEqual(DEFAULT_DIVISIONS.map((x) => x.name));
      for (const row of rows) {
        const s = stats.byDivision.find((x) => x.division === row[0]);
        if (!s) throw new Error(row[0]);
        expect([row[0], ...row.slice(1, 5).map(Number)]).toEqual([s.division, s.tracked - s.closed - s.selfTracked, s.overdue, s.dueSoon, s.closed + s.selfTracked]);
      }
    });

    it("組室總覽's 執行情形統計 columns equal computeStatistics (counts by 追蹤狀態, 結案率)", () => {
      const stats = computeStatistics(data.cases, data.meetings, divisionLookup(DEFAULT_DIVISIONS), { asOf, dueSoonDays: 7 });
      const [header = [], ...rows] = sheets.get("組室總覽") ?? [];
      const at = (row: readonly string[], name: string) => row[header.indexOf(name)] ?? "";
      expect(header.slice(5)).toEqual(["列管案件數", "列管中", "賡續列管", "解除列管", "自行列管", "結案率"]);
      for (const row of rows) {
        const s = stats.byDivision.find((x) => x.division === row[0]);
        if (!s) throw new Error(row[0]);
        const counts = ["列管案件數", "列管中", "賡續列管", "解除列管", "自行列管"].map((name) => Number(at(row, name)));
        expect([s.division, ...counts]).toEqual([s.division, s.tracked, s.open, s.continued, s.closed, s.selfTracked]);
        // LibreOffice's CSV shows the cell as a percentage (25%); empty for a division without cases
        const shown = at(row, "結案率");
        expect([s.division, shown === "" ? null : Number(shown.replace("%", "")) / 100]).toEqual([s.division, s.closureRate === null ? null : expect.closeTo(s.closureRate, 3)]);
      }
      expect(stats.byDivision.some((s) => s.closureRate !== null && s.closureRate > 0 && s.closureRate < 1)).toBe(true);
    });
  });
});
