import { readFile } from "node:fs/promises";
import { writeReportDocx } from "../../src/export/reportDocx";
import { writeReportOdt } from "../../src/export/reportOdt";
import { formatRate, PROPOSAL_LABELS, UNREPORTED_LABEL } from "../../src/report";
import { convertWithLibreOffice, requireSoffice } from "./libreoffice";
import { ENTRIES, sampleReport } from "./reportData";

const CREATED = "2022-05-01T09:00:00+08:00";

const WRITERS = [
  ["odt", (model: ReturnType<typeof sampleReport>) => writeReportOdt(model, CREATED)],
  ["docx", (model: ReturnType<typeof sampleReport>) => writeReportDocx(model)],
] as const;

describe.each(WRITERS)("LibreOffice reads the .%s report", (ext, write) => {
  let text = "";
  const model = sampleReport();

  beforeAll(async () => {
    await requireSoffice();
    const bytes = await write(model);
    const [txt, pdf] = await Promise.all([convertWithLibreOffice(bytes, `report.${ext}`, "txt:Text (encoded):UTF8"), convertWithLibreOffice(bytes, `report.${ext}`, "pdf")]);
    text = await readFile(txt, "utf8");
    const pdfBytes = await readFile(pdf);
    expect(pdfBytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  }, 300_000);

  it("has the title and every reported case id", () => {
    expect(text).toContain("第 112 次處務會議 上次會議結論事項辦理情形");
    expect(text).toContain("臺北市政府秘書處");
    for (const row of model.rows) expect(text).toContain(row.caseId);
    expect(text).not.toContain("11201");
  });

  it("has each division's entry and its proposal", () => {
    for (const e of ENTRIES) {
      expect(text).toContain(`【${e.division}】`);
      expect(text).toContain(e.progress.split("\n")[0] ?? "");
    }
    expect(text).toContain("第二階段於6月上線。");
    expect(text).toContain(`${PROPOSAL_LABELS.continue}（新期限 民國111年6月30日）`);
    expect(text).toContain(PROPOSAL_LABELS.close);
    expect(text).toContain(PROPOSAL_LABELS["self-track"]);
  });

  it("flags and counts the cases without an entry", () => {
    expect(model.unreportedCount).toBe(1);
    expect(text).toContain(`${UNREPORTED_LABEL} 1 案`);
    expect(text.split(UNREPORTED_LABEL).length - 1).toBeGreaterThanOrEqual(2);
  });

  it("has the statistics computed from computeStatus", () => {
    const total = model.statistics.total;
    const line = ["合計", total.tracked, total.open, total.continued, total.closed, total.selfTracked, total.overdue, total.dueSoon, formatRate(total.closureRate)].join("\n");
    // LibreOffice's text export writes each table cell on its own line
    expect(text.replace(/\r/g, "")).toContain(line);
  });
});

describe.each(WRITERS)("a division's own list as .%s", (ext, write) => {
  it("keeps only the division's cases and names it", async () => {
    await requireSoffice();
    const model = sampleReport("資訊室");
    const text = await readFile(await convertWithLibreOffice(await write(model), `own.${ext}`, "txt:Text (encoded):UTF8"), "utf8");
    expect(text).toContain("權責單位執行一覽表：資訊室");
    expect(model.rows.map((r) => r.caseId)).toEqual(["9904", "11101"]);
    for (const id of ["9904", "11101"]) expect(text).toContain(id);
    for (const id of ["11002", "11104", "10904"]) expect(text).not.toContain(id);
  }, 300_000);
});
