// Which Excel JavaScript API sets the store needs and which it only uses when present, with the message
// (zh-TW first) shown when the host is too old.
import { fail, ok, type Result } from "../../domain";
import type { IsSetSupported } from "./types";

/**
 * The store's floor: ExcelApi 1.8 (data validation; Office 2019 and later). Conditional formats (1.6),
 * getRangeByIndexes and freezePanes (1.7) and columns.add with a name (1.4) are all inside it.
 * The task pane's host check and the manifest validator read it from here.
 */
export const REQUIRED_API = { set: "ExcelApi", version: "1.8" } as const;

/** Named sheet views (per-user filters) exist only in Excel on the web so far. */
export const SHEET_VIEWS_API = { set: "ExcelApiOnline", version: "1.1" } as const;

export const TOO_OLD_MESSAGE =
  `此 Excel 版本不支援 ${REQUIRED_API.set} ${REQUIRED_API.version}，無法讀寫列管表；請更新 Office（Office 2019 或 Microsoft 365）或改用網頁版 Excel。` +
  `This Excel does not support ${REQUIRED_API.set} ${REQUIRED_API.version}; update Office or use Excel on the web.`;

/** ok when the host has the API set the store is written against; the message otherwise. */
export function checkExcelApi(isSetSupported: IsSetSupported): Result<void> {
  return isSetSupported(REQUIRED_API.set, REQUIRED_API.version) ? ok(undefined) : fail(TOO_OLD_MESSAGE);
}

export function supportsSheetViews(isSetSupported: IsSetSupported): boolean {
  return isSetSupported(SHEET_VIEWS_API.set, SHEET_VIEWS_API.version);
}
