// The stores' problems in both languages: each reason a file cannot be read, written or opened has its own
// words (not "undefined", not the other language), and the zh-TW wordings are those the store tests assert.
import { problem, renderProblem, type CellPlace, type CellReason, type FileReadReason, type Problem, type FileWriteReason, type NotWorkbookReason, type ReaderReason } from "../../src/problems";
import { chineseIn } from "../support/language";

describe("file.cannotRead: one wording per reason", () => {
  test.each<[FileReadReason, string, string]>([
    ["noPermission", "無法讀取活頁簿「a.xlsx」：沒有讀取權限", "cannot read the workbook “a.xlsx”: no permission to read it"],
    ["busy", "無法讀取活頁簿「a.xlsx」：檔案正被其他程式使用中（Excel 是否正開著它？）", "cannot read the workbook “a.xlsx”: another program is using it (is Excel holding it open?)"],
    ["directory", "無法讀取活頁簿「a.xlsx」：這是資料夾，不是活頁簿", "cannot read the workbook “a.xlsx”: it is a folder, not a workbook"],
    ["other", "無法讀取活頁簿「a.xlsx」：EIO: i/o error", "cannot read the workbook “a.xlsx”: EIO: i/o error"],
  ])("%s", (reason, zh, en) => {
    const found = problem("file.cannotRead", { path: "a.xlsx", reason, detail: "EIO: i/o error" });
    expect(renderProblem(found, "zh-TW")).toBe(zh);
    expect(renderProblem(found, "en")).toBe(en);
  });
});

describe("file.cannotWrite: every reason worded in both languages, the file said to be unchanged", () => {
  const reasons: FileWriteReason[] = ["locked", "busy", "readOnly", "diskFull", "noFolder", "directory", "changedSinceRead", "other"];
  test.each(reasons)("%s", (reason) => {
    const found = problem("file.cannotWrite", { path: "b.xlsx", reason, detail: "E?" });
    const zh = renderProblem(found, "zh-TW");
    const en = renderProblem(found, "en");
    expect(zh).toMatch(/^無法寫入活頁簿「b\.xlsx」：.+；原檔案未變更$/u);
    expect(en).toMatch(/^cannot write the workbook “b\.xlsx”: .+; the file is unchanged$/u);
    expect(chineseIn(en)).toBe("");
    expect(`${zh}${en}`).not.toContain("undefined");
  });
});

describe("file.notWorkbook: every reason", () => {
  const reasons: NotWorkbookReason[] = ["empty", "oldExcel", "notZip", "corrupt", "word", "odf", "noWorkbookPart"];
  test.each(reasons)("%s", (reason) => {
    const found = problem("file.notWorkbook", { name: "c.docx", reason });
    expect(renderProblem(found, "zh-TW")).toMatch(/^「c\.docx」不是 Excel 活頁簿（\.xlsx）：\p{Script=Han}/u);
    const en = renderProblem(found, "en");
    expect(en).toMatch(/^“c\.docx” is not an Excel workbook \(\.xlsx\): [a-z]/u);
    expect(chineseIn(en)).toBe("");
  });

  test("a damaged zip names what the zip library said", () => {
    const found = problem("file.notWorkbook", { name: "d.xlsx", reason: "corrupt", detail: "End of data reached" });
    expect(renderProblem(found, "zh-TW")).toBe("「d.xlsx」不是 Excel 活頁簿（.xlsx）：壓縮檔已損毀（End of data reached）");
    expect(renderProblem(found, "en")).toBe("“d.xlsx” is not an Excel workbook (.xlsx): the zip is damaged (End of data reached)");
  });
});

describe("the writers' lock", () => {
  test.each([
    [null, "活頁簿「e.xlsx」正由另一個程序寫入，等候中…", "the workbook “e.xlsx” is being written by another process; waiting…"],
    [
      { host: "pc-12", pid: 4242, since: "2026-01-02T03:04:05Z" },
      "活頁簿「e.xlsx」正由主機 pc-12 上的程序 4242（自 2026-01-02T03:04:05Z 起）寫入，等候中…",
      "the workbook “e.xlsx” is being written by process 4242 on host pc-12 (since 2026-01-02T03:04:05Z); waiting…",
    ],
  ])("waiting for %j", (holder, zh, en) => {
    const found = problem("file.lockWaiting", { path: "e.xlsx", holder });
    expect(renderProblem(found, "zh-TW")).toBe(zh);
    expect(renderProblem(found, "en")).toBe(en);
  });
});

