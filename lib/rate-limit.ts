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

// ---------------------------------------------------------------------------
// Every limit in the app: one row each (docs/decisions/030). A row's name is its limiter's key
// prefix in the stored counters: renaming one starts its counts again from zero. Keys are always
// keyed hashes of what the attacker cannot choose freely (the socket's address, a mailbox that
// must answer, a device cookie we signed), never the value itself.

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** One rate limit: `key` says what one counter is kept per. */
export interface RateLimitPolicy extends Limit {
  key: string;
}

export const RATE_LIMIT_POLICIES = {
  // Signing: generous per address (families, offices and VPN exits share one IP, and supporters in
  // Belarus often sign through shared VPNs); the per-email limit stops one address flooding mailboxes.
  signPerIp: { name: "sign-ip", points: env.SIGN_LIMIT_PER_IP_PER_HOUR, durationSeconds: HOUR, key: "client IP hash" },
  signPerEmail: { name: "sign-email", points: 5, durationSeconds: HOUR, key: "canonical email hash" },
  confirmSignaturePerIp: { name: "confirm-ip", points: 120, durationSeconds: HOUR, key: "client IP hash" },

  // Messages of solidarity: a few per ten minutes is plenty for a person and little for a flood.
  // Attempts (refused ones too) count separately and more generously, so correcting a refused
  // message is not punished but hammering the checks is. One person reports a handful, not hundreds.
  commentPerIp: { name: "comment-ip", points: 5, durationSeconds: 10 * MINUTE, key: "client IP hash" },
  commentAttemptPerIp: { name: "comment-attempt-ip", points: 30, durationSeconds: 10 * MINUTE, key: "client IP hash" },
  commentReportPerIp: { name: "comment-report-ip", points: 10, durationSeconds: HOUR, key: "client IP hash" },

  // "Report an inaccuracy": a person reports a few errors in an evening, not dozens.
  correctionPerIp: { name: "correction-ip", points: 10, durationSeconds: HOUR, key: "client IP hash" },

  // Letters: "I sent a letter" a few times a day to one person (a family shares an address), to many
  // people, but never enough to inflate a counter. The pair's key does not say who wrote to whom.
  letterPerIpPerPrisoner: {
    name: "letter-ip-prisoner",
    points: 3,
    durationSeconds: DAY,
    key: "keyed hash of client IP hash and prisoner id",
  },
  letterPerIp: { name: "letter-ip", points: 30, durationSeconds: DAY, key: "client IP hash" },

  // Subscriptions and the links in their mails (confirm, unsubscribe).
  subscribePerIp: { name: "subscribe-ip", points: 30, durationSeconds: HOUR, key: "client IP hash" },
  subscribePerEmail: { name: "subscribe-email", points: 5, durationSeconds: HOUR, key: "canonical email hash" },
  subscriptionLinkPerIp: { name: "subscription-link-ip", points: 120, durationSeconds: HOUR, key: "client IP hash" },

  // "My data" links: each one is a mail to a mailbox, so few per address.
  myDataPerIp: { name: "my-data-ip", points: 20, durationSeconds: HOUR, key: "client IP hash" },
  myDataPerEmail: { name: "my-data-email", points: 3, durationSeconds: HOUR, key: "canonical email hash" },

  // Staff sign-in counts failures only, in two windows per limit (docs/decisions/014): a browser
  // with the account's device cookie has its own budget; any other shares the pair's, the
  // account's and the address's.
  signInDeviceShort: { name: "sign-in-device-15m", points: 10, durationSeconds: 15 * MINUTE, key: "device cookie id" },
  signInDeviceLong: { name: "sign-in-device-1d", points: 30, durationSeconds: DAY, key: "device cookie id" },
  signInAccountIpShort: {
    name: "sign-in-account-ip-15m",
    points: 5,
    durationSeconds: 15 * MINUTE,
    key: "hash of account and client IP hash",
  },
  signInAccountIpLong: { name: "sign-in-account-ip-1d", points: 20, durationSeconds: DAY, key: "hash of account and client IP hash" },
  signInAccountShort: { name: "sign-in-account-15m", points: 10, durationSeconds: 15 * MINUTE, key: "account email hash" },
  signInAccountLong: { name: "sign-in-account-1d", points: 50, durationSeconds: DAY, key: "account email hash" },
  signInIpShort: { name: "sign-in-ip-15m", points: 20, durationSeconds: 15 * MINUTE, key: "client IP hash" },
  signInIpLong: { name: "sign-in-ip-1d", points: 100, durationSeconds: DAY, key: "client IP hash" },
} as const satisfies Record<string, RateLimitPolicy>;

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
