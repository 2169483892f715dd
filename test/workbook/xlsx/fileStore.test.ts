// The file store against the in-memory reference: the same imports give the same data, re-imports
// write nothing, what is written reads back, and text that looks like a formula stays text.
import { ValueType } from "exceljs";
import { applyMeeting } from "../../../src/workbook/applyMeeting";
import { MemoryStore } from "../../../src/workbook/mergeChanges";
import { emptyWorkbook, type HistoryRow, type MeetingRow } from "../../../src/workbook/model";
import { tableSpec } from "../../../src/workbook/schema";
import { columnLetters } from "../../../src/workbook/a1";
import { parseTableXml } from "../../../src/workbook/xlsx/tableXml";
import { unwrap } from "../../domain/support";
import { caseRow, ctx, date, fileStore, loadExcelJs, m110, m111, partText, sheet, tablePart, write } from "./support";

const empty = emptyWorkbook;

describe("the sample and meeting 111 into a new file", () => {
  const { holder, store } = fileStore();
  const memory = new MemoryStore(empty());

  beforeAll(async () => {
    for (const [record, now] of [
      [m110, "2022-03-18T09:00:00+08:00"],
      [m111, "2022-04-22T09:00:00+08:00"],
    ] as const) {
      const fromFile = unwrap(await applyMeeting(store, record, ctx(now)));
      const fromMemory = unwrap(await applyMeeting(memory, record, ctx(now)));
      expect(fromFile).toEqual(fromMemory);
    }
  });

  test("reads back exactly what the in-memory store holds", async () => {
    expect(unwrap(await store.read())).toEqual(memory.data);
  });

  test("the tables grew to hold the rows, with formulas, formats and checks on every row", async () => {
    const bytes = holder.bytes ?? new Uint8Array();
    const cases = parseTableXml(await tablePart(bytes, "列管案件"));
    const width = tableSpec("cases").columns.length;
    expect(cases?.ref).toEqual({ top: 1, left: 1, bottom: 24, right: width });
    const xml = await partText(bytes, "xl/worksheets/sheet2.xml");
    expect(xml).toContain(`<dimension ref="A1:${columnLetters(width)}24"/>`);
    expect(xml).toContain(`<conditionalFormatting sqref="A2:${columnLetters(width)}24">`);
    expect(xml).toContain('sqref="H2:H24"');
    const ws = sheet(await loadExcelJs(bytes), "列管案件");
    const status = tableSpec("cases").columns.find((c) => c.key === "status")?.formula?.slice(1);
    for (let row = 2; row <= 24; row++) expect(ws.getCell(row, 14).value).toEqual({ formula: status });
    expect(parseTableXml(await tablePart(bytes, "辦理歷程"))?.ref.bottom).toBe(memory.data.history.length + 1);
  });

  test("dates are date cells in the schema's format, without a time", async () => {
    const ws = sheet(await loadExcelJs(holder.bytes ?? new Uint8Array()), "列管案件");
    const row = ws.getColumn(1).values.findIndex((v) => v === "11101");
    expect(ws.getCell(row, 6).type).toBe(ValueType.Date);
    expect(ws.getCell(row, 6).value).toEqual(new Date("2022-05-21T00:00:00Z"));
    expect(ws.getCell(row, 6).numFmt).toBe("yyyy-mm-dd");
  });

  test.each([
    ["110", m110],
    ["111", m111],
  ])("re-importing %s leaves the file byte for byte as it was", async (_name, record) => {
    const before = holder.bytes;
    const saves = holder.saves;
    const summary = unwrap(await applyMeeting(store, record, ctx("2022-05-01T09:00:00+08:00")));
    expect(summary.unchanged).toBe(true);
    expect(holder.saves).toBe(saves);
    expect(holder.bytes).toBe(before);
  });
});

