import { db } from "../db";
import { verifyPassword } from "./password";

/** The active staff member with this email and password, or null (one answer for both mistakes). */
export async function verifyStaffCredentials(email: string, password: string) {
  const staff = await db.staffUser.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, role: true, active: true, passwordHash: true },
  });
  const valid = await verifyPassword(staff?.passwordHash, password);
  if (!staff || !staff.active || !valid) return null;
  return { id: staff.id, email: staff.email, name: staff.name, role: staff.role };
}
