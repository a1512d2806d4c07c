import "dotenv/config";
import { databaseUrlFromEnv } from "../lib/database-url";
import { createPrismaClient } from "../lib/db/client";
import { seedDatabase } from "./seed-database";

const db = createPrismaClient(databaseUrlFromEnv(process.env));
try {
  const { created } = await seedDatabase(db);
  const total = Object.values(created).reduce((a, b) => a + b, 0);
  console.log(
    total
      ? `Seeded ${created.prisoners} profile(s), ${created.updates} update(s), ${created.campaignFacts} campaign fact(s), ${created.sources} source(s).`
      : "Seed content is already in place.",
  );
} finally {
  await db.$disconnect();
}
