import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { migrateSqlite } from "../db/migrate";
import { createPrismaClient } from "../db/client";
import { seedDatabase } from "../../prisma/seed-database";
import { RUN_DIR_VARIABLE, TEST_DB_ROOT, TEMPLATE_FILE } from "./database";

// One migrated and seeded template per run; every test file works on its own copy of it
// (lib/test/setup-db.ts), so files never see each other's rows. Each run has its own folder
// under data/test/, so two runs at once (two helpers, a watcher) never remove each other's files.
const STALE_MS = 6 * 60 * 60 * 1000;

export default async function globalSetup() {
  mkdirSync(TEST_DB_ROOT, { recursive: true });
  removeStaleRuns();
  const runDir = join(TEST_DB_ROOT, `run-${process.pid}-${Date.now()}`);
  mkdirSync(runDir);
  // Forked workers start after this and inherit the environment.
  process.env[RUN_DIR_VARIABLE] = runDir;
  const template = `file:${join(runDir, TEMPLATE_FILE)}`;
  migrateSqlite(template);
  const db = createPrismaClient(template);
  await seedDatabase(db);
  // Fold the WAL back into the main file so a plain file copy carries everything.
  await db.$executeRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
  await db.$disconnect();
  return () => rmSync(runDir, { recursive: true, force: true });
}

/** Folders left by runs that were killed before their teardown. */
function removeStaleRuns() {
  for (const entry of readdirSync(TEST_DB_ROOT)) {
    const path = join(TEST_DB_ROOT, entry);
    if (Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
  }
}
