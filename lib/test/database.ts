import { randomUUID } from "node:crypto";
import { isAbsolute, join, relative } from "node:path";
import { databaseKind, databaseUrlFromEnv, sqliteFilePath } from "../database-url";

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

/**
 * Throws unless the database the app would open is a SQLite file under data/test/: a stray
 * DATABASE_URL (a server's, a shared one) must never be written to by a test run.
 */
export function refuseNonTestDatabase(env: Record<string, string | undefined>): void {
  const url = databaseUrlFromEnv(env);
  const underTestRoot = () => {
    const path = relative(TEST_DB_ROOT, sqliteFilePath(url));
    return path !== "" && !path.startsWith("..") && !isAbsolute(path);
  };
  if (databaseKind(url) !== "sqlite" || !underTestRoot()) {
    throw new Error(`Tests run only against a SQLite file under ${TEST_DB_ROOT}; DATABASE_URL names another database.`);
  }
}
