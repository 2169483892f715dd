// 執行情形統計 in the 總覽 tab: per division and in total, the report's statistics (closure rate, median
// days open and the longest-running continued cases beside the counts), computed as the report does.
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import { useMemo, type ReactNode } from "react";
import { divisionLookup, type IsoDate } from "../../../domain";
import { computeStatistics, formatRate } from "../../../report";
import type { WorkbookData } from "../../../workbook/model";
import { useI18n } from "../../i18n/I18n";

const HEAD = {
  "zh-TW": { title: "執行情形統計", columns: ["組室", "列管", "解除／自行列管", "結案率", "列管天數中位數"], longest: "列管最久之賡續列管案件", days: (n: number) => `${n} 天` },
  en: { title: "Statistics", columns: ["Division", "Tracked", "Closed / self-tracked", "Closure rate", "Median days open"], longest: "Longest-running continued cases", days: (n: number) => `${n} d` },
} as const;

export function StatisticsSummary({ data, asOf }: { data: WorkbookData; asOf: IsoDate }): ReactNode {
  const { t } = useI18n();
  const w = t.lang === "en" ? HEAD.en : HEAD["zh-TW"];
  const stats = useMemo(() => computeStatistics(data.cases, data.meetings, divisionLookup(data.divisions), { asOf, dueSoonDays: data.settings.dueSoonDays }), [data, asOf]);
  const rows = [...stats.byDivision.filter((s) => s.tracked > 0), stats.total];
  return (
    <section aria-label={w.title}>
      <Text as="h2" weight="semibold">
        {w.title}
      </Text>
      <Table size="small" aria-label={w.title}>
        <TableHeader>
          <TableRow>
            {w.columns.map((c) => (
              <TableHeaderCell key={c}>{c}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((s) => (
            <TableRow key={s.division}>
              <TableCell>{s.division}</TableCell>
              <TableCell>{s.tracked}</TableCell>
              <TableCell>{s.closed + s.selfTracked}</TableCell>
              <TableCell>{formatRate(s.closureRate)}</TableCell>
              <TableCell>{s.medianDaysOpen === null ? "—" : w.days(s.medianDaysOpen)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {stats.total.longestContinued.length > 0 ? (
        <Text as="p" size={200}>
          {w.longest}：{stats.total.longestContinued.map((c) => `${c.caseId}（${w.days(c.daysOpen)}）`).join("、")}
        </Text>
      ) : null}
    </section>
  );
}
