import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { migrateSqlite } from "../db/migrate";
import { createPrismaClient } from "../db/client";
import { seedDatabase } from "../../prisma/seed-database";

// One migrated and seeded template per run; every test file works on its own copy of it
// (lib/test/setup-db.ts), so files never see each other's rows.
export const TEST_DB_DIR = join(process.cwd(), "data", "test");
export const TEMPLATE_DB = join(TEST_DB_DIR, "template.db");

export default async function globalSetup() {
  rmSync(TEST_DB_DIR, { recursive: true, force: true });
  mkdirSync(TEST_DB_DIR, { recursive: true });
  migrateSqlite(`file:${TEMPLATE_DB}`);
  const db = createPrismaClient(`file:${TEMPLATE_DB}`);
  await seedDatabase(db);
  // Fold the WAL back into the main file so a plain file copy carries everything.
  await db.$executeRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  await db.$disconnect();
  return () => rmSync(TEST_DB_DIR, { recursive: true, force: true });
}
