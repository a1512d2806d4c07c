"use server";

import { redirect } from "next/navigation";
import { formObject, postedForm } from "../forms/form-data";
import { adminPath } from "../paths";
import { orNothingSaved } from "../server-action";
import { type SignInState } from "./schema";
import { deleteStaffSessionCookie, requestStaffToken, writeStaffSessionCookie } from "./session-cookie";
import { endSessionOfToken } from "./sessions";
import { signInStaff } from "./sign-in";

// One message for an unknown email and for a wrong password: sign-in never says which it was.
// A database failure says "unavailable": nothing was changed and no session was made.
export async function signIn(_previous: SignInState, form: unknown): Promise<SignInState> {
  const formData = postedForm(form);
  const email = String(formData.get("email") ?? "").slice(0, 254);
  const answer = await orNothingSaved<SignInState | "signedIn">(
    "signIn",
    () => ({ status: "error", message: "unavailable", email }),
    async () => {
      const outcome = await signInStaff(formObject(formData), "form");
      if (outcome.status === "rateLimited") {
        return {
          status: "error",
          message: "rateLimited",
          retryAfterMinutes: Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60)),
          email,
        };
      }
      if (outcome.status !== "signedIn") return { status: "error", message: "wrongCredentials", email };
      await writeStaffSessionCookie(outcome.staff, outcome.sessionId);
      return "signedIn";
    },
  );
  if (answer === "signedIn") redirect(adminPath.home);
  return answer;
}

/**
 * Ends the session on the server (every copy of its cookie), then drops this browser's cookie.
 * If the server cannot end it, this browser is still signed out, and the sign-in page says the
 * session may live on elsewhere until it expires.
 */
export async function signOut(): Promise<void> {
  const ended = await orNothingSaved(
    "signOut",
    () => false,
    async () => {
      await endSessionOfToken(await requestStaffToken());
      return true;
    },
  );
  await deleteStaffSessionCookie();
  redirect(ended ? adminPath.signIn : `${adminPath.signIn}?error=signOutIncomplete`);
}
