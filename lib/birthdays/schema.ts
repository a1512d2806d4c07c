// When a birthday falls: pure date arithmetic on UTC calendar days (the database keeps days as
// UTC midnight), so the window reads the same on SQLite and PostgreSQL.

/** How many days ahead /birthdays looks, today included. */
export const BIRTHDAY_WINDOW_DAYS = 30;

const DAY_MS = 86_400_000;

function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The birthday in `year`: 29 February falls on 28 February in a year without one. */
export function birthdayIn(birthDate: Date, year: number): Date {
  const month = birthDate.getUTCMonth();
  const day = birthDate.getUTCDate();
  if (month === 1 && day === 29 && !isLeapYear(year)) return new Date(Date.UTC(year, 1, 28));
  return new Date(Date.UTC(year, month, day));
}

export interface UpcomingBirthday {
  /** The day of the birthday (UTC midnight). */
  on: Date;
  /** Days from today: 0 is today. */
  inDays: number;
  /** The age the person turns that day. */
  turns: number;
}

/** The next birthday on or after today. */
export function nextBirthday(birthDate: Date, today: Date = new Date()): UpcomingBirthday {
  const start = utcDay(today);
  let year = start.getUTCFullYear();
  let on = birthdayIn(birthDate, year);
  if (on < start) on = birthdayIn(birthDate, ++year);
  return { on, inDays: Math.round((on.getTime() - start.getTime()) / DAY_MS), turns: year - birthDate.getUTCFullYear() };
}

/** The next birthday when it falls within the window (today and the 29 days after it), else null. */
export function birthdayInWindow(birthDate: Date, today: Date = new Date(), days = BIRTHDAY_WINDOW_DAYS): UpcomingBirthday | null {
  const next = nextBirthday(birthDate, today);
  return next.inDays < days ? next : null;
}

/** One line of /birthdays: who, when, and where they are held. */
export interface BirthdayEntry extends UpcomingBirthday {
  slug: string;
  nameLatin: string;
  nameBelarusian: string | null;
  nameRussian: string | null;
  prison: { slug: string; nameLatin: string; nameBelarusian: string | null; nameRussian: string | null } | null;
}
