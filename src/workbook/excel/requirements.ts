// Which Excel JavaScript API sets the store needs and which it only uses when present, with the message
// (a problem from the shared catalogue) shown when the host is too old.
import { fail, ok, type Result } from "../../domain";
import { problem, renderProblem } from "../../problems";
import type { IsSetSupported } from "./types";

/**
 * The store's floor: ExcelApi 1.8 (data validation; Office 2019 and later). Conditional formats (1.6),
 * getRangeByIndexes and freezePanes (1.7) and columns.add with a name (1.4) are all inside it.
 * The task pane's host check and the manifest validator read it from here.
 */
export const REQUIRED_API = { set: "ExcelApi", version: "1.8" } as const;

/** Named sheet views (per-user filters) exist only in Excel on the web so far. */
export const SHEET_VIEWS_API = { set: "ExcelApiOnline", version: "1.1" } as const;

/** The problem of a host older than the API set; the pane words it in its language. */
export const TOO_OLD = problem("excel.tooOld", { set: REQUIRED_API.set, version: REQUIRED_API.version });

/** TOO_OLD in Traditional Chinese, as a failure's `error` carries it. */
export const TOO_OLD_MESSAGE = renderProblem(TOO_OLD, "zh-TW");

/** ok when the host has the API set the store is written against; the message otherwise. */
export function checkExcelApi(isSetSupported: IsSetSupported): Result<void> {
  return isSetSupported(REQUIRED_API.set, REQUIRED_API.version) ? ok(undefined) : fail(TOO_OLD);
}

export function supportsSheetViews(isSetSupported: IsSetSupported): boolean {
  return isSetSupported(SHEET_VIEWS_API.set, SHEET_VIEWS_API.version);
}
