// The Excel store's public surface: the store, its options, the division views and the constants the
// task pane and the benchmark need.
export { ExcelStore, type ExcelStoreOptions, type UpdateStats } from "./excelStore";
export { createHostExcelStore } from "./hostStore";
export type { DivisionFallback, DivisionView, DivisionViewRequest, FallbackChoice } from "./divisionView";
export { DEFAULT_REQUEST_BUDGET, EXCEL_WEB_PAYLOAD_LIMIT, batchOps, batchBytes, opBytes } from "./chunking";
export { literalText, needsQuotePrefix } from "./literalText";
export { runReportSheet, type ReportSheetHost, type SheetGrid, type SheetWritten } from "./reportSheet";
export { REQUIRED_API, SHEET_VIEWS_API, TOO_OLD_MESSAGE, checkExcelApi, supportsSheetViews } from "./requirements";
export type { ExcelRun, IsSetSupported } from "./types";
