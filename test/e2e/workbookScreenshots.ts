// Pictures of the tracking workbook as LibreOffice renders it: `npx tsx test/e2e/workbookScreenshots.ts
// [OUT_DIR]` imports the sample minutes and the 111th meeting (deadlines, 各組室, an outside unit) with the
// CLI, fixes 基準日 so statuses vary, and writes docs/screenshots/workbook-cases.png (列管案件),
// workbook-overview.png (組室總覽) and workbook-history.png (辦理歷程, its 記錄時間 a local date-time).
// Each sheet is printed alone (the others hidden), landscape, fitted to the page width, to PDF by soffice,
// then to PNG by Ghostscript (soffice has no PNG export for a chosen sheet). The workbook is printed as the
// file store wrote it: the wrapped 案由/內容 show whole because the store gives their rows a height
// (src/workbook/xlsx/rowHeight.ts), not because this script asks LibreOffice to fit them.
// Needs LibreOffice, Ghostscript and a CJK font (Debian: fonts-noto-cjk).
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import JSZip from "jszip";
import { runCli } from "../../src/cli/main";
import { ok, type IsoDate } from "../../src/domain";
import { columnLetters } from "../../src/workbook/a1";
import { tableSpec } from "../../src/workbook/schema";
import { openFileStore } from "../../src/workbook/xlsx/node";

const exec = promisify(execFile);
const ROOT = join(__dirname, "..", "..");
const AS_OF = "2022-04-27" as IsoDate;
/** 列管案件 printed through 逾期天數: the reminder bookkeeping columns after it are the sync's, not a reader's. */
const CASE_COLUMNS = tableSpec("cases").columns.findIndex((c) => c.key === "daysOverdue") + 1;
const SHEETS = [
  { name: "列管案件", file: "workbook-cases", lastColumn: columnLetters(CASE_COLUMNS) },
  { name: "組室總覽", file: "workbook-overview", lastColumn: columnLetters(tableSpec("overview").columns.length) },
  { name: "辦理歷程", file: "workbook-history", lastColumn: columnLetters(tableSpec("history").columns.length) },
] as const;

/** A copy of the workbook that prints only `sheet`: the others hidden, landscape, one page wide. */
async function onlySheet(bytes: Buffer, sheet: string, lastColumn: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  let target = "";
  let index = 0;
  let position = 0;
  const hidden = workbookXml.replace(/<sheet\b([^>]*?)\/>/g, (_whole, attrs: string) => {
    const name = /name="([^"]*)"/.exec(attrs)?.[1];
    const id = /r:id="([^"]*)"/.exec(attrs)?.[1] ?? "";
    const mine = name === sheet;
    if (mine) {
      index = position;
      target = new RegExp(`Id="${id}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]*)"[^>]*Id="${id}"`).exec(rels)?.[1] ?? "";
    }
    position++;
    return `<sheet${attrs.replace(/\s*state="[^"]*"/, "")} state="${mine ? "visible" : "hidden"}"/>`;
  });
  const printArea = `<definedName name="_xlnm.Print_Area" localSheetId="${index}">'${sheet}'!$A:$${lastColumn}</definedName>`;
  const withArea = hidden.includes("<definedNames>")
    ? hidden.replace("<definedNames>", `<definedNames>${printArea}`)
    : hidden.replace("</sheets>", `</sheets><definedNames>${printArea}</definedNames>`);
  zip.file("xl/workbook.xml", withArea.replace(/activeTab="\d+"/, `activeTab="${index}"`).replace(/firstSheet="\d+"/, `firstSheet="${index}"`));
  const path = `xl/${target.replace(/^\/?xl\//, "")}`;
  const sheetXml = (await zip.file(path)?.async("string")) ?? "";
  if (sheetXml === "") throw new Error(`no worksheet part for ${sheet}`);
  const fitted = sheetXml
    .replace(/<sheetPr\b[^>]*\/>|<sheetPr\b[^>]*>[\s\S]*?<\/sheetPr>/, "")
    .replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>')
    .replace(/<pageSetup\b[^>]*\/>/, "")
    .replace(/(<pageMargins\b[^>]*\/>)/, '$1<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
  zip.file(path, fitted);
  return zip.generateAsync({ type: "nodebuffer" });
}

async function main(): Promise<void> {
  const out = process.argv[2] ?? join(ROOT, "docs/screenshots");
  mkdirSync(out, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), "workbook-render-"));
  try {
    const workbook = join(dir, "tracking.xlsx");
    const minutes = ["secretariat-110.txt", "secretariat-111-deadlines.txt"].map((f) => join(ROOT, "test/fixtures", f));
    const code = await runCli(["import", ...minutes, "--workbook", workbook, "--by", "許菁芳"]);
    if (code !== 0) throw new Error(`import exited ${code}`);
    const store = openFileStore(workbook);
    const fixed = await store.update(() => ok({ changes: { meetings: [], cases: [], history: [], settings: { asOf: AS_OF } }, result: true }));
    if (!fixed.ok) throw new Error(fixed.error);

    const profile = pathToFileURL(join(dir, "profile")).href;
    for (const { name, file, lastColumn } of SHEETS) {
      const single = join(dir, `${file}.xlsx`);
      writeFileSync(single, await onlySheet(readFileSync(workbook), name, lastColumn));
      await exec("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, single], { timeout: 240_000 });
      const png = join(dir, `${file}.png`);
      await exec("gs", ["-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=png16m", "-r150", "-dFirstPage=1", "-dLastPage=1", `-sOutputFile=${png}`, join(dir, `${file}.pdf`)]);
      copyFileSync(png, join(out, `${file}.png`));
      console.log(`${name} → ${relative(ROOT, join(out, `${file}.png`))}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
