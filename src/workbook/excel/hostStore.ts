// Wires the Excel store to the real host: Excel.run and Office's requirement check. Used by the task
// pane inside Excel; tests build ExcelStore with a fake instead.
import { ExcelStore } from "./excelStore";

export function createHostExcelStore(): ExcelStore {
  return new ExcelStore({
    run: (batch) => Excel.run(batch),
    isSetSupported: (set, version) => Office.context.requirements.isSetSupported(set, version),
  });
}
