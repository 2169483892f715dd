// The pane inside Excel: the Office.js store and its division views. Loaded on demand so the standalone
// page never downloads the Excel store.
import { createHostExcelStore } from "../../workbook/excel";
import type { AppHost } from "./appHost";

export function createExcelHost(): AppHost {
  const store = createHostExcelStore();
  return { kind: "excel", store, showDivision: (request) => store.showDivision(request) };
}
