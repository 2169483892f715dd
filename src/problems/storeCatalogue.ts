// The workbook stores' problems (the Excel store in the add-in, the .xlsx file store of the CLI and the
// standalone pane, and the checks both share in mergeChanges): a table renamed or missing columns, a file
// that is not a workbook, a file that cannot be read, written or locked, a settings or division value the
// workbook cannot hold. Table, sheet and column names stay as the workbook spells them, in both languages.
import { wording } from "./wording";

const NOTHING_WRITTEN_ZH = "本次未寫入任何資料";
const NOTHING_WRITTEN_EN = "nothing was written";

/** An interrupted write of several batches: the first ones may have landed. */
const PARTIAL_ZH = "（寫入中斷：分批送出的大量資料可能已寫入前幾批，請檢查列管表）";
const PARTIAL_EN = " (interrupted: the first batches of a large write may have been written; check the tables)";

/** `「a」、「b」` / `“a”, “b”` */
const quotedZh = (names: readonly string[]): string => names.map((n) => `「${n}」`).join("、");
const quotedEn = (names: readonly string[]): string => names.map((n) => `“${n}”`).join(", ");

/** Why a file could not be read. */
export type FileReadReason = "noPermission" | "busy" | "directory" | "other";
const READ_ZH: Record<FileReadReason, string> = {
  noPermission: "沒有讀取權限",
  busy: "檔案正被其他程式使用中（Excel 是否正開著它？）",
  directory: "這是資料夾，不是活頁簿",
  other: "",
};
const READ_EN: Record<FileReadReason, string> = {
  noPermission: "no permission to read it",
  busy: "another program is using it (is Excel holding it open?)",
  directory: "it is a folder, not a workbook",
  other: "",
};

/** Why a file could not be written. */
export type FileWriteReason = "locked" | "busy" | "readOnly" | "diskFull" | "noFolder" | "directory" | "changedSinceRead" | "other";
const WRITE_ZH: Record<FileWriteReason, string> = {
  locked: "檔案被鎖定或沒有寫入權限（Excel 是否正開著它？）",
  busy: "檔案正被其他程式使用中（Excel 是否正開著它？）",
  readOnly: "所在的磁碟是唯讀的",
  diskFull: "磁碟空間不足",
  noFolder: "所在的資料夾不存在",
  directory: "這是資料夾，不是活頁簿",
  changedSinceRead: "讀取之後已被其他程式修改（為免蓋掉別人的變更而未寫入）",
  other: "",
};
const WRITE_EN: Record<FileWriteReason, string> = {
  locked: "the file is locked or not writable (is Excel holding it open?)",
  busy: "another program is using it (is Excel holding it open?)",
  readOnly: "its disk is read-only",
  diskFull: "the disk is full",
  noFolder: "its folder does not exist",
  directory: "it is a folder, not a workbook",
  changedSinceRead: "another program changed it after it was read (not written, so as not to overwrite that change)",
  other: "",
};

/** Why bytes are not an .xlsx. */
export type NotWorkbookReason = "empty" | "oldExcel" | "notZip" | "corrupt" | "word" | "odf" | "noWorkbookPart";
const NOT_WORKBOOK_ZH: Record<NotWorkbookReason, string> = {
  empty: "檔案是空的（0 位元組）",
  oldExcel: "這是舊版 Excel（.xls）或加密的檔案，請在 Excel 中另存為不加密的 .xlsx",
  notZip: "內容不是 .xlsx 的壓縮格式",
  corrupt: "壓縮檔已損毀",
  word: "這是 Word 文件",
  odf: "這是 ODF 文件，請在 Excel 或 LibreOffice 中另存為 .xlsx",
  noWorkbookPart: "壓縮檔中沒有活頁簿",
};
const NOT_WORKBOOK_EN: Record<NotWorkbookReason, string> = {
  empty: "the file is empty (0 bytes)",
  oldExcel: "it is an old Excel file (.xls) or an encrypted one: save it from Excel as an unencrypted .xlsx",
  notZip: "its content is not the zip form of an .xlsx",
  corrupt: "the zip is damaged",
  word: "it is a Word document",
  odf: "it is an ODF document: save it as .xlsx from Excel or LibreOffice",
  noWorkbookPart: "the zip holds no workbook",
};

