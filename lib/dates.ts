export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day typed as YYYY-MM-DD, as UTC midnight (how the database keeps days); null when it is not one. */
export function parseDay(value: string): Date | null {
  if (!ISO_DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return null;
  const year = date.getUTCFullYear();
  return year >= 1900 && year <= 2100 ? date : null;
}

/** A day for a date input: "" when there is none. */
export function dayValue(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}
