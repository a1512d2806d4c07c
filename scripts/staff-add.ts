// Creates a staff account, or updates its role and password:
//   STAFF_PASSWORD='a long passphrase' npm run staff:add -- someone@example.org admin
// Removes an account's access:
//   npm run staff:add -- someone@example.org --deactivate
// The password comes from the environment so it never lands in the shell history. Either change
// ends every session of the account at once (lib/auth/accounts.ts).
import "dotenv/config";
import { z } from "zod";
import { deactivateStaffAccount, saveStaffAccount } from "../lib/auth/accounts";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../lib/auth/password";
import { databaseUrlFromEnv } from "../lib/database-url";
import { createPrismaClient } from "../lib/db/client";

const USAGE =
  "Usage: STAFF_PASSWORD='...' npm run staff:add -- <email> <admin|moderator>\n       npm run staff:add -- <email> --deactivate";
const email = z.email({ error: "the first argument must be an email address" });
const argv = process.argv.slice(2);

function fail(messages: string[]): never {
  for (const message of messages) console.error(`staff:add: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

if (argv[1] === "--deactivate") {
  const parsed = z.tuple([email, z.literal("--deactivate")]).safeParse(argv);
  if (!parsed.success) fail(parsed.error.issues.map((issue) => issue.message));
  const db = createPrismaClient(databaseUrlFromEnv(process.env));
  try {
    const result = await deactivateStaffAccount(db, parsed.data[0]);
    if (!result) fail([`there is no staff account ${parsed.data[0]}`]);
    console.log(`Deactivated ${parsed.data[0].trim().toLowerCase()}; ended ${result.sessionsEnded} session(s).`);
  } finally {
    await db.$disconnect();
  }
} else {
  const args = z.tuple([email, z.enum(["admin", "moderator"], { error: "the role must be admin or moderator" })]).safeParse(argv);
  const password = z
    .string({ error: "set STAFF_PASSWORD to the new password" })
    .min(MIN_PASSWORD_LENGTH, `STAFF_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .safeParse(process.env.STAFF_PASSWORD);
  if (!args.success || !password.success)
    fail([...(args.error?.issues ?? []), ...(password.error?.issues ?? [])].map((issue) => issue.message));
  const [rawEmail, roleName] = args.data;
  const db = createPrismaClient(databaseUrlFromEnv(process.env));
  try {
    const result = await saveStaffAccount(db, {
      email: rawEmail,
      role: roleName === "admin" ? "ADMIN" : "MODERATOR",
      passwordHash: await hashPassword(password.data),
    });
    const ended = result.sessionsEnded ? `; ended ${result.sessionsEnded} session(s)` : "";
    console.log(
      `${result.created ? "Created" : "Updated"} ${roleName} ${rawEmail.trim().toLowerCase()}${ended}. Sign in at /admin/sign-in.`,
    );
  } finally {
    await db.$disconnect();
  }
}