describe("what is written reads back", () => {
  const meeting: MeetingRow = {
    number: 112,
    organization: "臺北市政府秘書處",
    name: "處務會議",
    date: date("2024-02-29"),
    startTime: "09:30",
    endTime: "11:00",
    location: "市政大樓 11 樓",
    chair: "秘書長",
    recorder: "許菁芳",
    attendees: "各組室主管",
    sourceHash: "ab12",
    importedAt: "2024-03-01T08:00:00.000Z",
  };
  const history: HistoryRow = { caseId: "11201", meeting: 112, date: date("2024-02-29"), event: "deadline-moved", detail: "期限改為 5 月底", by: "許菁芳", at: "2024-03-01T08:00:00.000Z" };

  test.each([
    ["plain text and numbers", caseRow("11201", { supporting: ["文書組", "資訊室"], dueDate: date("2024-02-29"), dueText: "2月底前", progress: "辦理中" })],
    ["closed with its meeting and date", caseRow("11202", { tracking: "closed", closedBy: 113, closedOn: date("2024-03-28"), lastRuling: 113 })],
    ["self-tracked", caseRow("11203", { tracking: "self-tracked", closedBy: 113, closedOn: date("2024-03-28"), lastRuling: 113 })],
    ["text with a line break, tabs and < & >", caseRow("11204", { text: "第一行\n第二行\t<附件> & 說明", note: "  " })],
    ["text with XML-unsafe characters", caseRow("11205", { text: "控制字元\u0001與 _x0041_ 字樣" })],
  ])("%s", async (_name, row) => {
    const { store } = fileStore();
    unwrap(await store.update(write({ meetings: [meeting], cases: [row], history: [history] })));
    const data = unwrap(await store.read());
    expect(data.cases).toEqual([{ ...row, note: row.note.trim() }]);
    expect(data.meetings).toEqual([meeting]);
    expect(data.history).toEqual([history]);
  });
});

describe("text that looks like a formula lands as text", () => {
  const texts = ["=SUM(A1:A3)", "+886-2-2720-8889", "-3 天", "@所有人", "=HYPERLINK(\"http://x\")"];

  test.each(texts)("%s", async (text) => {
    const { holder, store } = fileStore();
    unwrap(await store.update(write({ cases: [caseRow("11301", { text, progress: text })] })));
    expect(unwrap(await store.read()).cases[0]).toMatchObject({ text, progress: text });
    const ws = sheet(await loadExcelJs(holder.bytes ?? new Uint8Array()), "列管案件");
    expect(ws.getCell("E2").type).toBe(ValueType.String);
    expect(ws.getCell("E2").value).toBe(text);
    expect(await partText(holder.bytes ?? new Uint8Array(), "xl/worksheets/sheet2.xml")).not.toContain(`<f>${text.slice(1)}`);
  });
});

describe("writes by key", () => {
  test("an update changes the row with that key and only the cells that differ", async () => {
    const { holder, store } = fileStore();
    unwrap(await store.update(write({ cases: [caseRow("11001"), caseRow("11002"), caseRow("11003")] })));
    const before = await partText(holder.bytes ?? new Uint8Array(), "xl/worksheets/sheet2.xml");
    unwrap(await store.update(write({ cases: [caseRow("11002", { tracking: "continued", lastRuling: 111 })] })));
    const after = await partText(holder.bytes ?? new Uint8Array(), "xl/worksheets/sheet2.xml");
    expect(unwrap(await store.read()).cases.map((c) => [c.caseId, c.tracking])).toEqual([
      ["11001", "open"],
      ["11002", "continued"],
      ["11003", "open"],
    ]);
    // Rows 2 and 4 are untouched, byte for byte.
    const row = (xml: string, n: number) => new RegExp(`<row r="${n}"[\\s\\S]*?</row>`).exec(xml)?.[0];
    expect(row(after, 2)).toBe(row(before, 2));
    expect(row(after, 4)).toBe(row(before, 4));
    expect(row(after, 3)).not.toBe(row(before, 3));
  });

  test("a plan that fails writes nothing", async () => {
    const { holder, store } = fileStore();
    unwrap(await store.update(write({ cases: [caseRow("11001")] })));
    const before = holder.bytes;
    expect(await store.update(() => ({ ok: false, error: "不寫" }))).toEqual({ ok: false, error: "不寫" });
    expect(holder.bytes).toBe(before);
  });

  test("a new workbook is saved even when the plan changes nothing; reading a missing one fails", async () => {
    const { holder, store } = fileStore();
    expect(await store.read()).toMatchObject({ ok: false, error: "找不到活頁簿「列管.xlsx」", problem: { code: "file.workbookNotFound" } });
    expect(holder.saves).toBe(0);
    unwrap(await store.update(write({})));
    expect(holder.saves).toBe(1);
    expect(unwrap(await store.read()).cases).toEqual([]);
  });
});
