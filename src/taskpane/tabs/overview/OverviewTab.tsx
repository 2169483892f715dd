// 總覽: per division, open / overdue / due-soon counts on the as-of date, a small chart, and in Excel
// "show in sheet", which opens that division's view without disturbing co-authors (or asks how to,
// where the host has no per-user sheet views).
import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles } from "@fluentui/react-components";
import { useMemo, useState, type ReactNode } from "react";
import { divisionLookup } from "../../../domain";
import type { DivisionFallback, DivisionView, FallbackChoice } from "../../../workbook/excel";
import { errorText } from "../../app/recorder";
import { failureText, paneLanguage } from "../import/failureText";
import type { TabContext } from "../../app/tabContext";
import { useI18n } from "../../i18n/I18n";
import type { Messages } from "../../i18n/zhTW";
import { showDate } from "../../view/dates";
import { StatisticsSummary } from "../report/StatisticsSummary";
import { BarChart, ChartLegend } from "./BarChart";
import { chartBars, divisionCounts } from "./counts";

const useStyles = makeStyles({
  // figures right-aligned under right-aligned headers (a Fluent header cell lays its text out in a flex box),
  // in digits of one width so the columns line up
  num: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums", "& > *": { justifyContent: "flex-end" } },
  choices: { display: "flex", flexDirection: "column", gap: "6px", margin: "8px 0" },
});

/** What the pane says after a division view was shown. */
function viewMessage(view: Exclude<DivisionView, { kind: "choose" }>, t: Messages): { kind: "success" | "warning"; text: string } {
  if (view.kind === "sheet-view") return { kind: "success", text: t.viewShown(view.viewName) };
  if (view.kind === "division-list") return { kind: "success", text: t.viewList(view.sheet, view.cases) };
  return { kind: "warning", text: t.viewShared(view.warning) };
}

export function OverviewTab({ context }: { context: TabContext }): ReactNode {
  const { t } = useI18n();
  const styles = useStyles();
  const { data, host, notify } = context;
  const counts = useMemo(() => (data ? divisionCounts(data, divisionLookup(data.divisions), context.asOf) : []), [data, context.asOf]);
  const [choice, setChoice] = useState<{ division: string; message: string; choices: readonly FallbackChoice[] } | null>(null);
  const showDivision = host.showDivision;

  if (!data) return context.dataError ? <Text role="alert">{context.dataError}</Text> : null;

  const bars = chartBars(counts);
  const summary = bars.length === 0 ? t.chartNone : bars.map((b) => t.chartEntry(b.division, b.open, b.overdue, b.dueSoon)).join("；");

  const show = async (division: string, fallback?: DivisionFallback) => {
    if (!showDivision) return;
    setChoice(null);
    try {
      const language = paneLanguage(t);
      const result = await showDivision(fallback ? { division, fallback, language } : { division, language });
      if (!result.ok) return notify({ kind: "error", lines: [failureText(t, result)] });
      const view = result.value;
      if (view.kind === "choose") {
        setChoice({ division, message: view.message, choices: view.choices });
        notify({ kind: "info", lines: [view.message] });
        return;
      }
      const message = viewMessage(view, t);
      notify({ kind: message.kind, lines: [message.text] });
    } catch (error) {
      notify({ kind: "error", lines: [errorText(t, error)] });
    }
  };

  return (
    <>
      <Text as="p" size={200}>
        {t.asOf(showDate(context.asOf, data.settings.dateDisplay))}
      </Text>
      <BarChart bars={bars} label={t.chartLabel(summary)} />
      {bars.length > 0 ? <ChartLegend labels={{ overdue: t.colOverdue, dueSoon: t.colDueSoon, others: t.chartOthers }} /> : null}
      <StatisticsSummary data={data} asOf={context.asOf} />
      {choice ? (
        <div className={styles.choices} role="group" aria-label={t.chooseFallback}>
          <Text>{choice.message}</Text>
          {choice.choices.map((c) => (
            <Button key={c.fallback} onClick={() => void show(choice.division, c.fallback)}>
              {c.label}
              {c.warning ? `（${c.warning}）` : ""}
            </Button>
          ))}
        </div>
      ) : null}
      {showDivision ? null : (
        <Text as="p" size={200}>
          {t.noSheetStandalone}
        </Text>
      )}
      <Table size="small" aria-label={t.overviewTable}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.division}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{t.colOpen}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{t.colOverdue}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{t.colDueSoon}</TableHeaderCell>
            {showDivision ? <TableHeaderCell>{t.colShow}</TableHeaderCell> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {counts.map((c) => (
            <TableRow key={c.division}>
              <TableCell>{c.division}</TableCell>
              <TableCell className={styles.num}>{c.open}</TableCell>
              <TableCell className={styles.num}>{c.overdue}</TableCell>
              <TableCell className={styles.num}>{c.dueSoon}</TableCell>
              {showDivision ? (
                <TableCell>
                  <Button size="small" aria-label={t.showInSheet(c.division)} onClick={() => void show(c.division)}>
                    {t.showInSheetShort}
                  </Button>
                </TableCell>
              ) : null}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
