import Database from "better-sqlite3";

// The test server's own database (playwright.config.ts): specs write the rows a staff member
// would create, so each test starts from records of its own.
const E2E_DB = "data/e2e.db";

export function openE2eDatabase() {
  const db = new Database(E2E_DB, { timeout: 5000 });
  db.pragma("journal_mode = WAL");
  return db;
}

/** A DateTime as Prisma's SQLite adapter stores it. */
export const storedNow = () => new Date().toISOString().replace("Z", "+00:00");
