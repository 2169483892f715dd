// A small horizontal bar chart of open cases per division (overdue part red, due-soon amber), drawn as
// SVG with one aria-label summarising it, since its bars carry no text a screen reader could use.
import type { ReactNode } from "react";
import type { DivisionCount } from "./counts";

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
            <rect x={LABEL} y={y + 4} width={scale(b.overdue)} height={14} fill="#c50f1f" />
            <rect x={LABEL + scale(b.overdue)} y={y + 4} width={scale(b.dueSoon)} height={14} fill="#da7b00" />
            <rect x={LABEL + scale(b.overdue + b.dueSoon)} y={y + 4} width={scale(others)} height={14} fill="#1d5c96" />
            <text x={LABEL + scale(b.open) + 4} y={y + 15} fontSize="11" fill="#242424">
              {b.open}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
