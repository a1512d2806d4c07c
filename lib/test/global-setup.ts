import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { migratePostgresql, migrateSqlite } from "../db/migrate";
import { createPrismaClient } from "../db/client";
import { seedDatabase } from "../../prisma/seed-database";
import {
  onPostgresqlAdmin,
  POSTGRESQL_TEST_PREFIX,
  postgresqlAdminUrl,
  postgresqlTestDatabaseName,
  postgresqlUrl,
  RUN_DIR_VARIABLE,
  RUN_ID_VARIABLE,
  TEST_DB_ROOT,
  TEMPLATE_FILE,
  testProvider,
} from "./database";

// One migrated and seeded template per run; every test file works on its own copy of it
// (lib/test/setup-db.ts), so files never see each other's rows. Each run has its own folder
// under data/test/ (and its own PostgreSQL databases), so two runs at once (two helpers, a
// watcher) never remove each other's.
const STALE_MS = 6 * 60 * 60 * 1000;

export default async function globalSetup() {
  mkdirSync(TEST_DB_ROOT, { recursive: true });
  removeStaleRuns();
  const runId = `${Date.now()}_${process.pid}`;
  const runDir = join(TEST_DB_ROOT, `run-${runId}`);
  mkdirSync(runDir);
  // Forked workers start after this and inherit the environment.
  process.env[RUN_DIR_VARIABLE] = runDir;
  process.env[RUN_ID_VARIABLE] = runId;
  const adminUrl = postgresqlAdminUrl();
  if (adminUrl) await dropStalePostgresqlDatabases(adminUrl);

  if (testProvider() === "postgresql") {
    if (!adminUrl) throw new Error("TEST_DATABASE_PROVIDER=postgresql needs TEST_POSTGRES_URL, a URL that may create databases");
    const name = postgresqlTestDatabaseName("template");
    await onPostgresqlAdmin(adminUrl, `CREATE DATABASE "${name}"`);
    const template = postgresqlUrl(adminUrl, name);
    await migratePostgresql(template);
    const db = createPrismaClient(template);
    await seedDatabase(db);
    // CREATE DATABASE ... TEMPLATE refuses a template anyone is connected to.
    await db.$disconnect();
  } else {
    const template = `file:${join(runDir, TEMPLATE_FILE)}`;
    migrateSqlite(template);
    const db = createPrismaClient(template);
    await seedDatabase(db);
    // Fold the WAL back into the main file so a plain file copy carries everything.
    await db.$executeRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    await db.$disconnect();
  }

  return async () => {
    rmSync(runDir, { recursive: true, force: true });
    if (adminUrl) await dropPostgresqlDatabases(adminUrl, (name) => name.startsWith(`${POSTGRESQL_TEST_PREFIX}${runId}_`));
  };
}

/** Folders left by runs that were killed before their teardown. */
function removeStaleRuns() {
  for (const entry of readdirSync(TEST_DB_ROOT)) {
    const path = join(TEST_DB_ROOT, entry);
    if (Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
  }
}

/** Databases left by runs that were killed before their teardown (their names start with the run's time). */
function dropStalePostgresqlDatabases(adminUrl: string) {
  return dropPostgresqlDatabases(adminUrl, (name) => {
    const startedAt = Number(name.slice(POSTGRESQL_TEST_PREFIX.length).split("_")[0]);
    return Date.now() - startedAt > STALE_MS;
  });
}

async function dropPostgresqlDatabases(adminUrl: string, drop: (name: string) => boolean) {
  const rows = await onPostgresqlAdmin<{ datname: string }>(
    adminUrl,
    `SELECT datname FROM pg_database WHERE datname LIKE '${POSTGRESQL_TEST_PREFIX}%'`,
  );
  for (const { datname } of rows.filter((row) => drop(row.datname))) {
    // FORCE: a worker killed mid-file may have left a connection open.
    await onPostgresqlAdmin(adminUrl, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
}
