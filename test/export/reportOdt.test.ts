import JSZip from "jszip";
import { writeReportOdt } from "../../src/export/reportOdt";
import { sampleReport } from "./reportData";

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

