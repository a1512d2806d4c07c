import "server-only";
import { db } from "../db";
import { birthdayInWindow, BIRTHDAY_WINDOW_DAYS, type BirthdayEntry } from "./schema";

/**
 * People held now (status DETAINED) whose birthday falls in the next `days` days, soonest first,
 * then by name. The window is computed here rather than in SQL: day-of-year arithmetic differs
 * between SQLite and PostgreSQL, and the held list is a few thousand rows at most.
 */
export async function listUpcomingBirthdays(today: Date = new Date(), days = BIRTHDAY_WINDOW_DAYS): Promise<BirthdayEntry[]> {
  const rows = await db.prisoner.findMany({
    where: { status: "DETAINED", birthDate: { not: null } },
    select: {
      slug: true,
      nameLatin: true,
      nameBelarusian: true,
      nameRussian: true,
      birthDate: true,
      prison: { select: { slug: true, nameLatin: true, nameBelarusian: true, nameRussian: true } },
    },
  });
  const entries: BirthdayEntry[] = [];
  for (const { birthDate, ...person } of rows) {
    const upcoming = birthDate ? birthdayInWindow(birthDate, today, days) : null;
    if (upcoming) entries.push({ ...person, ...upcoming });
  }
  return entries.sort((a, b) => a.inDays - b.inDays || a.nameLatin.localeCompare(b.nameLatin, "en"));
}

/** Everyone held now with a known birth date, for the calendar feed, in a stable order. */
export async function listHeldBirthDates(): Promise<
  { id: string; slug: string; nameLatin: string; nameBelarusian: string | null; nameRussian: string | null; birthDate: Date }[]
> {
  const rows = await db.prisoner.findMany({
    where: { status: "DETAINED", birthDate: { not: null } },
    select: { id: true, slug: true, nameLatin: true, nameBelarusian: true, nameRussian: true, birthDate: true },
    orderBy: [{ nameLatin: "asc" }, { id: "asc" }],
  });
  return rows.flatMap(({ birthDate, ...person }) => (birthDate ? [{ ...person, birthDate }] : []));
}
