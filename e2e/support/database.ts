import Database from "better-sqlite3";
import pg from "pg";

// The test server's own database (playwright.config.ts): SQLite's data/e2e.db, or the PostgreSQL
// database `npm run test:e2e:pg` made for the run (E2E_DATABASE_URL). Helpers read what the app
// stored; only the fixtures (e2e/support/fixtures.ts) write, and delete what they wrote.
//
// One SQL text for both: identifiers quoted ("createdAt"), `?` for each value (numbered here for
// PostgreSQL), TRUE and FALSE for booleans, and `valueList` for an IN list that may be empty.
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
const onPostgres = E2E_DATABASE_URL.startsWith("postgres");

// As SQLite gives them: counts as numbers, timestamps as the stored text (passed back unchanged
// when a query matches rows by their time).
pg.types.setTypeParser(pg.types.builtins.INT8, Number);
pg.types.setTypeParser(pg.types.builtins.TIMESTAMP, (text) => text);

type Row = Record<string, unknown>;

export interface E2eDatabase {
  all<T extends Row>(sql: string, ...values: unknown[]): Promise<T[]>;
  get<T extends Row>(sql: string, ...values: unknown[]): Promise<T | undefined>;
  run(sql: string, ...values: unknown[]): Promise<void>;
}

/** `?, ?, ?` for an IN list; `NULL` (matching nothing) when the list is empty, which PostgreSQL refuses as `()`. */
export const valueList = (values: readonly unknown[]) => (values.length ? values.map(() => "?").join(", ") : "NULL");

/**
 * Opens the test server's database for `work` and closes it after. With `transaction`, all of
 * `work` is one write transaction: SQLite's IMMEDIATE (the write lock is taken, waiting up to the
 * busy timeout, before the first read; a deferred one that reads, then writes after the app
 * committed, fails at once), with foreign keys on so that deletes cascade as the schema says.
 */
export async function withE2eDatabase<T>(work: (db: E2eDatabase) => Promise<T>, { transaction = false } = {}): Promise<T> {
  return onPostgres ? onPostgresDatabase(work, transaction) : onSqliteDatabase(work, transaction);
}

async function onSqliteDatabase<T>(work: (db: E2eDatabase) => Promise<T>, transaction: boolean): Promise<T> {
  const db = new Database(E2E_DATABASE_URL.replace(/^file:/, ""), { timeout: 5000 });
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    const database: E2eDatabase = {
      all: async <T extends Row>(sql: string, ...values: unknown[]) => db.prepare(sql).all(...values) as T[],
      get: async <T extends Row>(sql: string, ...values: unknown[]) => db.prepare(sql).get(...values) as T | undefined,
      run: async (sql, ...values) => void db.prepare(sql).run(...values),
    };
    if (!transaction) return await work(database);
    db.exec("BEGIN IMMEDIATE");
    try {
      const result = await work(database);
      db.exec("COMMIT");
      return result;
    } catch (error) {
      db.exec("ROLLBACK");
      throw error;
    }
  } finally {
    db.close();
  }
}

async function onPostgresDatabase<T>(work: (db: E2eDatabase) => Promise<T>, transaction: boolean): Promise<T> {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  const query = async (sql: string, values: unknown[]) => {
    let index = 0;
    return (
      await client.query(
        sql.replace(/\?/g, () => `$${++index}`),
        values,
      )
    ).rows;
  };
  try {
    const database: E2eDatabase = {
      all: async <T extends Row>(sql: string, ...values: unknown[]) => (await query(sql, values)) as T[],
      get: async <T extends Row>(sql: string, ...values: unknown[]) => (await query(sql, values))[0] as T | undefined,
      run: async (sql, ...values) => void (await query(sql, values)),
    };
    if (!transaction) return await work(database);
    await client.query("BEGIN");
    try {
      const result = await work(database);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  } finally {
    await client.end();
  }
}
