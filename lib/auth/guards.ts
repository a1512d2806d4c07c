import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db";
import type { StaffRole } from "../generated/prisma/enums";
import { authOptions } from "./options";

export interface Staff {
  id: string;
  email: string;
  name: string | null;
  role: StaffRole;
}

/** "MODERATOR" admits moderators and admins; "ADMIN" admits admins only. */
export type RequiredRole = StaffRole;

function allows(role: StaffRole, required: RequiredRole): boolean {
  return required === "MODERATOR" ? role === "MODERATOR" || role === "ADMIN" : role === "ADMIN";
}

/**
 * The signed-in staff member as the database knows them now, or null. The session only says who
 * signed in; role and access are re-read here on every request. Read once per request.
 */
export const currentStaff = cache(async (): Promise<Staff | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: unknown } | undefined)?.id;
  // Never query with a missing id: an undefined in a where clause would match anyone.
  if (typeof id !== "string" || id.length === 0) return null;
  const staff = await db.staffUser.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true, active: true } });
  if (!staff || !staff.active) return null;
  return { id: staff.id, email: staff.email, name: staff.name, role: staff.role };
});

/** For staff pages: signs the visitor in first, and refuses a role that is not enough. */
export async function requireStaffPage(required: RequiredRole): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) redirect("/admin/sign-in");
  if (!allows(staff.role, required)) redirect("/admin/forbidden");
  return staff;
}

/** For staff server actions and routes: the staff member if their role is enough, otherwise null. */
export async function authorizeStaff(required: RequiredRole): Promise<Staff | null> {
  const staff = await currentStaff();
  return staff && allows(staff.role, required) ? staff : null;
}
