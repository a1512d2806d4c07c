import Database from "better-sqlite3";

// better-sqlite3 directly, not Prisma: the product's signing path writes with prepared statements
// on this same driver (docs/decisions/008), so a Prisma insert here would make the yardstick pay
// an ORM cost the product does not pay, and hide the product's own costs behind it. Same settings
// as the product's connection (WAL, synchronous NORMAL), so durability is not what differs.
let insert: Database.Statement<[string, string]> | undefined;

/** One row into the baseline's own SQLite file (BENCH_BASELINE_DB), opened on first use. */
export function insertRow(name: string): void {
  if (!insert) {
    const file = process.env.BENCH_BASELINE_DB;
    if (!file) throw new Error("BENCH_BASELINE_DB is not set");
    const connection = new Database(file, { timeout: 5000 });
    connection.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
    connection.exec(`CREATE TABLE IF NOT EXISTS "Row" (id INTEGER PRIMARY KEY, name TEXT NOT NULL, createdAt TEXT NOT NULL)`);
    insert = connection.prepare(`INSERT INTO "Row" (name, createdAt) VALUES (?, ?)`);
  }
  insert.run(name, new Date().toISOString());
}
