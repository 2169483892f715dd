// `npx tsx test/export/reportScreenshot.ts [OUT.png]`: the README's picture of the report's first page.
// Imports the two sample meetings (110, 111) into a new workbook, records three divisions' 填報 for
// meeting 112, writes the .odt, and has LibreOffice (PDF) and Ghostscript (PNG) draw page 1.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { importMinutes } from "../../src/app";
import { collectReport, recordProposal, writeReport } from "../../src/app/report";
import { DEFAULT_DIVISIONS, createDivisionRegistry, type IsoDate } from "../../src/domain";
import { parseMinutes } from "../../src/minutes";
import { openFileStore } from "../../src/workbook/xlsx/node";
import { convertWithLibreOffice } from "./libreoffice";

const run = promisify(execFile);
const NOW = new Date("2022-05-02T01:00:00.000Z");

async function main(out: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "report-shot-"));
  const store = openFileStore(join(dir, "列管.xlsx"));
  const registry = createDivisionRegistry(DEFAULT_DIVISIONS);
  if (!registry.ok) throw new Error(registry.error);
  for (const file of ["test/fixtures/secretariat-110.txt", "test/fixtures/minutes/affairs-111-crlf-bom.txt"]) {
    const record = parseMinutes((await readFile(file, "utf8")).replace(/^\uFEFF/u, ""), { registry: registry.value });
    if (!record.ok) throw new Error(record.error);
    const imported = await importMinutes(store, record.value, { now: NOW.toISOString(), by: "秘書", sourceHash: file });
    if (!imported.ok) throw new Error(imported.error);
  }
  const ctx = { now: NOW.toISOString(), by: "承辦人" };
  const entries = [
    { caseId: "11002", division: "總務組", progress: "宿舍結構補強已完成細部設計，短期借用方案已提供同仁申請。", proposal: "continue", proposedDue: "2022-06-30" as IsoDate },
    { caseId: "11104", division: "人事室", progress: "已函請各組室落實公文時效管控，逾期案件每週通報。", proposal: "close", proposedDue: null },
    { caseId: "11007", division: "資訊室", progress: "已提報參加廉能透明獎。", proposal: "self-track", proposedDue: null },
  ] as const;
  for (const entry of entries) {
    const recorded = await recordProposal(store, { ...entry, meeting: 112 }, ctx);
    if (!recorded.ok) throw new Error(recorded.error);
  }
  const report = await collectReport(store, { asOf: "2022-05-01" as IsoDate }, NOW);
  if (!report.ok) throw new Error(report.error);
  const odt = await writeReport(report.value.model, "odt", NOW.toISOString());
  await writeFile(join(dir, "report.odt"), odt);
  const pdf = await convertWithLibreOffice(odt, "report.odt", "pdf");
  await run("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=png16m", "-r110", "-dFirstPage=1", "-dLastPage=1", `-sOutputFile=${out}`, pdf]);
  console.log(`${out} (${report.value.model.rows.length} rows; workbook and .odt in ${dir})`);
}

void main(process.argv[2] ?? "docs/screenshots/report.png");
