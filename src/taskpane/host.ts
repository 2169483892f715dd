// Decides which host the pane runs in (Excel, too old an Excel, or a plain browser) and how to say so.

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

export function describeHost(host: HostKind): { text: string; tone: "excel" | "info" | "error" } {
  switch (host.kind) {
    case "excel":
      return { text: "已連接 Excel。Connected to Excel.", tone: "excel" };
    case "excel-too-old":
      return {
        text: `此 Excel 版本不支援 ${host.required}，請更新 Office 或改用網頁版 Excel。This Excel does not support ${host.required}; update Office or use Excel on the web.`,
        tone: "error",
      };
    case "standalone":
      return {
        text:
          host.reason === "other-host"
            ? `此增益集僅適用於 Excel（目前主機：${host.host ?? "未知"}）。This add-in runs in Excel only.`
            : "獨立模式：未在 Excel 中開啟。請在 Excel「常用」索引標籤按「列管案件」開啟。Standalone mode: not opened in Excel; in Excel, open it from Home > Tracked cases.",
        tone: host.reason === "other-host" ? "error" : "info",
      };
  }
}
