import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma/client";
import { databaseKind, sqliteFilePath } from "../database-url";

// Per-connection settings: WAL lets readers run beside the one writer, NORMAL is durable in WAL
// mode, busy_timeout makes a second process wait instead of failing, and foreign keys make the
// cascades in the schema real.
export const SQLITE_PRAGMAS =
  "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";

class SqliteWithPragmas implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite";
  readonly adapterName: string;
  readonly #inner: PrismaBetterSqlite3;

  constructor(url: string) {
    this.#inner = new PrismaBetterSqlite3({ url: `file:${sqliteFilePath(url)}`, timeout: 5000 });
    this.adapterName = this.#inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.#inner.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    return adapter;
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.#inner.connectToShadowDb();
  }
}

/** A Prisma client for a database URL; used by the app (lib/db.ts), scripts and tests. */
export function createPrismaClient(url: string): PrismaClient {
  const adapter = databaseKind(url) === "sqlite" ? new SqliteWithPragmas(url) : new PrismaPg({ connectionString: url });
  return new PrismaClient({ adapter });
}
