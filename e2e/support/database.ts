import Database from "better-sqlite3";

// The test server's own database (playwright.config.ts). Helpers read what the app stored; only
// the fixtures (e2e/support/fixtures.ts) write, and delete what they wrote.
const E2E_DB = "data/e2e.db";

export function openE2eDatabase() {
  const db = new Database(E2E_DB, { timeout: 5000 });
  db.pragma("journal_mode = WAL");
  return db;
}
