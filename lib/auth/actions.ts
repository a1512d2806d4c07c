"use server";

import { redirect } from "next/navigation";
import { formObject, postedForm } from "../forms/form-data";
import { adminPath } from "../paths";
import { type SignInState } from "./schema";
import { deleteStaffSessionCookie, requestStaffToken, writeStaffSessionCookie } from "./session-cookie";
import { endSessionOfToken } from "./sessions";
import { signInStaff } from "./sign-in";

// One message for an unknown email and for a wrong password: sign-in never says which it was.
export async function signIn(_previous: SignInState, form: unknown): Promise<SignInState> {
  const formData = postedForm(form);
  const email = String(formData.get("email") ?? "").slice(0, 254);
  const outcome = await signInStaff(formObject(formData), "form");
  if (outcome.status === "rateLimited") {
    return { status: "error", message: "rateLimited", retryAfterMinutes: Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60)), email };
  }
  if (outcome.status !== "signedIn") return { status: "error", message: "wrongCredentials", email };
  await writeStaffSessionCookie(outcome.staff, outcome.sessionId);
  redirect(adminPath.home);
}

/** Ends the session on the server (every copy of its cookie), then drops this browser's cookie. */
export async function signOut(): Promise<void> {
  await endSessionOfToken(await requestStaffToken());
  await deleteStaffSessionCookie();
  redirect(adminPath.signIn);
}
