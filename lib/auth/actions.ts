"use server";

import { redirect } from "next/navigation";
import { auditEntry } from "../audit/log";
import { keyedHash } from "../crypto";
import { anyLimited, refund, type Limit } from "../rate-limit";
import { clientIpHash } from "../request";
import { verifyStaffCredentials } from "./credentials";
import { currentStaff } from "./guards";
import { signInSchema, type SignInState } from "./schema";
import { endStaffSession, startStaffSession } from "./session-cookie";

const LIMITS = {
  perIp: { name: "sign-in-ip", points: 20, durationSeconds: 15 * 60 },
  perEmail: { name: "sign-in-email", points: 8, durationSeconds: 15 * 60 },
} satisfies Record<string, Limit>;

// One message for an unknown email and for a wrong password: sign-in never says which it was.
export async function signIn(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  const email = String(formData.get("email") ?? "").slice(0, 254);
  if (!parsed.success) return { status: "error", message: "wrongCredentials", email };
  const keys = [
    [LIMITS.perIp, await clientIpHash()],
    [LIMITS.perEmail, keyedHash("email", parsed.data.email.toLowerCase())],
  ] as const;
  if (await anyLimited(keys)) return { status: "error", message: "rateLimited", email };
  const staff = await verifyStaffCredentials(parsed.data.email, parsed.data.password);
  if (!staff) return { status: "error", message: "wrongCredentials", email };
  // Only failed attempts count towards the limits.
  for (const [limit, key] of keys) await refund(limit, key);
  await startStaffSession(staff);
  await auditEntry({ actorId: staff.id, action: "staff.sign-in", entityType: "StaffUser", entityId: staff.id });
  redirect("/admin");
}

export async function signOut(): Promise<void> {
  const staff = await currentStaff();
  await endStaffSession();
  if (staff) await auditEntry({ actorId: staff.id, action: "staff.sign-out", entityType: "StaffUser", entityId: staff.id });
  redirect("/admin/sign-in");
}