describe("the Excel store", () => {
  test("a co-author's sort: the tables named, the partial write said only when it may have happened", () => {
    const whole = problem("excel.coAuthorConflict", { tables: ["列管案件", "辦理歷程"], partial: false });
    expect(renderProblem(whole, "zh-TW")).toBe("其他共同作者正在同時排序或編輯「列管案件」、「辦理歷程」，寫入的列已不在讀取時的位置：寫錯位置的儲存格已復原，本次變更未寫入。請稍候再試一次");
    expect(renderProblem(whole, "en")).not.toContain("interrupted");
    expect(renderProblem(problem("excel.coAuthorConflict", { tables: ["列管案件"], partial: true }), "en")).toContain("(interrupted:");
  });

  test("missing columns are listed as the workbook spells them", () => {
    const found = problem("excel.columnsMissing", { table: "列管案件", columns: ["列管案號", "主辦組室"] });
    expect(renderProblem(found, "zh-TW")).toBe("表格「列管案件」缺少必要欄位 「列管案號」、「主辦組室」（可能被刪除或改名）。請把欄位標題改回 「列管案號」、「主辦組室」 後再試；本次未寫入任何資料。");
    expect(renderProblem(found, "en")).toBe("the table “列管案件” lacks the required columns “列管案號”, “主辦組室” (deleted or renamed?). Name the headers “列管案號”, “主辦組室” again and retry; nothing was written.");
  });
});

describe("the document readers: a reason found inside a document is worded inside its container", () => {
  test.each<[ReaderReason, string, string]>([
    [
      { kind: "inDocument", format: "docx", inner: { kind: "zipEntryTooLarge", entry: "word/document.xml", cap: "20 MB" } },
      "檔案「紀錄.docx」是 Word 文件，但 word/document.xml 解壓縮後超過 20 MB 上限（可能是惡意的壓縮炸彈），未讀取",
      "the file “紀錄.docx” is a Word document, but it has a part, word/document.xml, inflating to more than the 20 MB limit (possibly a malicious zip bomb); not read",
    ],
    [
      { kind: "inDocument", format: "odt", inner: { kind: "xmlInvalid", part: "content.xml", fault: { line: 3, reason: { kind: "other", detail: "mismatched tag" } } } },
      "檔案「紀錄.docx」是 ODF 文件，但 content.xml 不是有效的 XML（第 3 行：XML 格式錯誤（mismatched tag））",
      "the file “紀錄.docx” is an ODF document, but it has a content.xml that is not valid XML (line 3: the XML is malformed (mismatched tag))",
    ],
    [{ kind: "otherOffice", document: "pptx" }, "檔案「紀錄.docx」是 PowerPoint 簡報（.pptx），不是會議紀錄文件：請提供 .docx、.odt 或文字檔", "the file “紀錄.docx” is a PowerPoint presentation (.pptx), not a minutes document: give a .docx, an .odt or a text file"],
  ])("%j", (reason, zh, en) => {
    const found = problem("minutes.fileUnreadable", { file: "紀錄.docx", reason });
    expect(renderProblem(found, "zh-TW")).toBe(zh);
    expect(renderProblem(found, "en")).toBe(en);
  });
});

