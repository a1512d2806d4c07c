import "server-only";
import Database from "better-sqlite3";
import { RateLimiterPrisma, RateLimiterRes, RateLimiterSQLite, type RateLimiterAbstract } from "rate-limiter-flexible";
import { databaseKind, sqliteFilePath } from "./database-url";
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

const limiters = new Map<string, RateLimiterAbstract>();
let sqlite: Database.Database | undefined;

function limiterFor(limit: Limit): RateLimiterAbstract {
  const existing = limiters.get(limit.name);
  if (existing) return existing;
  const options = { keyPrefix: limit.name, points: limit.points, duration: limit.durationSeconds };
  let limiter: RateLimiterAbstract;
  if (databaseKind(env.DATABASE_URL) === "sqlite") {
    sqlite ??= new Database(sqliteFilePath(env.DATABASE_URL), { timeout: 5000 });
    limiter = new RateLimiterSQLite({
      ...options,
      storeClient: sqlite,
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
