// Creates a staff account, or updates its role and password:
//   STAFF_PASSWORD='a long passphrase' npm run staff:add -- someone@example.org admin
// The password comes from the environment so it never lands in the shell history.
import "dotenv/config";
import { z } from "zod";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../lib/auth/password";
import { databaseUrlFromEnv } from "../lib/database-url";
import { createPrismaClient } from "../lib/db/client";

const args = z
  .tuple([
    z.email({ error: "the first argument must be an email address" }),
    z.enum(["admin", "moderator"], { error: "the role must be admin or moderator" }),
  ])
  .safeParse(process.argv.slice(2));
const password = z
  .string({ error: "set STAFF_PASSWORD to the new password" })
  .min(MIN_PASSWORD_LENGTH, `STAFF_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .safeParse(process.env.STAFF_PASSWORD);

if (!args.success || !password.success) {
  for (const issue of [...(args.error?.issues ?? []), ...(password.error?.issues ?? [])]) console.error(`staff:add: ${issue.message}`);
  console.error("Usage: STAFF_PASSWORD='...' npm run staff:add -- <email> <admin|moderator>");
  process.exit(2);
}

const [rawEmail, roleName] = args.data;
const email = rawEmail.trim().toLowerCase();
const role = roleName === "admin" ? "ADMIN" : "MODERATOR";
const db = createPrismaClient(databaseUrlFromEnv(process.env));
try {
  const passwordHash = await hashPassword(password.data);
  const before = await db.staffUser.findUnique({ where: { email }, select: { id: true, role: true, active: true } });
  const staff = await db.staffUser.upsert({
    where: { email },
    create: { email, role, passwordHash },
    update: { role, passwordHash, active: true },
    select: { id: true, role: true },
  });
  await db.auditLog.create({
    data: {
      actorId: null,
      action: before ? "staff.update-from-cli" : "staff.add-from-cli",
      entityType: "StaffUser",
      entityId: staff.id,
      before: before ? JSON.stringify({ role: before.role, active: before.active }) : null,
      after: JSON.stringify({ role: staff.role, active: true }),
    },
  });
  console.log(`${before ? "Updated" : "Created"} ${roleName} ${email}. Sign in at /admin/sign-in.`);
} finally {
  await db.$disconnect();
}
