import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { StaffRole } from "../generated/prisma/enums";
import { adminPath } from "../paths";
import { requestStaffToken } from "./session-cookie";
import { staffForToken, type Staff } from "./sessions";

export type { Staff };

/** "MODERATOR" admits moderators and admins; "ADMIN" admits admins only. */
export type RequiredRole = StaffRole;

function allows(role: StaffRole, required: RequiredRole): boolean {
  return required === "MODERATOR" ? role === "MODERATOR" || role === "ADMIN" : role === "ADMIN";
}

/**
 * The signed-in staff member as the database knows them now, or null. The session token only says
 * who signed in and which session; whether that session still stands (signed out, deactivated,
 * password changed, expired) and the role are read here on every request, in one query. Read once
 * per request.
 */
export const currentStaff = cache(async (): Promise<Staff | null> => staffForToken(await requestStaffToken()));

/** For staff pages: signs the visitor in first, and refuses a role that is not enough. */
export async function requireStaffPage(required: RequiredRole): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) redirect(adminPath.signIn);
  if (!allows(staff.role, required)) redirect(adminPath.forbidden);
  return staff;
}

/** For staff server actions and routes: the staff member if their role is enough, otherwise null. */
export async function authorizeStaff(required: RequiredRole): Promise<Staff | null> {
  const staff = await currentStaff();
  return staff && allows(staff.role, required) ? staff : null;
}
