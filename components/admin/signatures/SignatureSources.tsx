import type { DayCount } from "@/lib/petitions/daily-series";

const n = (value: number) => value.toLocaleString("en");

const WIDTH = 720;
const HEIGHT = 220;
const PLOT = { left: 44, right: 8, top: 12, bottom: 28 };

/** A round number at or above the largest count, so the axis reads 0–5, 0–50, 0–200… */
function axisMax(largest: number): number {
  if (largest <= 5) return 5;
  const magnitude = 10 ** Math.floor(Math.log10(largest));
  const step = [1, 2, 5, 10].map((f) => f * magnitude).find((value) => value >= largest) ?? 10 * magnitude;
  return step;
}

const dayLabel = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

// Drawn here as SVG: no chart service sees the numbers, and the page works without JavaScript.
export function SignaturesPerDayChart({ series }: { series: DayCount[] }) {
  const max = axisMax(Math.max(0, ...series.map((point) => point.count)));
  const total = series.reduce((sum, point) => sum + point.count, 0);
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const slot = plotWidth / Math.max(1, series.length);
  const barWidth = Math.max(1, slot * 0.75);
  const y = (value: number) => PLOT.top + plotHeight - (value / max) * plotHeight;
  const first = series[0]?.day;
  const last = series.at(-1)?.day;
  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="w-full max-w-3xl rounded bg-white ring-1 ring-line"
        role="img"
        aria-labelledby="per-day-title per-day-desc"
        data-testid="per-day-chart"
      >
        <title id="per-day-title">Confirmed signatures per day</title>
        <desc id="per-day-desc">
          {n(total)} confirmed signatures from {first} to {last} (UTC), at most {n(Math.max(0, ...series.map((p) => p.count)))} in one day.
        </desc>
        {[0, max / 2, max].map((tick) => (
          <g key={tick}>
            <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={y(tick)} y2={y(tick)} stroke="#dedbd2" strokeWidth={1} />
            <text x={PLOT.left - 6} y={y(tick) + 4} textAnchor="end" fontSize={11} fill="#5d5d66">
              {n(tick)}
            </text>
          </g>
        ))}
        {series.map((point, index) => (
          <rect
            key={point.day}
            x={PLOT.left + index * slot + (slot - barWidth) / 2}
            y={y(point.count)}
            width={barWidth}
            height={PLOT.top + plotHeight - y(point.count)}
            fill="#b3261e"
            data-day={point.day}
            data-count={point.count}
          >
            <title>{`${point.day}: ${n(point.count)}`}</title>
          </rect>
        ))}
        {first && (
          <text x={PLOT.left} y={HEIGHT - 8} fontSize={11} fill="#5d5d66">
            {dayLabel(first)}
          </text>
        )}
        {last && (
          <text x={WIDTH - PLOT.right} y={HEIGHT - 8} textAnchor="end" fontSize={11} fill="#5d5d66">
            {dayLabel(last)}
          </text>
        )}
      </svg>
      <figcaption className="text-sm text-muted">Confirmed signatures per day (UTC), last {series.length} days.</figcaption>
      <details className="text-sm">
        <summary className="cursor-pointer underline">The numbers behind the chart</summary>
        <table className="mt-2 text-left [&_td]:pr-6 [&_th]:pr-6">
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Confirmed</th>
            </tr>
          </thead>
          <tbody>
            {series
              .filter((point) => point.count > 0)
              .map((point) => (
                <tr key={point.day}>
                  <td>{point.day}</td>
                  <td>{n(point.count)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

export function CountTable({ caption, rows, testId }: { caption: string; rows: { label: string; count: number }[]; testId: string }) {
  return (
    <table
      className="border-collapse text-left text-sm [&_td]:border-t [&_td]:border-line [&_td]:py-1.5 [&_td]:pr-6 [&_th]:pb-2 [&_th]:pr-6"
      data-testid={testId}
    >
      <caption className="pb-2 text-left font-semibold">{caption}</caption>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td className="text-muted">None yet</td>
          </tr>
        ) : (
          rows.map((row) => (
            <tr key={row.label}>
              <th scope="row" className="font-mono font-normal">
                {row.label}
              </th>
              <td>{n(row.count)}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
