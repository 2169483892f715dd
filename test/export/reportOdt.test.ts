import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { writeReportOdt } from "../../src/export/reportOdt";
import { formatRate, PROPOSAL_LABELS, UNREPORTED_LABEL } from "../../src/report";
import { convertWithLibreOffice, requireSoffice } from "./libreoffice";
import { ENTRIES, sampleReport } from "./reportData";

const CREATED = "2022-05-01T09:00:00+08:00";

describe("the .odt package", () => {
  it("stores mimetype first and uncompressed, then the manifest, and declares A4 landscape, the CJK font, header rows and page numbers", async () => {
    const bytes = await writeReportOdt(sampleReport(), CREATED);
    // A zip's first local header: the name at offset 30, compression method (0 = stored) at offset 8.
    expect(Buffer.from(bytes.subarray(30, 38)).toString("latin1")).toBe("mimetype");
    expect(bytes[8]).toBe(0);
    expect(Buffer.from(bytes.subarray(38, 38 + 39)).toString("latin1")).toBe("application/vnd.oasis.opendocument.text");
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).slice(0, 2)).toEqual(["mimetype", "META-INF/manifest.xml"]);
    const styles = (await zip.file("styles.xml")?.async("string")) ?? "";
    const content = (await zip.file("content.xml")?.async("string")) ?? "";
    expect(styles).toContain('fo:page-width="29.70cm" fo:page-height="21.00cm" style:print-orientation="landscape"');
    expect(styles).toContain("Noto Sans CJK TC");
    expect(styles).toContain("<text:page-number");
    expect(content).toMatch(/<table:table table:name="辦理情形"[^>]*>(<table:table-column [^>]*\/>){7}<table:table-header-rows>/u);
  });
});

describe("LibreOffice reads the .odt report", () => {
  let text = "";
  const model = sampleReport();

  beforeAll(async () => {
    await requireSoffice();
    const bytes = await writeReportOdt(model, CREATED);
    const [txt, pdf] = await Promise.all([convertWithLibreOffice(bytes, "report.odt", "txt:Text (encoded):UTF8"), convertWithLibreOffice(bytes, "report.odt", "pdf")]);
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
