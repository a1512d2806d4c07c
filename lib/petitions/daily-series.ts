// Signatures per day as a continuous series (days with none are zeros), for the staff chart.

const DAY_MS = 24 * 60 * 60 * 1000;

export interface DayCount {
  /** UTC day, "YYYY-MM-DD". */
  day: string;
  count: number;
}

/** The last `days` days up to and including `today` (UTC), each with its count from `rows`. */
export function dailySeries(rows: DayCount[], today: Date, days: number): DayCount[] {
  const counts = new Map(rows.map((row) => [row.day, row.count]));
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Array.from({ length: days }, (_, index) => {
    const day = new Date(end - (days - 1 - index) * DAY_MS).toISOString().slice(0, 10);
    return { day, count: counts.get(day) ?? 0 };
  });
}

/** How many days the chart covers: from the first signature (at least a week), at most `max`. */
export function chartDays(firstDay: string | undefined, today: Date, max = 90, min = 7): number {
  if (!firstDay) return min;
  const span = Math.floor((Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - Date.parse(firstDay)) / DAY_MS) + 1;
  return Math.min(max, Math.max(min, span));
}
