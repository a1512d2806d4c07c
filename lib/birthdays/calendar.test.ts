import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { buildBirthdayCalendar } from "./calendar";
import { listHeldBirthDates } from "./queries";

afterAll(() => db.$disconnect());

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const texts = {
  calendarName: "Birthdays",
  title: (name: string) => `Birthday: ${name} — write a letter`,
  description: (url: string) => `Write: ${url}`,
  letterUrl: (slug: string) => `https://free-them.example/prisoners/${slug}/letter`,
  uidDomain: "free-them.example",
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
}

/** The next `count` occurrences of an event from its start, as days. */
function occurrences(event: ICAL.Event, count: number): string[] {
  const iterator = event.iterator();
  const days: string[] = [];
  for (let next = iterator.next(); next && days.length < count; next = iterator.next()) days.push(next.toString());
  return days;
}

describe("the birthday calendar", () => {
  it("has one yearly all-day event a person held now with a known birth date, with letter link and stable UID", async () => {
    await db.prisoner.create({
      data: { slug: "cal-fixture-held", nameLatin: "Calendar Fixture", searchKey: "x", status: "DETAINED", birthDate: day("1980-07-14") },
    });
    await db.prisoner.create({
      data: {
        slug: "cal-fixture-released",
        nameLatin: "Released Fixture",
        searchKey: "x",
        status: "RELEASED",
        birthDate: day("1970-03-01"),
        releasedOn: day("2025-09-11"),
      },
    });
    const people = await listHeldBirthDates();
    const text = buildBirthdayCalendar(
      people.map((p) => ({ id: p.id, slug: p.slug, name: p.nameLatin, birthDate: p.birthDate })),
      texts,
    );
    const events = parse(text);
    expect(events.map((e) => e.summary).sort()).toEqual([
      "Birthday: Calendar Fixture — write a letter",
      "Birthday: Marfa Rabkova — write a letter",
    ]);
    const held = events.find((e) => e.summary.includes("Calendar Fixture"))!;
    expect(held.startDate.isDate).toBe(true);
    expect(held.startDate.toString()).toBe("1980-07-14");
    expect(held.endDate.toString()).toBe("1980-07-15");
    expect(held.isRecurring()).toBe(true);
    expect(occurrences(held, 3)).toEqual(["1980-07-14", "1981-07-14", "1982-07-14"]);
    expect(held.component.getFirstPropertyValue("url")).toBe("https://free-them.example/prisoners/cal-fixture-held/letter");
    expect(held.description).toContain("https://free-them.example/prisoners/cal-fixture-held/letter");
    const id = people.find((p) => p.slug === "cal-fixture-held")!.id;
    expect(held.uid).toBe(`birthday-${id}@free-them.example`);
    expect(text).not.toContain("Released Fixture");
  });

  it("keeps the UID when the name changes, so a calendar replaces the event", () => {
    const person = { id: "abc", slug: "a", birthDate: day("1990-05-05") };
    const [before] = parse(buildBirthdayCalendar([{ ...person, name: "Old Name" }], texts));
    const [after] = parse(buildBirthdayCalendar([{ ...person, name: "New Name" }], texts));
    expect(after!.uid).toBe(before!.uid);
    expect(after!.summary).not.toBe(before!.summary);
  });

  it("puts a 29 February birthday on 28 February in years without one", () => {
    const [event] = parse(buildBirthdayCalendar([{ id: "leap", slug: "leap", name: "Leap", birthDate: day("1988-02-29") }], texts));
    expect(occurrences(event!, 5)).toEqual(["1988-02-29", "1989-02-28", "1990-02-28", "1991-02-28", "1992-02-29"]);
  });

  it("is a valid calendar when nobody is listed", () => {
    const text = buildBirthdayCalendar([], texts);
    expect(parse(text)).toEqual([]);
    expect(text).toContain("BEGIN:VCALENDAR");
  });
});
