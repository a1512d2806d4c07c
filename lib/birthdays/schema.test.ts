import { describe, expect, it } from "vitest";
import { birthdayIn, birthdayInWindow, nextBirthday } from "./schema";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("birthdays", () => {
  it("puts 29 February on 28 February in a year without one, and on 29 February in a leap year", () => {
    expect(birthdayIn(day("1992-02-29"), 2027).toISOString().slice(0, 10)).toBe("2027-02-28");
    expect(birthdayIn(day("1992-02-29"), 2028).toISOString().slice(0, 10)).toBe("2028-02-29");
  });

  it("counts a birthday today as in 0 days and gives the age turned", () => {
    expect(nextBirthday(day("1990-12-03"), new Date("2026-12-03T17:00:00Z"))).toEqual({ on: day("2026-12-03"), inDays: 0, turns: 36 });
  });

  it("crosses the year end: a January birthday seen in December is next year's", () => {
    expect(nextBirthday(day("1995-01-06"), day("2026-12-20"))).toEqual({ on: day("2027-01-06"), inDays: 17, turns: 32 });
  });

  it("keeps the window to today and the 29 days after it", () => {
    const today = day("2026-12-03");
    expect(birthdayInWindow(day("1980-01-01"), today)?.inDays).toBe(29);
    expect(birthdayInWindow(day("1980-01-02"), today)).toBeNull();
    expect(birthdayInWindow(day("1980-12-02"), today)).toBeNull();
  });
});
