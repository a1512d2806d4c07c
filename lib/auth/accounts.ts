import type { Database } from "../db/client";
import type { StaffRole } from "../generated/prisma/enums";

// Changes to a staff account that end its sessions. Used by `npm run staff:add` (a script, so it
// gets its own Prisma client and cannot import server-only modules) and by any admin path that
// changes a password or removes access: every session of the account ends in the same
// transaction, for every copy of its cookie (docs/decisions/014).

type Client = Pick<Database, "$transaction">;

/** Creates an account, or sets its role and password and (re)activates it; ends its sessions. */
export async function saveStaffAccount(client: Client, account: { email: string; role: StaffRole; passwordHash: string }) {
  const email = account.email.trim().toLowerCase();
  return client.$transaction(async (tx) => {
    const before = await tx.staffUser.findUnique({ where: { email }, select: { id: true, role: true, active: true } });
    const staff = await tx.staffUser.upsert({
      where: { email },
      create: { email, role: account.role, passwordHash: account.passwordHash },
      update: { role: account.role, passwordHash: account.passwordHash, active: true },
      select: { id: true, role: true },
    });
    const ended = await tx.session.deleteMany({ where: { userId: staff.id } });
    await tx.auditLog.create({
      data: {
        actorId: null,
        action: before ? "staff.update-from-cli" : "staff.add-from-cli",
        entityType: "StaffUser",
        entityId: staff.id,
        before: before ? JSON.stringify({ role: before.role, active: before.active }) : null,
        after: JSON.stringify({ role: staff.role, active: true, sessionsEnded: ended.count }),
      },
    });
    return { created: !before, id: staff.id, sessionsEnded: ended.count };
  });
}

/** Removes an account's access and ends its sessions; null when there is no such account. */
export async function deactivateStaffAccount(client: Client, rawEmail: string) {
  const email = rawEmail.trim().toLowerCase();
  return client.$transaction(async (tx) => {
    const before = await tx.staffUser.findUnique({ where: { email }, select: { id: true, role: true, active: true } });
    if (!before) return null;
    await tx.staffUser.update({ where: { id: before.id }, data: { active: false }, select: { id: true } });
    const ended = await tx.session.deleteMany({ where: { userId: before.id } });
    await tx.auditLog.create({
      data: {
        actorId: null,
        action: "staff.deactivate-from-cli",
        entityType: "StaffUser",
        entityId: before.id,
        before: JSON.stringify({ role: before.role, active: before.active }),
        after: JSON.stringify({ role: before.role, active: false, sessionsEnded: ended.count }),
      },
    });
    return { id: before.id, sessionsEnded: ended.count };
  });
}
