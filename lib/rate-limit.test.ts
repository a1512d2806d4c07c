import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { sqliteFilePath } from "./database-url";
import { consume } from "./rate-limit";
import { testProvider } from "./test/database";

/** The limiter's row as the database holds it: SQLite's own table, or RateLimiterPrisma's on PostgreSQL. */
async function storedCount(key: string): Promise<{ points: number; expire: number }> {
  if (testProvider() === "postgresql") {
    const { db } = await import("./db");
    const row = await db.rateLimiterFlexible.findUniqueOrThrow({ where: { key } });
    return { points: row.points, expire: row.expire?.getTime() ?? 0 };
  }
  const sqlite = new Database(sqliteFilePath(process.env.DATABASE_URL!), { readonly: true });
  try {
    return sqlite.prepare(`SELECT points, expire FROM rate_limits WHERE key = ?`).get(key) as { points: number; expire: number };
  } finally {
    sqlite.close();
  }
}

describe("consume", () => {
  it("allows the limit's points, then refuses with the time to wait", async () => {
    const limit = { name: "test-three", points: 3, durationSeconds: 60 };
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await consume(limit, "key-a"));
    expect(results.slice(0, 3)).toEqual([{ limited: false }, { limited: false }, { limited: false }]);
    expect(results[3]).toMatchObject({ limited: true });
    expect((results[3] as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(55);
    // Another key has its own count.
    expect(await consume(limit, "key-b")).toEqual({ limited: false });
  });

  it("keeps its counts in the database, so they survive a restart", async () => {
    await consume({ name: "test-stored", points: 10, durationSeconds: 60 }, "key-c");
    const row = await storedCount("test-stored:key-c");
    expect(row.points).toBe(1);
    expect(row.expire).toBeGreaterThan(Date.now());
  });

  it("starts a new window once the old one has expired", async () => {
    const limit = { name: "test-window", points: 1, durationSeconds: 1 };
    expect(await consume(limit, "key-d")).toEqual({ limited: false });
    expect((await consume(limit, "key-d")).limited).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await consume(limit, "key-d")).toEqual({ limited: false });
  });
});

describe("refund", () => {
  it("gives an attempt back, so a limit can count failures only", async () => {
    const { refund } = await import("./rate-limit");
    const limit = { name: "test-refund", points: 2, durationSeconds: 60 };
    for (let i = 0; i < 5; i++) {
      expect(await consume(limit, "key-e")).toEqual({ limited: false });
      await refund(limit, "key-e");
    }
    await consume(limit, "key-e");
    await consume(limit, "key-e");
    expect((await consume(limit, "key-e")).limited).toBe(true);
  });
});
