import { randomUUID } from "node:crypto";
import { isAbsolute, join, relative } from "node:path";
import pg from "pg";
import { databaseKind, databaseUrlFromEnv, sqliteFilePath, type DatabaseKind } from "../database-url";

/** Every test database lives below here; a run's own files in one folder (global-setup.ts). */
export const TEST_DB_ROOT = join(process.cwd(), "data", "test");
export const RUN_DIR_VARIABLE = "FREE_THEM_TEST_RUN_DIR";
export const TEMPLATE_FILE = "template.db";

/** This run's folder, named by lib/test/global-setup.ts. */
export function testRunDir(): string {
  const dir = process.env[RUN_DIR_VARIABLE];
  if (!dir) throw new Error(`${RUN_DIR_VARIABLE} is unset: run the tests through vitest (lib/test/global-setup.ts)`);
  return dir;
}

/** URL of a new, empty SQLite file in this run's folder (removed after the run). */
export function freshDatabaseUrl(): string {
  return `file:${join(testRunDir(), `fresh-${randomUUID()}.db`)}`;
}

// PostgreSQL runs (TEST_DATABASE_PROVIDER=postgresql, TEST_POSTGRES_URL an admin URL): one
// migrated template database per run, and a database made from it for each test file, all
// named with this prefix and the run's id (Date.now() first, so stale runs can be told apart).
export const POSTGRESQL_TEST_PREFIX = "free_them_test_";
export const RUN_ID_VARIABLE = "FREE_THEM_TEST_RUN_ID";

/** The provider the suite's databases use: SQLite unless TEST_DATABASE_PROVIDER=postgresql. */
export function testProvider(env: Record<string, string | undefined> = process.env): DatabaseKind {
  return env.TEST_DATABASE_PROVIDER === "postgresql" ? "postgresql" : "sqlite";
}

/** The PostgreSQL URL tests create and drop their databases with (TEST_POSTGRES_URL). */
export function postgresqlAdminUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.TEST_POSTGRES_URL?.trim() || undefined;
}

/** The admin URL with another database name. */
export function postgresqlUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one statement on the admin URL's database (CREATE/DROP DATABASE cannot run in a transaction). */
export async function onPostgresqlAdmin<T extends pg.QueryResultRow>(adminUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** This run's name for a PostgreSQL test database. */
export function postgresqlTestDatabaseName(suffix: string): string {
  const runId = process.env[RUN_ID_VARIABLE];
  if (!runId) throw new Error(`${RUN_ID_VARIABLE} is unset: run the tests through vitest (lib/test/global-setup.ts)`);
  return `${POSTGRESQL_TEST_PREFIX}${runId}_${suffix}`;
}

/** A new, empty PostgreSQL database of this run (dropped after the run); undefined without TEST_POSTGRES_URL. */
export async function freshPostgresqlUrl(): Promise<string | undefined> {
  const adminUrl = postgresqlAdminUrl();
  if (!adminUrl) return undefined;
  const name = postgresqlTestDatabaseName(`fresh_${randomUUID().slice(0, 8)}`);
  await onPostgresqlAdmin(adminUrl, `CREATE DATABASE "${name}"`);
  return postgresqlUrl(adminUrl, name);
}

/**
 * Throws unless the database the app would open is a SQLite file under data/test/ or a PostgreSQL
 * database named as this suite names its own: a stray DATABASE_URL (a server's, a shared one)
 * must never be written to by a test run.
 */
export function refuseNonTestDatabase(env: Record<string, string | undefined>): void {
  const url = databaseUrlFromEnv(env);
  if (databaseKind(url) === "postgresql") {
    if (new URL(url).pathname.slice(1).startsWith(POSTGRESQL_TEST_PREFIX)) return;
    throw new Error(`Tests run only against PostgreSQL databases named ${POSTGRESQL_TEST_PREFIX}*; DATABASE_URL names another database.`);
  }
  const underTestRoot = () => {
    const path = relative(TEST_DB_ROOT, sqliteFilePath(url));
    return path !== "" && !path.startsWith("..") && !isAbsolute(path);
  };
  if (databaseKind(url) !== "sqlite" || !underTestRoot()) {
    throw new Error(`Tests run only against a SQLite file under ${TEST_DB_ROOT}; DATABASE_URL names another database.`);
  }
}

/**
 * Why a test that reads the SQLite file itself (or SQLite's own fast path) does not run on this
 * run's provider; undefined when it runs. Printed, so a skipped test is never silent.
 */
export function sqliteOnly(what: string): string | undefined {
  if (testProvider() === "sqlite") return undefined;
  const reason = `${what}: SQLite only`;
  console.warn(`skipped on PostgreSQL: ${reason}`);
  return reason;
}