/** Who holds the writers' lock, when known. */
export interface LockHolderWords {
  readonly host: string;
  readonly pid: number;
  readonly since: string;
}
const holderZh = (h: LockHolderWords | null): string => (h === null ? "另一個程序" : `主機 ${h.host} 上的程序 ${h.pid}（自 ${h.since} 起）`);
const holderEn = (h: LockHolderWords | null): string => (h === null ? "another process" : `process ${h.pid} on host ${h.host} (since ${h.since})`);

/** Which row a cell's message names besides its number: the meeting or the case it holds. */
export type CellRowKey = { readonly meeting: number } | { readonly caseId: string };

/** A cell of the workbook: its table, sheet row, the row's key when known, and its column's header. */
export interface CellPlace {
  readonly table: string;
  readonly row: number;
  readonly key?: CellRowKey;
  readonly header: string;
}

/** Why a cell a person may have typed in cannot be read. */
export type CellReason =
  | { readonly kind: "notInteger"; readonly value: string }
  | { readonly kind: "notDateSerial"; readonly value: string }
  | { readonly kind: "notDate"; readonly value: string }
  | { readonly kind: "notDateTime"; readonly value: string }
  | { readonly kind: "blankMeetingNumber" }
  | { readonly kind: "blankCaseId" }
  /** a label the sheet's list allows (追蹤狀態, 事件), written in the sheet's own words */
  | { readonly kind: "notOneOf"; readonly value: string; readonly allowed: readonly string[] };

const keyZh = (k: CellRowKey): string => ("meeting" in k ? `第 ${k.meeting} 次` : `列管案號 ${k.caseId}`);
const keyEn = (k: CellRowKey): string => ("meeting" in k ? `meeting ${k.meeting}` : `case ${k.caseId}`);
const placeZh = (c: CellPlace): string => `${c.table} 第 ${c.row} 列${c.key ? `（${keyZh(c.key)}）` : ""}的「${c.header}」`;
const placeEn = (c: CellPlace): string => `“${c.header}” in row ${c.row} of “${c.table}”${c.key ? ` (${keyEn(c.key)})` : ""}`;

function cellReasonZh(r: CellReason): string {
  switch (r.kind) {
    case "notInteger":
      return `應為整數，卻是「${r.value}」`;
    case "notDateSerial":
      return `不是有效的日期（${r.value}）`;
    case "notDate":
      return `應為日期，卻是「${r.value}」`;
    case "notDateTime":
      return `不是有效的日期時間（${r.value}）`;
    case "blankMeetingNumber":
      return "是空白：每次會議都需要次別";
    case "blankCaseId":
      return "是空白：每個案件都需要列管案號";
    case "notOneOf":
      return `應為 ${r.allowed.join("、")}，卻是「${r.value}」`;
  }
}

function cellReasonEn(r: CellReason): string {
  switch (r.kind) {
    case "notInteger":
      return `must be a whole number, not “${r.value}”`;
    case "notDateSerial":
      return `is not a valid date (${r.value})`;
    case "notDate":
      return `must be a date, not “${r.value}”`;
    case "notDateTime":
      return `is not a valid date and time (${r.value})`;
    case "blankMeetingNumber":
      return "is blank: every meeting needs its number";
    case "blankCaseId":
      return "is blank: every case needs its case id";
    case "notOneOf":
      return `must be one of ${quotedEn(r.allowed)}, not “${r.value}”`;
  }
}

/** A settings value as a message shows it (the caller passes text; JSON for anything else). */
type SettingValue = { header: string; value: string };

