import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresqlPrismaClient } from "../generated/prisma-pg/client";
import { databaseKind, sqliteFilePath } from "../database-url";
import { SECRET_COLUMNS } from "./secret-columns";

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

/**
 * A Prisma client for a database URL, blind to SECRET_COLUMNS unless a query selects them; the app
 * uses one per process (processDatabase), scripts and tests make their own. Each provider has its
 * own generated client (scripts/schema-variants.ts): a client refuses another provider's adapter.
 */
export function createPrismaClient(url: string): Database {
  if (databaseKind(url) === "postgresql") {
    const client = new PostgresqlPrismaClient({ adapter: new PrismaPg({ connectionString: url }), omit: SECRET_COLUMNS });
    // Both clients come from one schema and have the same model API (lib/db/client-variants.test.ts);
    // the app is typed against the SQLite one.
    return client.$extends({ name: "secret-columns-omitted" }) as unknown as Database;
  }
  return createSqliteClient(url);
}

function createSqliteClient(url: string) {
  // The empty extension changes no query: it only makes `$transaction`'s client typed with the
  // omit too (the generated PrismaClient types it without, so a secret would look selected there).
  return new PrismaClient({ adapter: new SqliteWithPragmas(url), omit: SECRET_COLUMNS }).$extends({ name: "secret-columns-omitted" });
}

/** The client type every module takes: secret columns left out unless selected. */
export type Database = ReturnType<typeof createSqliteClient>;

// On globalThis: the proxy and the app are bundled apart (each with its own copy of this module)
// but run in one process, and dev reloads re-evaluate modules; both would otherwise open another
// client and another connection pool.
const PROCESS_CLIENTS = Symbol.for("free-them.prisma-clients");

/** The process's one client for a database URL, made on first use. */
export function processDatabase(url: string): Database {
  const clients = ((globalThis as { [PROCESS_CLIENTS]?: Map<string, Database> })[PROCESS_CLIENTS] ??= new Map());
  let client = clients.get(url);
  if (!client) {
    client = createPrismaClient(url);
    clients.set(url, client);
  }
  return client;
}

/** The client inside `db.$transaction(async (tx) => ...)`. */
export type DatabaseTransaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];
