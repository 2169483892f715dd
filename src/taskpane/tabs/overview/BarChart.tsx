// A small horizontal bar chart of open cases per division (overdue part red, due-soon amber), drawn as
// SVG with one aria-label summarising it, since its bars carry no text a screen reader could use; and
// its legend, in text.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { DivisionCount } from "./counts";

/** The bar colours, named once for the bars and the legend. */
export const CHART_COLOURS = { overdue: "#c50f1f", dueSoon: "#da7b00", others: "#1d5c96" } as const;

const useStyles = makeStyles({
  legend: { display: "flex", flexWrap: "wrap", gap: "4px 12px", listStyle: "none", padding: 0, margin: "4px 0 8px", fontSize: tokens.fontSizeBase200 },
  item: { display: "flex", alignItems: "center", gap: "4px", whiteSpace: "nowrap" },
  swatch: { width: "10px", height: "10px", borderRadius: "2px", flexShrink: 0 },
});

/** What the colours mean: 逾期, 即將到期, 其他未結案. */
export function ChartLegend({ labels }: { labels: Record<keyof typeof CHART_COLOURS, string> }): ReactNode {
  const styles = useStyles();
  return (
    <ul className={styles.legend}>
      {(Object.keys(CHART_COLOURS) as (keyof typeof CHART_COLOURS)[]).map((key) => (
        <li key={key} className={styles.item}>
          <span className={styles.swatch} style={{ backgroundColor: CHART_COLOURS[key] }} aria-hidden="true" />
          {labels[key]}
        </li>
      ))}
    </ul>
  );
}

const ROW = 22;
const LABEL = 96;
const WIDTH = 296;

export function BarChart({ bars, label }: { bars: readonly DivisionCount[]; label: string }): ReactNode {
  const max = Math.max(1, ...bars.map((b) => b.open));
  const scale = (n: number) => ((WIDTH - LABEL - 28) * n) / max;
  const height = Math.max(ROW, bars.length * ROW);
  return (
    <svg role="img" aria-label={label} width="100%" viewBox={`0 0 ${WIDTH} ${height}`} style={{ maxWidth: 480, display: "block" }}>
      {bars.map((b, i) => {
        const y = i * ROW;
        const others = b.open - b.overdue - b.dueSoon;
        return (
          <g key={b.division} aria-hidden="true">
            <text x={LABEL - 4} y={y + 15} textAnchor="end" fontSize="11" fill="#424242">
              {b.division.length > 8 ? `${b.division.slice(0, 7)}…` : b.division}
            </text>
            <rect x={LABEL} y={y + 4} width={scale(b.overdue)} height={14} fill={CHART_COLOURS.overdue} />
            <rect x={LABEL + scale(b.overdue)} y={y + 4} width={scale(b.dueSoon)} height={14} fill={CHART_COLOURS.dueSoon} />
            <rect x={LABEL + scale(b.overdue + b.dueSoon)} y={y + 4} width={scale(others)} height={14} fill={CHART_COLOURS.others} />
            <text x={LABEL + scale(b.open) + 4} y={y + 15} fontSize="11" fill="#242424">
              {b.open}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
