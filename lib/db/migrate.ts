import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseKind, sqliteFilePath } from "../database-url";

// Prisma's CLI cannot download its schema engine on a machine without internet access, so the
// committed migrations are applied here. Each applied migration is recorded in
// _prisma_migrations exactly as Prisma records it (sha256 checksum of the file, name, times,
// applied steps), so `prisma migrate deploy` and `migrate status` agree wherever they can run.

export const MIGRATIONS_DIR = join(process.cwd(), "prisma", "migrations");
export const POSTGRESQL_MIGRATIONS_DIR = join(process.cwd(), "prisma", "postgresql", "migrations");

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

const SELECT_RECORDED = `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`;

// The table as Prisma's engine creates it on PostgreSQL.
const CREATE_POSTGRESQL_BOOKKEEPING = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

// The key Prisma's engine locks during `migrate deploy`: instances starting at once, and a
// `prisma migrate deploy` run beside them, wait for each other instead of migrating twice.
const PRISMA_MIGRATE_LOCK = 72707369;

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

interface RecordedMigration {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/** Name → checksum of each migration finished and not rolled back; throws on one left half-applied. */
function appliedMigrations(recorded: RecordedMigration[]): Map<string, string> {
  const failed = recorded.find((row) => !row.finished_at && !row.rolled_back_at);
  if (failed) {
    throw new Error(`Migration ${failed.migration_name} failed earlier and was never rolled back; fix the database by hand.`);
  }
  return new Map(recorded.filter((row) => row.finished_at && !row.rolled_back_at).map((row) => [row.migration_name, row.checksum]));
}

/** The committed migrations not applied yet; throws when an applied one was edited since. */
function pendingMigrations(done: Map<string, string>, files: MigrationFile[]): MigrationFile[] {
  return files.filter((migration) => {
    const checksum = done.get(migration.name);
    if (checksum !== undefined && checksum !== migration.checksum) {
      throw new Error(`Migration ${migration.name} was changed after it was applied; add a new migration instead.`);
    }
    return checksum === undefined;
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
    const recorded = sqlite.prepare(SELECT_RECORDED).all() as RecordedMigration[];
    const done = appliedMigrations(recorded);

    // Prisma's SQLite migrations rebuild tables (create new, copy, drop old) with foreign keys off,
    // as Prisma's engine runs them. With them on, dropping the old table would cascade-delete every
    // child row. The pragma is a no-op inside a transaction, so it is set here, and each migration
    // checks the keys itself before it commits.
    sqlite.pragma("foreign_keys = OFF");
    const applied: string[] = [];
    for (const migration of pendingMigrations(done, readMigrations(dir))) {
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

/**
 * Applies every committed PostgreSQL migration not yet recorded, each in its own transaction,
 * holding Prisma's advisory lock so only one process migrates at a time.
 */
export async function migratePostgresql(url: string, dir: string = POSTGRESQL_MIGRATIONS_DIR): Promise<MigrateResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
    // Quiets "relation already exists, skipping" and the like on every start.
    await client.query("SET client_min_messages = warning");
    await client.query(CREATE_POSTGRESQL_BOOKKEEPING);
    // Read under the lock: another instance may have just applied what this one would.
    const done = appliedMigrations((await client.query<RecordedMigration>(SELECT_RECORDED)).rows);
    const applied: string[] = [];
    for (const migration of pendingMigrations(done, readMigrations(dir))) {
      const id = randomUUID();
      await client.query("BEGIN");
      try {
        await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`, [
          id,
          migration.checksum,
          migration.name,
        ]);
        await client.query(migration.sql);
        await client.query(`UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`, [id]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${migration.name} failed; nothing of it was applied: ${(error as Error).message}`, { cause: error });
      }
      applied.push(migration.name);
    }
    return { applied, alreadyApplied: done.size };
  } finally {
    // Ending the session releases the advisory lock too.
    await client.end();
  }
}

/** Applies the committed migrations of the URL's provider. */
export async function migrateDatabase(url: string): Promise<MigrateResult> {
  return databaseKind(url) === "sqlite" ? migrateSqlite(url) : migratePostgresql(url);
}
