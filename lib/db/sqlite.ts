import "server-only";
import Database from "better-sqlite3";
import { sqliteFilePath } from "../database-url";
import { env } from "../env";
import { SQLITE_PRAGMAS } from "./client";

// A direct better-sqlite3 connection beside Prisma's, for the two writes on the signing hot path
// that Prisma makes too slow (rate-limit counters and batched signature inserts; see
// docs/decisions/008-signing-hot-path.md). Its statements run synchronously, so a transaction on
// it never interleaves with Prisma's queries in this process.
let connection: Database.Database | undefined;

export function sqliteConnection(): Database.Database {
  if (!connection) {
    connection = new Database(sqliteFilePath(env.DATABASE_URL), { timeout: 5000 });
    connection.exec(SQLITE_PRAGMAS);
  }
  return connection;
}

/** A DateTime as Prisma's SQLite adapter stores it, so Prisma reads it back unchanged. */
export function sqliteDateTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}
