import "server-only";
import Database from "better-sqlite3";
import { RateLimiterPrisma, RateLimiterRes, RateLimiterSQLite, type RateLimiterAbstract } from "rate-limiter-flexible";
import { databaseKind } from "./database-url";
import { sqliteConnection } from "./db/sqlite";
import { db } from "./db";
import { env } from "./env";

// Limits live in the database the data lives in, so they hold across restarts and across
// server processes. On SQLite the limiter uses its own better-sqlite3 connection: one synchronous
// upsert per check, cheap enough for the signing hot path.

export interface Limit {
  /** Key prefix; one limiter per name. */
  name: string;
  points: number;
  durationSeconds: number;
}

export type LimitResult = { limited: false } | { limited: true; retryAfterSeconds: number };

// rate-limiter-flexible prepares its upsert statement and opens a transaction on every check. One
// UPSERT statement is atomic on its own, and a prepared statement can be reused: on the signing
// hot path that halves the cost of a check. The SQL and its semantics stay the library's.
class RateLimiterSQLiteCached extends RateLimiterSQLite {
  readonly #statements = new Map<string, Database.Statement>();

  async _upsertTransactionBetterSQLite3(connection: Database.Database, upsertQuery: string, upsertParams: unknown[]) {
    let statement = this.#statements.get(upsertQuery);
    if (!statement) {
      statement = connection.prepare(upsertQuery);
      this.#statements.set(upsertQuery, statement);
    }
    return statement.get(...upsertParams);
  }
}

const limiters = new Map<string, RateLimiterAbstract>();

function limiterFor(limit: Limit): RateLimiterAbstract {
  const existing = limiters.get(limit.name);
  if (existing) return existing;
  const options = { keyPrefix: limit.name, points: limit.points, duration: limit.durationSeconds };
  let limiter: RateLimiterAbstract;
  if (databaseKind(env.DATABASE_URL) === "sqlite") {
    limiter = new RateLimiterSQLiteCached({
      ...options,
      storeClient: sqliteConnection(),
      storeType: "better-sqlite3",
      tableName: "rate_limits",
      tableCreated: true,
    });
  } else {
    limiter = new RateLimiterPrisma({ ...options, storeClient: db, tableName: "RateLimiterFlexible", tableCreated: true });
  }
  limiters.set(limit.name, limiter);
  return limiter;
}

/** Counts one attempt against each (limit, key); true when any of them is used up. */
export async function anyLimited(checks: readonly (readonly [Limit, string])[]): Promise<boolean> {
  for (const [limit, key] of checks) {
    if ((await consume(limit, key)).limited) return true;
  }
  return false;
}

/** Gives back one attempt: for limits that should count failures only (sign-in). */
export async function refund(limit: Limit, key: string): Promise<void> {
  await limiterFor(limit).reward(key, 1);
}

/** Counts one attempt against a limit for a key (always a keyed hash, never an address). */
export async function consume(limit: Limit, key: string): Promise<LimitResult> {
  try {
    await limiterFor(limit).consume(key);
    return { limited: false };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { limited: true, retryAfterSeconds: Math.ceil(error.msBeforeNext / 1000) };
    throw error;
  }
}
