// Decides which host the pane runs in: Excel, too old an Excel, or a plain browser (hostText.ts says it).

import { REQUIRED_API } from "../workbook/excel/requirements";

/** Minimum Excel API the add-in needs (declared by the Excel store); newer APIs are feature-detected. */
export const REQUIRED_EXCEL_API = REQUIRED_API;

export type HostKind =
  | { kind: "excel" }
  | { kind: "excel-too-old"; required: string }
  | { kind: "standalone"; reason: "no-office-js" | "not-in-office" | "other-host"; host?: string };

/** What Office.onReady reported, reduced to what the decision needs (so it can be tested without Office). */
export interface HostProbe {
  readonly officeLoaded: boolean;
  readonly host: string | null;
  readonly isSetSupported?: (set: string, version: string) => boolean;
}

export function detectHost(probe: HostProbe): HostKind {
  if (!probe.officeLoaded) return { kind: "standalone", reason: "no-office-js" };
  if (probe.host === null) return { kind: "standalone", reason: "not-in-office" };
  if (probe.host !== "Excel") return { kind: "standalone", reason: "other-host", host: probe.host };
  const supported = probe.isSetSupported?.(REQUIRED_EXCEL_API.set, REQUIRED_EXCEL_API.version) ?? false;
  return supported
    ? { kind: "excel" }
    : { kind: "excel-too-old", required: `${REQUIRED_EXCEL_API.set} ${REQUIRED_EXCEL_API.version}` };
}
