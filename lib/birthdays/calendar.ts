import { createEvents, type EventAttributes } from "ics";

/** A held person with a known birth date, as the feed shows them: what the profile shows already. */
export interface CalendarPerson {
  id: string;
  slug: string;
  name: string;
  birthDate: Date;
}

export interface CalendarTexts {
  calendarName: string;
  /** The event title for one person, e.g. "Birthday: Name — write a letter". */
  title: (name: string) => string;
  /** The description, given the letter page's absolute URL. */
  description: (letterUrl: string) => string;
  /** Absolute URL of a person's letter page. */
  letterUrl: (slug: string) => string;
  /** Host part of each event's UID. */
  uidDomain: string;
}

function isLastOfFebruary(date: Date): boolean {
  return date.getUTCMonth() === 1 && date.getUTCDate() === 29;
}

/**
 * One yearly all-day event a person, built with the `ics` library. The UID is the person's
 * record id, so a calendar replaces the event when a name or date changes. A 29 February
 * birthday recurs on the last day of February (the 28th in a year without a 29th).
 */
export function buildBirthdayCalendar(people: CalendarPerson[], texts: CalendarTexts): string {
  const events: EventAttributes[] = people.map((person) => {
    const date = person.birthDate;
    const next = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1));
    const url = texts.letterUrl(person.slug);
    return {
      uid: `birthday-${person.id}@${texts.uidDomain}`,
      start: [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()],
      // An end day rather than a duration: ics writes one day as "P1DT", which strict parsers refuse.
      end: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()],
      recurrenceRule: isLastOfFebruary(date) ? "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1" : "FREQ=YEARLY",
      title: texts.title(person.name),
      description: texts.description(url),
      url,
      transp: "TRANSPARENT",
      busyStatus: "FREE",
      productId: "free-them/birthdays",
      calName: texts.calendarName,
    };
  });
  const { error, value } = createEvents(events, { productId: "free-them/birthdays", calName: texts.calendarName });
  if (error || !value) throw error ?? new Error("the calendar could not be built");
  return value;
}
