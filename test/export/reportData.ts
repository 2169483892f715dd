// A report's input for the writers' tests: the report core's fixture workbook with entries from three
// divisions, built into the model the writers render.
import { buildReport, type ReportModel } from "../../src/report";
import { d, entry, input } from "../report/fixtures";

export const ENTRIES = [
  entry("11101", "文書組", { progress: "已完成公文系統改版第一階段。\n第二階段於6月上線。", proposal: "continue", proposedDue: d("2022-06-30") }),
  entry("11002", "總務組", { progress: "宿舍補強工程已驗收", proposal: "close" }),
  entry("9904", "人事室", { progress: "改由人事室自行追蹤", proposal: "self-track" }),
];

export function sampleReport(division?: string): ReportModel {
  const built = buildReport(input(ENTRIES), { asOf: d("2022-05-01"), dueSoonDays: 7, ...(division ? { division } : {}) });
  if (!built.ok) throw new Error(built.error);
  return built.value;
}
