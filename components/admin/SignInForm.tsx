"use client";

import { TextField } from "@/components/forms/Field";
import { FormMessage, STAFF_SUBMIT, SubmitButton } from "@/components/forms/FormParts";
import { useServerForm } from "@/components/forms/useServerForm";
import { signIn } from "@/lib/auth/actions";
import { signInSchema, type SignInState } from "@/lib/auth/schema";

const IDLE: SignInState = { status: "idle" };
const FAILED: SignInState = { status: "error", message: "network" };

const MESSAGES: Record<string, string> = {
  wrongCredentials: "The email or the password is wrong.",
  rateLimited: "Too many attempts. Wait a while and try again.",
  network: "The form could not be sent. Check your connection and try again.",
  unavailable: "Sign-in is unavailable just now: nothing was changed. Please try again in a moment.",
  signOutIncomplete:
    "You are signed out in this browser, but the server could not end your session: a copy of its cookie elsewhere works until it expires. Sign in and out again when the site is back.",
  emailRequired: "Enter your email.",
  passwordRequired: "Enter your password.",
};

function messageOf(state: SignInState): string | undefined {
  if (state.status !== "error") return undefined;
  if (state.message === "rateLimited" && state.retryAfterMinutes) {
    const minutes = state.retryAfterMinutes;
    return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
  }
  return MESSAGES[state.message] ?? MESSAGES.wrongCredentials;
}

/** `initial`: the answer to a sign-in through next-auth's own endpoint, which comes back here as ?error=. */
export function SignInForm({ initial = IDLE }: { initial?: SignInState }) {
  const { state, pending, register, error, formProps } = useServerForm(signInSchema, signIn, initial, FAILED, (answer) => ({
    email: answer.status === "error" ? (answer.email ?? "") : "",
  }));
  // Every answer, the browser's checks too, is one message above the fields: a sign-in form says
  // no more than "wrong" about which of the two was wrong.
  const fieldMessage = error("email") ?? error("password");
  const message = state.status === "error" ? messageOf(state) : fieldMessage && (MESSAGES[fieldMessage] ?? MESSAGES.wrongCredentials);
  return (
    <form {...formProps} className="space-y-4" data-testid="sign-in-form">
      <FormMessage text={message} />
      <TextField id="staff-email" label="Email" type="email" autoComplete="username" registration={register("email")} />
      <TextField id="staff-password" label="Password" type="password" autoComplete="current-password" registration={register("password")} />
      <SubmitButton pending={pending} label="Sign in" pendingLabel="Signing in…" className={STAFF_SUBMIT} />
    </form>
  );
}
