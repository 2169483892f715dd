// What every tab receives from the shell, and how a tab is declared, so a new tab (the reminders of
// issue 6) is one more entry in the list in tabs.tsx.
import type { ReactNode } from "react";
import type { IsoDate } from "../../domain";
import type { WorkbookData } from "../../workbook/model";
import type { AppHost } from "../hosts/appHost";
import type { Messages } from "../i18n/zhTW";
import type { Notify } from "./notice";

export interface TabContext {
  readonly host: AppHost;
  /** the workbook as last read; null while loading or when reading failed (see dataError) */
  readonly data: WorkbookData | null;
  readonly dataError: string | null;
  /** the as-of date statuses are computed on */
  readonly asOf: IsoDate;
  /** reads the workbook again (after a write, or when the user asks) */
  readonly refresh: () => Promise<void>;
  /** takes the workbook as a service (src/app) returned it after a write, instead of reading it again */
  readonly accept: (data: WorkbookData) => void;
  /** shows a result in the pane's status or alert region */
  readonly notify: Notify;
  /** before a write: asks for the 記錄者 name the first time (false when the user cancels: write nothing) */
  readonly ensureRecorder: () => Promise<boolean>;
}

export interface TabDefinition {
  readonly id: string;
  readonly label: (t: Messages) => string;
  readonly render: (context: TabContext) => ReactNode;
}
