import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { Page } from "@playwright/test";
import { openE2eDatabase as database, storedNow } from "./database";

// Staff accounts for end-to-end tests, written straight into the test server's database (the
// same rows `npm run staff:add` writes), each test with its own account.

export interface TestStaff {
  id: string;
  email: string;
  password: string;
}

export async function createStaff(role: "ADMIN" | "MODERATOR"): Promise<TestStaff> {
  const id = randomUUID();
  const email = `${role.toLowerCase()}-${id.slice(0, 8)}@staff.test`;
  const password = `pw-${randomUUID()}`;
  const passwordHash = await hash(password);
  const now = storedNow();
  const db = database();
  db.prepare(`INSERT INTO "StaffUser" (id, email, role, active, passwordHash, createdAt, updatedAt) VALUES (?, ?, ?, 1, ?, ?, ?)`).run(
    id,
    email,
    role,
    passwordHash,
    now,
    now,
  );
  db.close();
  return { id, email, password };
}

/** Changes a staff member's role or removes their access, as an admin would. */
export function setStaffAccess(staff: TestStaff, access: { role?: "ADMIN" | "MODERATOR"; active?: boolean }) {
  const db = database();
  if (access.role) db.prepare(`UPDATE "StaffUser" SET role = ? WHERE id = ?`).run(access.role, staff.id);
  if (access.active !== undefined) db.prepare(`UPDATE "StaffUser" SET active = ? WHERE id = ?`).run(access.active ? 1 : 0, staff.id);
  db.close();
}

export async function signInAs(page: Page, staff: TestStaff) {
  await page.goto("/admin/sign-in");
  const form = page.getByTestId("sign-in-form");
  await form.getByLabel("Email").fill(staff.email);
  await form.getByLabel("Password").fill(staff.password);
  await form.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/admin/sign-in"));
}
