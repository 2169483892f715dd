// Wrapped 案由/內容 get a row height from their text: the estimate's rules, the row XML the file store
// writes (ht without customHeight; a height the user set stays), and LibreOffice printing every line of
// a long 案由 (without the ht it prints the row one line high, cutting the text).
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { DEFAULT_ROW_HEIGHT, LINE_HEIGHT, wrappedLines, wrappedRowHeight } from "../../../src/workbook/xlsx/rowHeight";
import { unwrap } from "../../domain/support";
import { caseRow, editPart, fileStore, partText, write } from "./support";

const run = promisify(execFile);
const CASES_SHEET = "xl/worksheets/sheet2.xml";
const rowTag = (xml: string, row: number): string => new RegExp(`<row r="${row}"[^>]*>`).exec(xml)?.[0] ?? "";
const LONG = "請公管中心進行市政大樓 1 樓北區為民服務綜合櫃檯工程履約管理時，應就東側牆壁防水工項部分加強注意並妥為處理，並於下次會議提出報告。";

describe("wrappedLines", () => {
  test.each([
    ["empty text", "", 48, 1],
    ["short CJK", "請各組配合辦理。", 48, 1],
    ["22 CJK fill a 48-wide line (2.1 units each)", "一".repeat(22), 48, 1],
    ["the 23rd CJK character wraps", "一".repeat(23), 48, 2],
    ["ASCII takes one unit: 47 fit", "a".repeat(47), 48, 1],
    ["48 ASCII wrap", "a".repeat(48), 48, 2],
    ["own line breaks count", "第一行\n第二行\r\n第三行", 48, 3],
    ["a long 案由 (61 CJK, 3 ASCII)", LONG, 48, 3],
    ["a column too narrow still holds a character a line", "一二三", 1, 3],
  ])("%s", (_name, text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });
});

describe("wrappedRowHeight", () => {
  test.each([
    ["no wrapped cells", [], undefined],
    ["one line keeps the default height", [{ text: "短", width: 48 }], undefined],
    ["the tallest cell decides", [{ text: "一".repeat(23), width: 48 }, { text: "一".repeat(40), width: 36 }], 3 * LINE_HEIGHT + 2],
  ])("%s", (_name, cells, height) => {
    expect(wrappedRowHeight(cells)).toBe(height);
  });

  test("a line is at least the default row height's worth", () => {
    expect(LINE_HEIGHT).toBeGreaterThanOrEqual(DEFAULT_ROW_HEIGHT - 1);
  });
});

describe("the file store's rows", () => {
  test("a long 案由 gets ht (no customHeight), a short one none; shortening the text lowers it again", async () => {
    const { holder, store } = fileStore();
    unwrap(await store.update(write({ cases: [caseRow("11001", { text: LONG }), caseRow("11002", { text: "短案由" })] })));
    let xml = await partText(holder.bytes ?? new Uint8Array(), CASES_SHEET);
    expect(rowTag(xml, 2)).toContain(`ht="${3 * LINE_HEIGHT + 2}"`);
    expect(rowTag(xml, 2)).not.toContain("customHeight");
    expect(rowTag(xml, 3)).not.toContain("ht=");
    unwrap(await store.update(write({ cases: [caseRow("11001", { text: "改短了" })] })));
    xml = await partText(holder.bytes ?? new Uint8Array(), CASES_SHEET);
    expect(rowTag(xml, 2)).not.toContain("ht=");
  });

  test("a height the user set (customHeight) stays", async () => {
    const first = fileStore();
    unwrap(await first.store.update(write({ cases: [caseRow("11001", { text: "短案由" })] })));
    const edited = await editPart(first.holder.bytes ?? new Uint8Array(), CASES_SHEET, (xml) => xml.replace(/<row r="2"([^>]*)>/, '<row r="2"$1 ht="40" customHeight="1">'));
    const { holder, store } = fileStore(edited);
    unwrap(await store.update(write({ cases: [caseRow("11001", { text: LONG })] })));
    const tag = rowTag(await partText(holder.bytes ?? edited, CASES_SHEET), 2);
    expect(tag).toContain('ht="40"');
    expect(tag).toContain('customHeight="1"');
  });
});

test("LibreOffice gives a long 案由 its lines: its row prints about three times as high as a one-line row", async () => {
  const { holder, store } = fileStore();
  unwrap(await store.update(write({ cases: [caseRow("11001", { text: LONG }), caseRow("11002", { text: "第二案" })] })));
  const dir = mkdtempSync(join(tmpdir(), "row-height-"));
  try {
    const file = join(dir, "cases.xlsx");
    writeFileSync(file, holder.bytes ?? new Uint8Array());
    const profile = pathToFileURL(join(dir, "profile")).href;
    await run("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "html", "--outdir", dir, file], { timeout: 240_000 });
    const html = readFileSync(join(dir, "cases.html"), "utf8");
    // The HTML export gives each row's height (px) on its first cell: the long 案由's row must be about
    // three lines high, the short one's one line.
    const height = (caseId: string): number => {
      const row = [...html.matchAll(/<tr>[\s\S]*?<\/tr>/g)].map((m) => m[0]).find((tr) => tr.includes(`>${caseId}<`)) ?? "";
      return Number(/<td height="(\d+)"/.exec(row)?.[1] ?? Number.NaN);
    };
    expect(height("11002")).toBeGreaterThan(0);
    expect(height("11001")).toBeGreaterThanOrEqual(2.5 * height("11002"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);
