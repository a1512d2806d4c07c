// Creates a staff account, or updates its role and password:
//   STAFF_PASSWORD='a long passphrase' npm run staff:add -- someone@example.org admin
// Removes an account's access:
//   npm run staff:add -- someone@example.org --deactivate
// The password comes from the environment so it never lands in the shell history. Either change
// ends every session of the account at once (lib/auth/accounts.ts).
import "dotenv/config";
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { z } from "zod";
import { deactivateStaffAccount, saveStaffAccount } from "../lib/auth/accounts";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../lib/auth/password";
import { databaseKind, databaseUrlFromEnv, sqliteFilePath, type DatabaseKind } from "../lib/database-url";
import { createPrismaClient, type Database as AppDatabase } from "../lib/db/client";
import { readMigrations } from "../lib/db/migrate";
import { Prisma } from "../lib/generated/prisma/client";

const USAGE =
  "Usage: STAFF_PASSWORD='...' npm run staff:add -- <email> <admin|moderator>\n       npm run staff:add -- <email> --deactivate";
const email = z.email({ error: "the first argument must be an email address" });
const argv = process.argv.slice(2);

function fail(messages: string[]): never {
  for (const message of messages) console.error(`staff:add: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

// A fresh clone has no database until `npm start` (or `npm run db:migrate`) makes one: say so in
// one line instead of a driver's stack trace, and never leave an empty database file behind.
const SET_UP: Record<DatabaseKind, string> = {
  sqlite: "run `npm start` once (it creates and migrates the database) or `npm run db:migrate`, then try again",
  postgresql: "run `npx prisma migrate deploy` (docs/decisions/003-migrations.md), then try again",
};

function stop(message: string): never {
  console.error(`staff:add: ${message}`);
  process.exit(1);
}

/** What keeps the SQLite file at `url` from holding staff accounts; undefined when nothing does. */
function sqliteNotReady(url: string): string | undefined {
  const file = sqliteFilePath(url);
  if (!existsSync(file)) return `there is no database at ${file}: ${SET_UP.sqlite}`;
  const sqlite = new Database(file, { fileMustExist: true, timeout: 5000 });
  try {
    const bookkept = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
    const applied = bookkept
      ? (sqlite
          .prepare(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)
          .all() as {
          migration_name: string;
        }[])
      : [];
    const done = new Set(applied.map((row) => row.migration_name));
    const pending = readMigrations().filter((migration) => !done.has(migration.name)).length;
    return pending ? `the database at ${file} lacks ${pending} migration(s): ${SET_UP.sqlite}` : undefined;
  } finally {
    sqlite.close();
  }
}

/** Runs `work` on the configured database once it is there and migrated; otherwise stops with one line. */
async function withDatabase(work: (db: AppDatabase) => Promise<void>): Promise<void> {
  let url: string;
  let kind: DatabaseKind;
  try {
    url = databaseUrlFromEnv(process.env);
    kind = databaseKind(url);
  } catch (error) {
    stop(error instanceof Error ? error.message : String(error));
  }
  const notReady = kind === "sqlite" ? sqliteNotReady(url) : undefined;
  if (notReady) stop(notReady);
  const db = createPrismaClient(url);
  try {
    await work(db);
  } catch (error) {
    // A table or column that is not there: a database older than the code (PostgreSQL, or a race).
    const missing = error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2021" || error.code === "P2022");
    if (missing) stop(`the database lacks tables or columns staff accounts need: ${SET_UP[kind]}`);
    throw error;
  } finally {
    await db.$disconnect();
  }
}

if (argv[1] === "--deactivate") {
  const parsed = z.tuple([email, z.literal("--deactivate")]).safeParse(argv);
  if (!parsed.success) fail(parsed.error.issues.map((issue) => issue.message));
  await withDatabase(async (db) => {
    const result = await deactivateStaffAccount(db, parsed.data[0]);
    if (!result) fail([`there is no staff account ${parsed.data[0]}`]);
    console.log(`Deactivated ${parsed.data[0].trim().toLowerCase()}; ended ${result.sessionsEnded} session(s).`);
  });
} else {
  const args = z.tuple([email, z.enum(["admin", "moderator"], { error: "the role must be admin or moderator" })]).safeParse(argv);
  const password = z
    .string({ error: "set STAFF_PASSWORD to the new password" })
    .min(MIN_PASSWORD_LENGTH, `STAFF_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .safeParse(process.env.STAFF_PASSWORD);
  if (!args.success || !password.success)
    fail([...(args.error?.issues ?? []), ...(password.error?.issues ?? [])].map((issue) => issue.message));
  const [rawEmail, roleName] = args.data;
  await withDatabase(async (db) => {
    const result = await saveStaffAccount(db, {
      email: rawEmail,
      role: roleName === "admin" ? "ADMIN" : "MODERATOR",
      passwordHash: await hashPassword(password.data),
    });
    const ended = result.sessionsEnded ? `; ended ${result.sessionsEnded} session(s)` : "";
    console.log(
      `${result.created ? "Created" : "Updated"} ${roleName} ${rawEmail.trim().toLowerCase()}${ended}. Sign in at /admin/sign-in.`,
    );
  });
}
