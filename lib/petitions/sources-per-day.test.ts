import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { testProvider } from "../test/database";
import { petitionRow, signatureData } from "../test/rows";
import { getSignatureSources } from "./queries";

// The staff chart counts confirmations by UTC day, whatever time zone the database server keeps
// (a PostgreSQL in Minsk is UTC+3: 23:30 UTC there is already the next day).
beforeAll(async () => {
  if (testProvider() !== "postgresql") return;
  const url = process.env.DATABASE_URL!;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`ALTER DATABASE "${new URL(url).pathname.slice(1)}" SET timezone = 'Europe/Minsk'`);
  await admin.end();
});
afterAll(() => db.$disconnect());

describe("confirmed signatures per day", () => {
  it("count a confirmation late in the UTC evening on its UTC day", async () => {
    const petition = await petitionRow({ slug: "per-day-utc" });
    await db.signature.createMany({
      data: [
        signatureData(petition.id, { name: "A", email: "a@example.org", state: "CONFIRMED", confirmedAt: new Date("2026-11-30T23:30:00Z") }),
        signatureData(petition.id, { name: "B", email: "b@example.org", state: "CONFIRMED", confirmedAt: new Date("2026-12-01T00:30:00Z") }),
      ],
    });
    const { perDay } = await getSignatureSources(petition.id, new Date("2026-12-01T12:00:00Z"));
    expect(perDay.filter((day) => day.count > 0)).toEqual([
      { day: "2026-11-30", count: 1 },
      { day: "2026-12-01", count: 1 },
    ]);
  });
});