export const STORE_CATALOGUE = {
  // ---- the Excel store ------------------------------------------------------------------------------
  "excel.tableRenamed": wording<{ table: string }>(
    (p) => `找不到表格「${p.table}」：工作表「${p.table}」還在，但其中的表格可能被改名了。請在「表格設計」把表格名稱改回「${p.table}」，或刪除該工作表讓增益集重建；本次未寫入任何資料。`,
    (p) => `the table “${p.table}” is missing: the sheet “${p.table}” is still there but its table may have been renamed. Rename the table back to “${p.table}” (Table Design), or delete the sheet so the add-in rebuilds it; nothing was written.`,
  ),
  "excel.columnsMissing": wording<{ table: string; columns: readonly string[] }>(
    (p) => `表格「${p.table}」缺少必要欄位 ${quotedZh(p.columns)}（可能被刪除或改名）。請把欄位標題改回 ${quotedZh(p.columns)} 後再試；本次未寫入任何資料。`,
    (p) => `the table “${p.table}” lacks the required column${p.columns.length === 1 ? "" : "s"} ${quotedEn(p.columns)} (deleted or renamed?). Name the headers ${quotedEn(p.columns)} again and retry; nothing was written.`,
  ),
  "excel.coAuthorConflict": wording<{ tables: readonly string[]; partial: boolean }>(
    (p) =>
      `其他共同作者正在同時排序或編輯${quotedZh(p.tables)}，寫入的列已不在讀取時的位置：寫錯位置的儲存格已復原，本次變更未寫入。請稍候再試一次` +
      (p.partial ? PARTIAL_ZH : ""),
    (p) =>
      `a co-author is sorting or editing ${quotedEn(p.tables)} at the same time, so the rows written were no longer where they were read: the misplaced cells were restored and this change was not written. Wait a moment and try again` +
      (p.partial ? PARTIAL_EN : ""),
  ),
  "excel.hostFailure": wording<{ code: string; message: string; partial: boolean }>(
    (p) => `Excel 無法完成這項操作：「${p.code}: ${p.message}」${p.partial ? PARTIAL_ZH : ""}`,
    (p) => `Excel could not complete the operation: “${p.code}: ${p.message}”${p.partial ? PARTIAL_EN : ""}`,
  ),
  "excel.reportSheetFailed": wording<{ code: string; message: string }>(
    (p) => `Excel 無法寫入報告工作表：「${p.code}: ${p.message}」`,
    (p) => `Excel could not write the report sheet: “${p.code}: ${p.message}”`,
  ),
  "excel.tooOld": wording<{ set: string; version: string }>(
    (p) => `此 Excel 版本不支援 ${p.set} ${p.version}，無法讀寫列管表；請更新 Office（Office 2019 或 Microsoft 365）或改用網頁版 Excel。`,
    (p) => `This Excel does not support ${p.set} ${p.version}, so it cannot read or write the tracking tables; update Office (Office 2019 or Microsoft 365) or use Excel on the web.`,
  ),
  "excel.divisionNameEmpty": wording(
    () => "請指定要顯示的組室名稱",
    () => "give the name of the division to show",
  ),
  "excel.noCasesTable": wording<{ table: string }>(
    (p) => `找不到表格「${p.table}」，請先匯入一次會議紀錄。`,
    (p) => `the table “${p.table}” is missing: import minutes once first.`,
  ),
  "excel.noLeadColumn": wording<{ table: string; column: string }>(
    (p) => `表格「${p.table}」缺少欄位「${p.column}」，無法依組室篩選。`,
    (p) => `the table “${p.table}” has no column “${p.column}”, so it cannot be filtered by division.`,
  ),

  // ---- showing one division's cases (not problems: the choice and the warning the pane shows) ------------
  "divisionView.choose": wording(
    () => "此 Excel 不支援個人的工作表檢視（目前僅網頁版 Excel 提供），請選擇其中一種方式：",
    () => "This Excel has no personal sheet views (only Excel on the web has them so far); choose one of these:",
  ),
  "divisionView.listChoice": wording<{ sheet: string }>(
    (p) => `建立或更新「${p.sheet}」工作表（案件快照，不影響其他人）`,
    (p) => `create or update the sheet “${p.sheet}” (a snapshot of the cases; nobody else is affected)`,
  ),
  "divisionView.sharedChoice": wording<{ table: string }>(
    (p) => `直接篩選共用的「${p.table}」表格`,
    (p) => `filter the shared table “${p.table}” itself`,
  ),
  "divisionView.everyoneSees": wording(
    () => "所有共同作者都會看到這個篩選。",
    () => "every co-author will see this filter.",
  ),
  "divisionView.sharedFiltered": wording<{ table: string }>(
    (p) => `已篩選共用的「${p.table}」表格：所有共同作者都會看到這個篩選。看完請按「清除篩選」。`,
    (p) => `The shared table “${p.table}” is filtered: every co-author sees this filter. Press Clear Filter when done.`,
  ),

  // ---- the file store (.xlsx) -----------------------------------------------------------------------
  "file.workbookNotFound": wording<{ name: string }>(
    (p) => `找不到活頁簿「${p.name}」`,
    (p) => `there is no workbook “${p.name}”`,
  ),
  "file.notWorkbook": wording<{ name: string; reason: NotWorkbookReason; detail?: string }>(
    (p) => `「${p.name}」不是 Excel 活頁簿（.xlsx）：${NOT_WORKBOOK_ZH[p.reason]}${p.detail !== undefined ? `（${p.detail}）` : ""}`,
    (p) => `“${p.name}” is not an Excel workbook (.xlsx): ${NOT_WORKBOOK_EN[p.reason]}${p.detail !== undefined ? ` (${p.detail})` : ""}`,
  ),
  "file.tableNotFound": wording<{ table: string }>(
    (p) => `找不到表格「${p.table}」：活頁簿中必須有名為「${p.table}」的 Excel 表格（可在「表格設計」→「表格名稱」確認）`,
    (p) => `the table “${p.table}” is missing: the workbook must hold an Excel table named “${p.table}” (see Table Design → Table Name)`,
  ),
  "file.noHeaderRow": wording<{ table: string }>(
    (p) => `表格「${p.table}」沒有標題列：請在「表格設計」勾選「標題列」`,
    (p) => `the table “${p.table}” has no header row: tick Header Row in Table Design`,
  ),
  "file.columnsMissing": wording<{ table: string; columns: readonly string[] }>(
    (p) => `表格「${p.table}」缺少欄位${quotedZh(p.columns)}（欄位標題須與原本完全相同）`,
    (p) => `the table “${p.table}” lacks the column${p.columns.length === 1 ? "" : "s"} ${quotedEn(p.columns)} (headers must be exactly as they were)`,
  ),
  "file.noRoomRight": wording<{ table: string; cell: string; column: string }>(
    (p) => `表格「${p.table}」右邊的儲存格 ${p.cell} 有資料，無法在表格最右邊補上新欄位「${p.column}」：請把那一欄的資料移開後再匯入`,
    (p) => `the cell ${p.cell} right of the table “${p.table}” holds data, so the new column “${p.column}” cannot be added: move that column's data away and import again`,
  ),
  "file.noRoomBelow": wording<{ table: string; cell: string; rows: number }>(
    (p) => `表格「${p.table}」下方的儲存格 ${p.cell} 有其他資料，新增 ${p.rows} 列會覆蓋它：請把表格下方的資料移開後再匯入`,
    (p) => `the cell ${p.cell} below the table “${p.table}” holds other data that adding ${p.rows} row${p.rows === 1 ? "" : "s"} would overwrite: move it away and import again`,
  ),
  "file.cannotRead": wording<{ path: string; reason: FileReadReason; detail: string }>(
    (p) => `無法讀取活頁簿「${p.path}」：${p.reason === "other" ? p.detail : READ_ZH[p.reason]}`,
    (p) => `cannot read the workbook “${p.path}”: ${p.reason === "other" ? p.detail : READ_EN[p.reason]}`,
  ),
  "file.cannotWrite": wording<{ path: string; reason: FileWriteReason; detail: string }>(
    (p) => `無法寫入活頁簿「${p.path}」：${p.reason === "other" ? p.detail : WRITE_ZH[p.reason]}；原檔案未變更`,
    (p) => `cannot write the workbook “${p.path}”: ${p.reason === "other" ? p.detail : WRITE_EN[p.reason]}; the file is unchanged`,
  ),
  "file.openInExcel": wording<{ path: string; lockFile: string }>(
    (p) => `無法寫入活頁簿「${p.path}」：Excel 正開著它（有鎖定檔 ${p.lockFile}）；請在 Excel 中關閉後再試，若 Excel 並未開啟，請刪除該鎖定檔；原檔案未變更`,
    (p) => `cannot write the workbook “${p.path}”: Excel has it open (lock file ${p.lockFile}); close it in Excel and retry, or delete that lock file if Excel is not running; the file is unchanged`,
  ),
  "file.lockWaiting": wording<{ path: string; holder: LockHolderWords | null }>(
    (p) => `活頁簿「${p.path}」正由${holderZh(p.holder)}寫入，等候中…`,
    (p) => `the workbook “${p.path}” is being written by ${holderEn(p.holder)}; waiting…`,
  ),
  "file.lockTimeout": wording<{ path: string; holder: LockHolderWords | null; seconds: number; lockFile: string }>(
    (p) => `活頁簿「${p.path}」正由${holderZh(p.holder)}寫入，等候 ${p.seconds} 秒仍未完成；這次沒有寫入任何變更，請稍後再試（若該程序已不在，請刪除鎖定檔 ${p.lockFile}）`,
    (p) => `the workbook “${p.path}” is being written by ${holderEn(p.holder)} and was not free after ${p.seconds} s; nothing was written, try again later (if that process is gone, delete the lock file ${p.lockFile})`,
  ),
  "file.cannotLock": wording<{ path: string; detail: string }>(
    (p) => `無法鎖定活頁簿「${p.path}」以寫入（${p.detail}）；原檔案未變更`,
    (p) => `cannot lock the workbook “${p.path}” for writing (${p.detail}); the file is unchanged`,
  ),

  // ---- a cell both stores read (src/workbook/cells.ts) ------------------------------------------------------
  "cell.invalid": wording<{ place: CellPlace; reason: CellReason }>(
    (p) => `${placeZh(p.place)}${cellReasonZh(p.reason)}`,
    (p) => `${placeEn(p.place)} ${cellReasonEn(p.reason)}`,
  ),
  "settings.negativeDays": wording(
    () => "設定的天數不可為負數",
    () => "the day counts in the “設定” sheet cannot be negative",
  ),

  // ---- the standalone pane's copy in the browser (IndexedDB) --------------------------------------------
  "browser.storageFailed": wording<{ doing: "read" | "write"; detail: string }>(
    (p) => `瀏覽器儲存區無法${p.doing === "read" ? "讀取" : "寫入"}（${p.detail}）`,
    (p) => `the browser's storage could not be ${p.doing === "read" ? "read" : "written"} (${p.detail})`,
  ),

  // ---- an .ods of the tracking workbook (opened in the standalone pane) -----------------------------------
  "ods.notOds": wording(
    () => "這不是 ODF 試算表（.ods）檔案",
    () => "this is not an ODF spreadsheet (.ods)",
  ),
  "ods.damaged": wording<{ detail: string }>(
    (p) => `.ods 檔案已損毀，無法解壓縮（${p.detail}）`,
    (p) => `the .ods file is damaged and cannot be unzipped (${p.detail})`,
  ),
  "ods.noContent": wording(
    () => ".ods 檔案缺少 content.xml",
    () => "the .ods file has no content.xml",
  ),
  "ods.contentUnreadable": wording(
    () => ".ods 的 content.xml 無法解析",
    () => "the .ods file's content.xml cannot be parsed",
  ),
  "ods.sheetMissing": wording<{ sheet: string }>(
    (p) => `這個 .ods 沒有「${p.sheet}」工作表：只能開啟本增益集匯出的列管活頁簿（或由它另存的檔案）`,
    (p) => `this .ods has no sheet “${p.sheet}”: only a tracking workbook this add-in exported (or a file saved from one) can be opened`,
  ),
  "ods.columnsMissing": wording<{ sheet: string; columns: readonly string[] }>(
    (p) => `「${p.sheet}」工作表缺少欄位 ${p.columns.join("、")}`,
    (p) => `the sheet “${p.sheet}” lacks the column${p.columns.length === 1 ? "" : "s"} ${quotedEn(p.columns)}`,
  ),

  // ---- checks both stores share (decodeTables, mergeChanges) ------------------------------------------------
  "store.duplicateKey": wording<{ table: string; firstRow: number; secondRow: number; header: string; key: string }>(
    (p) => `${p.table} 第 ${p.firstRow} 列與第 ${p.secondRow} 列的${p.header}都是「${p.key}」：請刪除或更正重複的一列後再試；${NOTHING_WRITTEN_ZH}。`,
    (p) => `rows ${p.firstRow} and ${p.secondRow} of the table “${p.table}” have the same “${p.header}”, “${p.key}”: delete or correct one of them and try again; ${NOTHING_WRITTEN_EN}.`,
  ),
  "store.divisionNoName": wording<{ position: number }>(
    (p) => `要寫入的第 ${p.position} 個組室沒有「組室名稱」：每個組室都需要名稱；${NOTHING_WRITTEN_ZH}`,
    (p) => `division ${p.position} to write has no name: every division needs one; ${NOTHING_WRITTEN_EN}`,
  ),
  "store.aliasesNotList": wording<{ name: string }>(
    (p) => `組室「${p.name}」的別名應為文字清單；${NOTHING_WRITTEN_ZH}`,
    (p) => `the aliases of the division “${p.name}” must be a list of texts; ${NOTHING_WRITTEN_EN}`,
  ),
  "store.aliasSeparator": wording<{ name: string; alias: string }>(
    (p) => `組室「${p.name}」的別名「${p.alias}」含有分隔符號（、，；或空格），請分成多個別名；${NOTHING_WRITTEN_ZH}`,
    (p) => `the alias “${p.alias}” of the division “${p.name}” holds a separator (、，； or a space): split it into several aliases; ${NOTHING_WRITTEN_EN}`,
  ),
  "store.nameSeparator": wording<{ name: string }>(
    (p) => `組室名稱「${p.name}」含有分隔符號（、，；或空格）：案件的主辦、協辦儲存格以這些符號分開組室，請改用不含這些符號的名稱；${NOTHING_WRITTEN_ZH}`,
    (p) => `the division name “${p.name}” holds a separator (、，； or a space), which the cases' owner cells split units on: choose a name without one; ${NOTHING_WRITTEN_EN}`,
  ),
  "store.settingUnknown": wording<{ key: string }>(
    (p) => `設定沒有「${p.key}」這一項；${NOTHING_WRITTEN_ZH}`,
    (p) => `there is no setting “${p.key}”; ${NOTHING_WRITTEN_EN}`,
  ),
  "store.settingNotCount": wording<SettingValue>(
    (p) => `設定的「${p.header}」應為 0 以上的整數，卻是「${p.value}」；${NOTHING_WRITTEN_ZH}`,
    (p) => `the setting “${p.header}” must be a whole number 0 or more, not “${p.value}”; ${NOTHING_WRITTEN_EN}`,
  ),
  "store.settingDateDisplay": wording<SettingValue>(
    (p) => `設定的「${p.header}」應為 西元 或 民國，卻是「${p.value}」；${NOTHING_WRITTEN_ZH}`,
    (p) => `the setting “${p.header}” must be 西元 (Gregorian) or 民國 (ROC), not “${p.value}”; ${NOTHING_WRITTEN_EN}`,
  ),
  "store.settingAsOf": wording<SettingValue>(
    (p) => `設定的「${p.header}」應為 yyyy-mm-dd 日期或空白（=TODAY()），卻是「${p.value}」；${NOTHING_WRITTEN_ZH}`,
    (p) => `the setting “${p.header}” must be a yyyy-mm-dd date or blank (=TODAY()), not “${p.value}”; ${NOTHING_WRITTEN_EN}`,
  ),
  "store.settingNotText": wording<SettingValue>(
    (p) => `設定的「${p.header}」應為文字，卻是「${p.value}」；${NOTHING_WRITTEN_ZH}`,
    (p) => `the setting “${p.header}” must be text, not “${p.value}”; ${NOTHING_WRITTEN_EN}`,
  ),
} as const;
