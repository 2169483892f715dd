// The pane inside Excel: the Office.js store and its division views. Loaded on demand so the standalone
// page never downloads the Excel store.
import { DEFAULT_REQUEST_BUDGET, createHostExcelStore, runReportSheet, type ReportSheetHost } from "../../workbook/excel";
import type { AppHost } from "./appHost";

export function createExcelHost(): AppHost {
  const store = createHostExcelStore();
  const reportSheetHost: ReportSheetHost = { run: (batch) => Excel.run(batch), isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version) };
  return { kind: "excel", store, showDivision: (request) => store.showDivision(request), writeReportSheet: (grid) => runReportSheet(reportSheetHost, grid, DEFAULT_REQUEST_BUDGET) };
}
