import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { sqliteFilePath } from "../database-url";

// Prisma's CLI cannot download its schema engine on a machine without internet access, so the
// committed migrations are applied here. Each applied migration is recorded in
// _prisma_migrations exactly as Prisma records it (sha256 checksum of the file, name, times,
// applied steps), so `prisma migrate deploy` and `migrate status` agree wherever they can run.

export const MIGRATIONS_DIR = join(process.cwd(), "prisma", "migrations");

const CREATE_BOOKKEEPING = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir: string = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

/** Applies every committed migration not yet recorded; each in its own transaction. */
export function migrateSqlite(url: string, dir: string = MIGRATIONS_DIR): MigrateResult {
  const file = sqliteFilePath(url);
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file, { timeout: 5000 });
  try {
    // WAL is a property of the file: set once here, every later connection uses it.
    sqlite.pragma("journal_mode = WAL");
    sqlite.exec(CREATE_BOOKKEEPING);
    const recorded = sqlite.prepare(`SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`).all() as {
      migration_name: string;
      checksum: string;
      finished_at: string | null;
      rolled_back_at: string | null;
    }[];
    const done = new Map(recorded.filter((row) => row.finished_at && !row.rolled_back_at).map((row) => [row.migration_name, row.checksum]));
    const failed = recorded.find((row) => !row.finished_at && !row.rolled_back_at);
    if (failed) {
      throw new Error(`Migration ${failed.migration_name} failed earlier and was never rolled back; fix the database by hand.`);
    }

    // Prisma's SQLite migrations rebuild tables (create new, copy, drop old) with foreign keys off,
    // as Prisma's engine runs them. With them on, dropping the old table would cascade-delete every
    // child row. The pragma is a no-op inside a transaction, so it is set here, and each migration
    // checks the keys itself before it commits.
    sqlite.pragma("foreign_keys = OFF");
    const applied: string[] = [];
    for (const migration of readMigrations(dir)) {
      const checksum = done.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new Error(`Migration ${migration.name} was changed after it was applied; add a new migration instead.`);
        }
        continue;
      }
      const apply = sqlite.transaction(() => {
        const id = randomUUID();
        sqlite
          .prepare(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES (?, ?, ?, current_timestamp)`)
          .run(id, migration.checksum, migration.name);
        sqlite.exec(migration.sql);
        const broken = sqlite.pragma("foreign_key_check") as unknown[];
        if (broken.length > 0)
          throw new Error(`Migration ${migration.name} leaves ${broken.length} row(s) pointing at nothing; nothing was applied.`);
        sqlite.prepare(`UPDATE "_prisma_migrations" SET finished_at = current_timestamp, applied_steps_count = 1 WHERE id = ?`).run(id);
      });
      apply();
      applied.push(migration.name);
    }
    return { applied, alreadyApplied: done.size };
  } finally {
    sqlite.close();
  }
}
