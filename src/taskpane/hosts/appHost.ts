// What the pane needs from where it runs: a store for the tracking workbook, and what only some hosts
// have (division views in Excel; a workbook file to create, open and download when standalone).
import type { ReportSheetPort } from "../../app/report";
import type { Result } from "../../domain";
import type { WorkbookStore } from "../../workbook/model";
import type { DivisionView, DivisionViewRequest } from "../../workbook/excel";

/** The standalone host's workbook: one .xlsx kept in the browser between visits. */
export interface StandaloneWorkbook {
  /** the workbook's file name, or null before one is created or opened */
  name(): string | null;
  /** replaces the kept workbook with a new, empty one built from the schema */
  create(name: string): Promise<Result<string>>;
  /** replaces the kept workbook with the bytes of an .xlsx the user picked */
  open(name: string, bytes: Uint8Array): Promise<Result<string>>;
  /** the kept workbook's bytes, for a download; null when there is none */
  bytes(): Promise<Result<{ name: string; bytes: Uint8Array } | null>>;
}

export interface AppHost {
  readonly kind: "excel" | "standalone";
  readonly store: WorkbookStore;
  /** Excel only: show one division's cases without disturbing co-authors */
  readonly showDivision?: (request: DivisionViewRequest) => Promise<Result<DivisionView>>;
  /** Excel only: 「寫入工作表」, the 辦理情形 report as a sheet of its own */
  readonly writeReportSheet?: ReportSheetPort;
  /** standalone only */
  readonly workbook?: StandaloneWorkbook;
}
