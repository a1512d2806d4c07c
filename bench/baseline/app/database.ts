import Database from "better-sqlite3";
import pg from "pg";

// better-sqlite3 directly, not Prisma: the product's signing path writes with prepared statements
// on this same driver (docs/decisions/008), so a Prisma insert here would make the yardstick pay
// an ORM cost the product does not pay, and hide the product's own costs behind it. Same settings
// as the product's connection (WAL, synchronous NORMAL), so durability is not what differs.
//
// On the bench's PostgreSQL pass (BENCH_BASELINE_DATABASE_URL) the row goes to PostgreSQL through
// `pg`, the driver under the product's Prisma adapter there, with the same default pool of 10.
let insert: ((name: string) => Promise<void>) | undefined;

function sqliteInsert(file: string) {
  const connection = new Database(file, { timeout: 5000 });
  connection.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
  connection.exec(`CREATE TABLE IF NOT EXISTS "Row" (id INTEGER PRIMARY KEY, name TEXT NOT NULL, createdAt TEXT NOT NULL)`);
  const statement = connection.prepare<[string, string]>(`INSERT INTO "Row" (name, createdAt) VALUES (?, ?)`);
  return async (name: string) => void statement.run(name, new Date().toISOString());
}

function postgresInsert(url: string) {
  const pool = new pg.Pool({ connectionString: url });
  // Once per process, before the first insert (concurrent CREATE TABLE IF NOT EXISTS can collide).
  const table = pool.query(
    `CREATE TABLE IF NOT EXISTS "Row" (id SERIAL PRIMARY KEY, name TEXT NOT NULL, "createdAt" TIMESTAMPTZ NOT NULL)`,
  );
  return async (name: string) => {
    await table;
    await pool.query(`INSERT INTO "Row" (name, "createdAt") VALUES ($1, $2)`, [name, new Date()]);
  };
}

/** One row into the baseline's own database (BENCH_BASELINE_DATABASE_URL, else the SQLite file BENCH_BASELINE_DB). */
export async function insertRow(name: string): Promise<void> {
  if (!insert) {
    const url = process.env.BENCH_BASELINE_DATABASE_URL;
    const file = process.env.BENCH_BASELINE_DB;
    if (url) insert = postgresInsert(url);
    else if (file) insert = sqliteInsert(file);
    else throw new Error("Neither BENCH_BASELINE_DATABASE_URL nor BENCH_BASELINE_DB is set");
  }
  await insert(name);
}
