const DAY_MS = 24 * 60 * 60 * 1000;

function utcDay(date: Date): number {
  return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) / DAY_MS);
}

/**
 * Whole days a person has spent behind bars: from the day of detention to the day of release,
 * or to `today` while still held. Dates are taken as UTC calendar days. Null when the detention
 * date is unknown (the page then says nothing rather than guess).
 */
export function daysBehindBars(
  detainedOn: Date | null | undefined,
  releasedOn: Date | null | undefined,
  today: Date = new Date(),
): number | null {
  if (!detainedOn) return null;
  const end = releasedOn ?? today;
  return Math.max(0, utcDay(end) - utcDay(detainedOn));
}
