import type Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../db/client";
import { sqliteOnly } from "../test/database";
import { signInput } from "../test/rows";
import type { SignData } from "./schema";

// Issue 9, item 10: "already signed" must cost what "new" costs, or the time of the answer tells
// who signed. Timing itself is too noisy for a unit test (scripts/signing-timing.ts measures it
// against a running app); this pins the structure that makes the costs equal: both answers run
// the same statements, in one transaction of the batch writer, and no query of their own.

// Every query the app's Prisma client runs, through the client lib/db.ts picks up.
const queries: string[] = [];
const logged = createPrismaClient(process.env.DATABASE_URL!).$extends({
  query: {
    $allOperations({ model, operation, args, query }) {
      queries.push(`${model ?? "$"}.${operation}`);
      return query(args);
    },
  },
});
(globalThis as { prisma?: unknown }).prisma = logged;

// Every statement run on the direct SQLite connection, and every transaction opened on it.
const statements: string[] = [];
let transactions = 0;
const restore: (() => void)[] = [];

let recordSignature: typeof import("./mutations").recordSignature;
let db: typeof import("../db").db;

// The SQLite store's statements are traced on its own connection (decision 008).
const skip = sqliteOnly("traces the SQLite store's statements");

beforeAll(async () => {
  if (skip) return;
  ({ recordSignature } = await import("./mutations"));
  ({ db } = await import("../db"));
  const { sqliteConnection } = await import("../db/sqlite");
  const connection = sqliteConnection();
  const statement = Object.getPrototypeOf(connection.prepare("SELECT 1")) as Record<string, (...args: unknown[]) => unknown>;
  for (const method of ["run", "get", "all", "iterate"]) {
    const original = statement[method]!;
    statement[method] = function (this: Database.Statement, ...args: unknown[]) {
      statements.push(this.source.replace(/\s+/g, " ").trim());
      return original.apply(this, args);
    };
    restore.push(() => (statement[method] = original));
  }
  const transaction = connection.transaction.bind(connection);
  connection.transaction = ((fn: (...args: unknown[]) => unknown) => {
    const run = transaction(fn);
    return Object.assign((...args: unknown[]) => {
      transactions++;
      return run(...args);
    }, run);
  }) as typeof connection.transaction;
  restore.push(() => (connection.transaction = transaction as typeof connection.transaction));
});

afterAll(async () => {
  if (skip) return;
  for (const undo of restore) undo();
  await logged.$disconnect();
});

const signer = (overrides: Partial<SignData> = {}) => signInput(overrides, "Cost");

/** What one signing did to the database. */
async function trace(input: SignData) {
  queries.length = 0;
  statements.length = 0;
  transactions = 0;
  expect(await recordSignature(input, "ip-hash", "en")).toBe("pending");
  // The petition is read before the address is known (and cached): the same for every answer.
  return { queries: queries.filter((q) => q !== "Petition.findUnique"), statements: [...statements], transactions };
}

describe.skipIf(skip)("signing again costs what signing costs", () => {
  beforeAll(async () => {
    await recordSignature(signer(), "ip-hash", "en"); // warm: petition cached, statements prepared
  });

  it.each([
    ["without consent", false],
    ["with the 'send me updates' consent", true],
  ])("an address still pending: one transaction, the same statements, no query of its own (%s)", async (_label, subscribe) => {
    const first = signer({ subscribe });
    const created = await trace(first);
    const again = await trace(signer({ email: first.email, subscribe }));
    expect(created.transactions).toBe(1);
    expect(created.queries).toEqual([]);
    expect(again).toEqual(created);
  });

  it("an address already confirmed: the same again", async () => {
    const first = signer();
    const created = await trace(first);
    await db.signature.updateMany({ where: { nameEncrypted: { not: null }, state: "PENDING" }, data: { state: "CONFIRMED" } });
    const again = await trace(signer({ email: first.email }));
    expect(again).toEqual(created);
    // And what each answer wrote is what the address's owner needs: one mail each.
    const kinds = (await db.outboxMessage.findMany({ orderBy: { createdAt: "desc" }, take: 2, select: { kind: true } })).map((m) => m.kind);
    expect(kinds.sort()).toEqual(["signature-confirm", "signature-duplicate"]);
  });
});