describe("the browser's storage, an .ods and a duplicated key, in both languages", () => {
  test.each<[Problem, string, string]>([
    [problem("browser.storageFailed", { doing: "read", detail: "QuotaExceededError" }), "瀏覽器儲存區無法讀取（QuotaExceededError）", "the browser's storage could not be read (QuotaExceededError)"],
    [problem("browser.storageFailed", { doing: "write", detail: "QuotaExceededError" }), "瀏覽器儲存區無法寫入（QuotaExceededError）", "the browser's storage could not be written (QuotaExceededError)"],
    [problem("excel.reportSheetFailed", { code: "InvalidArgument", message: "The argument is invalid." }), "Excel 無法寫入報告工作表：「InvalidArgument: The argument is invalid.」", "Excel could not write the report sheet: “InvalidArgument: The argument is invalid.”"],
    [problem("ods.notOds", {}), "這不是 ODF 試算表（.ods）檔案", "this is not an ODF spreadsheet (.ods)"],
    [problem("ods.damaged", { detail: "End of data reached" }), ".ods 檔案已損毀，無法解壓縮（End of data reached）", "the .ods file is damaged and cannot be unzipped (End of data reached)"],
    [problem("ods.noContent", {}), ".ods 檔案缺少 content.xml", "the .ods file has no content.xml"],
    [problem("ods.contentUnreadable", {}), ".ods 的 content.xml 無法解析", "the .ods file's content.xml cannot be parsed"],
    [problem("ods.sheetMissing", { sheet: "列管案件" }), "這個 .ods 沒有「列管案件」工作表：只能開啟本增益集匯出的列管活頁簿（或由它另存的檔案）", "this .ods has no sheet “列管案件”: only a tracking workbook this add-in exported (or a file saved from one) can be opened"],
    [problem("ods.columnsMissing", { sheet: "會議", columns: ["會議次別", "日期"] }), "「會議」工作表缺少欄位 會議次別、日期", "the sheet “會議” lacks the columns “會議次別”, “日期”"],
    [
      problem("store.duplicateKey", { table: "列管案件", firstRow: 3, secondRow: 5, header: "列管案號", key: "11002" }),
      "列管案件 第 3 列與第 5 列的列管案號都是「11002」：請刪除或更正重複的一列後再試；本次未寫入任何資料。",
      "rows 3 and 5 of the table “列管案件” have the same “列管案號”, “11002”: delete or correct one of them and try again; nothing was written.",
    ],
  ])("%j", (found, zh, en) => {
    expect(renderProblem(found, "zh-TW")).toBe(zh);
    expect(renderProblem(found, "en")).toBe(en);
    expect(en.replace(/“[^”]*”/gu, "")).not.toMatch(/[\u4e00-\u9fff]/u);
  });
});

describe("a cell that cannot be read names its table, row, key and column, in both languages", () => {
  const cases = { table: "列管案件", row: 4, key: { caseId: "11001" }, header: "期限" };
  test.each<[CellPlace, CellReason, string, string]>([
    [cases, { kind: "notDate", value: "下週" }, "列管案件 第 4 列（列管案號 11001）的「期限」應為日期，卻是「下週」", "“期限” in row 4 of “列管案件” (case 11001) must be a date, not “下週”"],
    [cases, { kind: "notDateSerial", value: "-5" }, "列管案件 第 4 列（列管案號 11001）的「期限」不是有效的日期（-5）", "“期限” in row 4 of “列管案件” (case 11001) is not a valid date (-5)"],
    [{ table: "會議", row: 3, header: "會議次別" }, { kind: "notInteger", value: "一百" }, "會議 第 3 列的「會議次別」應為整數，卻是「一百」", "“會議次別” in row 3 of “會議” must be a whole number, not “一百”"],
    [{ table: "會議", row: 3, key: { meeting: 110 }, header: "匯入時間" }, { kind: "notDateTime", value: "3" }, "會議 第 3 列（第 110 次）的「匯入時間」不是有效的日期時間（3）", "“匯入時間” in row 3 of “會議” (meeting 110) is not a valid date and time (3)"],
    [{ table: "會議", row: 2, header: "會議次別" }, { kind: "blankMeetingNumber" }, "會議 第 2 列的「會議次別」是空白：每次會議都需要次別", "“會議次別” in row 2 of “會議” is blank: every meeting needs its number"],
    [{ table: "列管案件", row: 7, header: "列管案號" }, { kind: "blankCaseId" }, "列管案件 第 7 列的「列管案號」是空白：每個案件都需要列管案號", "“列管案號” in row 7 of “列管案件” is blank: every case needs its case id"],
    [
      { ...cases, header: "追蹤狀態" },
      { kind: "notOneOf", value: "結案", allowed: ["列管中", "解除列管"] },
      "列管案件 第 4 列（列管案號 11001）的「追蹤狀態」應為 列管中、解除列管，卻是「結案」",
      "“追蹤狀態” in row 4 of “列管案件” (case 11001) must be one of “列管中”, “解除列管”, not “結案”",
    ],
  ])("%j %j", (place, reason, zh, en) => {
    const found = problem("cell.invalid", { place, reason });
    expect(renderProblem(found, "zh-TW")).toBe(zh);
    expect(renderProblem(found, "en")).toBe(en);
    expect(en.replace(/“[^”]*”/gu, "")).not.toMatch(/[\u4e00-\u9fff]/u);
  });

  test("negative day counts in 設定", () => {
    expect(renderProblem(problem("settings.negativeDays", {}), "zh-TW")).toBe("設定的天數不可為負數");
    expect(renderProblem(problem("settings.negativeDays", {}), "en")).toBe("the day counts in the “設定” sheet cannot be negative");
  });
});
