// The 設定 日期顯示 decides the number format of the date cells the file store writes: 民國 dates in
// ROC_DATE_FORMAT (LibreOffice shows 2022-03-17 as 111/03/17), 西元 in yyyy-mm-dd. LibreOffice is required
// for the display check (Debian package libreoffice-calc, installed by .ci/run).
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import JSZip from "jszip";
import { DATE_FORMAT, ROC_DATE_FORMAT } from "../../../src/workbook/schema";
import { readCell } from "../../../src/workbook/xlsx/cellXml";
import { StyleBook } from "../../../src/workbook/xlsx/styles";
import { unwrap } from "../../domain/support";
import { caseRow, date, fileStore, write } from "./support";

const run = promisify(execFile);
const SETTINGS_SHEET = "xl/worksheets/sheet5.xml";
const CASES_SHEET = "xl/worksheets/sheet2.xml";

/** A new workbook with one case, then 日期顯示 set in 設定 as a person would, then a second case imported. */
async function workbook(display: "西元" | "民國"): Promise<Uint8Array> {
  const { holder, store } = fileStore();
  unwrap(await store.update(write({ cases: [caseRow("11101", { dueDate: date("2022-03-18") })] })));
  const zip = await JSZip.loadAsync(holder.bytes ?? new Uint8Array());
  const xml = (await zip.file(SETTINGS_SHEET)?.async("string")) ?? "";
  const edited = xml.replace(/<c r="E2"( s="[0-9]+")? t="s"><v>[0-9]+<\/v><\/c>/, `<c r="E2"$1 t="inlineStr"><is><t>${display}</t></is></c>`);
  if (edited === xml) throw new Error("the 設定 日期顯示 cell is not where this test expects it");
  zip.file(SETTINGS_SHEET, edited);
  holder.bytes = await zip.generateAsync({ type: "uint8array" });
  unwrap(await store.update(write({ cases: [caseRow("11101", { dueDate: date("2022-03-17") }), caseRow("11102", { dueDate: date("2022-03-17") })] })));
  return holder.bytes;
}

/** The format codes of the 期限 cells of 列管案件 that hold a date, and of the 期限 column's default style. */
async function dueFormats(bytes: Uint8Array): Promise<{ cells: (string | undefined)[]; column: string | undefined }> {
  const zip = await JSZip.loadAsync(bytes);
  const book = new StyleBook((await zip.file("xl/styles.xml")?.async("string")) ?? "");
  const sheetXml = (await zip.file(CASES_SHEET)?.async("string")) ?? "";
  const header = /<row r="1"[\s\S]*?<\/row>/.exec(sheetXml)?.[0] ?? "";
  const strings = [...((await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]?.replace(/<[^>]+>/g, ""));
  const letters = [...header.matchAll(/<c r="([A-Z]+)1"[^>]*><v>([0-9]+)<\/v><\/c>/g)].find((m) => strings[Number(m[2])] === "期限")?.[1];
  if (!letters) throw new Error("no 期限 column");
  const cells = [...sheetXml.matchAll(new RegExp(`<c r="${letters}([0-9]+)"[^>]*?(?:/>|>[\\s\\S]*?</c>)`, "g"))]
    .filter((m) => m[1] !== "1")
    .map((m) => readCell(m[0], []))
    .filter((c) => typeof c.value === "number")
    .map((c) => book.formatCode(c.style));
  const index = letters.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const col = [...sheetXml.matchAll(/<col\b([^>]*?)\/>/g)].map((m) => m[1] ?? "").find((a) => Number(/min="(\d+)"/.exec(a)?.[1]) <= index && index <= Number(/max="(\d+)"/.exec(a)?.[1]));
  return { cells, column: book.formatCode(/style="(\d+)"/.exec(col ?? "")?.[1]) };
}

describe("日期顯示 in the file store", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "minutes-tracker-roc-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("民國: the date cells written and the date column use ROC_DATE_FORMAT, and LibreOffice shows 111/03/17", async () => {
    const bytes = await workbook("民國");
    expect(await dueFormats(bytes)).toEqual({ cells: [ROC_DATE_FORMAT, ROC_DATE_FORMAT], column: ROC_DATE_FORMAT });

    const input = join(dir, "roc.xlsx");
    writeFileSync(input, bytes);
    const profile = pathToFileURL(join(dir, "profile")).href;
    await run("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "html", "--outdir", dir, input], { timeout: 120_000 });
    const html = readFileSync(join(dir, "roc.html"), "utf8");
    expect(html).toContain("111/03/17");
    expect(html).not.toContain("2022-03-17");
  }, 180_000);

  test("西元: the date cells stay yyyy-mm-dd", async () => {
    expect(await dueFormats(await workbook("西元"))).toEqual({ cells: [DATE_FORMAT, DATE_FORMAT], column: DATE_FORMAT });
  });
});
