import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { listUpcomingBirthdays } from "./queries";

afterAll(() => db.$disconnect());

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

async function person(slug: string, birthDate: string | null, status: "DETAINED" | "RELEASED", prisonId?: string) {
  await db.prisoner.create({
    data: {
      slug,
      nameLatin: slug,
      searchKey: slug,
      status,
      birthDate: birthDate ? day(birthDate) : null,
      prisonId,
      ...(status === "RELEASED" ? { releasedOn: day("2025-09-11") } : {}),
    },
  });
}

describe("listUpcomingBirthdays", () => {
  it("lists people held now, soonest first, across the year end, with age and prison; never people released", async () => {
    const prison = await db.prison.create({
      data: { slug: "birthday-fixture-colony", nameLatin: "Fixture Colony No. 4", type: "PENAL_COLONY", region: "HOMIEL" },
    });
    await person("bday-fixture-new-year", "1990-01-01", "DETAINED", prison.id);
    await person("bday-fixture-christmas", "1985-12-25", "DETAINED");
    await person("bday-fixture-released", "1970-12-24", "RELEASED");
    await person("bday-fixture-too-late", "1970-01-30", "DETAINED");
    await person("bday-fixture-unknown", null, "DETAINED");

    // The seeded Marfa Rabkova (held, born 6 January 1995) falls in this window too.
    const list = await listUpcomingBirthdays(day("2026-12-20"));
    expect(list.map((p) => [p.slug, p.on.toISOString().slice(0, 10), p.turns])).toEqual([
      ["bday-fixture-christmas", "2026-12-25", 41],
      ["bday-fixture-new-year", "2027-01-01", 37],
      ["marfa-rabkova", "2027-01-06", 32],
    ]);
    expect(list[1]?.prison?.nameLatin).toBe("Fixture Colony No. 4");
    expect(list[0]?.prison).toBeNull();
  });

  it("lists a 29 February birthday on 28 February in a year without one", async () => {
    await person("bday-fixture-leap", "1988-02-29", "DETAINED");
    const list = await listUpcomingBirthdays(day("2027-02-28"));
    expect(list.map((p) => [p.slug, p.inDays, p.turns])).toEqual([["bday-fixture-leap", 0, 39]]);
  });
});
