"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { FormMessage } from "@/components/forms/FormParts";
import { useEnhancedAction } from "@/components/forms/useEnhancedAction";
import { signIn } from "@/lib/auth/actions";
import { signInSchema, type SignInInput, type SignInState } from "@/lib/auth/schema";

const IDLE: SignInState = { status: "idle" };
const FAILED: SignInState = { status: "error", message: "network" };

const MESSAGES: Record<string, string> = {
  wrongCredentials: "The email or the password is wrong.",
  rateLimited: "Too many attempts. Wait a while and try again.",
  network: "The form could not be sent. Check your connection and try again.",
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
  const { state, formAction, pending, send } = useEnhancedAction(signIn, initial, FAILED);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: state.status === "error" ? (state.email ?? "") : "" },
  });
  const fieldMessage = errors.email?.message ?? errors.password?.message;
  const message = state.status === "error" ? messageOf(state) : fieldMessage && (MESSAGES[fieldMessage] ?? MESSAGES.wrongCredentials);
  return (
    <form
      action={formAction}
      onSubmit={handleSubmit((_values, event) => send(event))}
      noValidate
      className="space-y-4"
      data-testid="sign-in-form"
    >
      <FormMessage text={message} />
      <div className="flex flex-col gap-1">
        <label htmlFor="staff-email" className="text-sm font-semibold">
          Email
        </label>
        <input
          id="staff-email"
          type="email"
          autoComplete="username"
          className="rounded border border-muted bg-white px-3 py-2"
          {...register("email")}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="staff-password" className="text-sm font-semibold">
          Password
        </label>
        <input
          id="staff-password"
          type="password"
          autoComplete="current-password"
          className="rounded border border-muted bg-white px-3 py-2"
          {...register("password")}
        />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-ink px-5 py-2.5 font-semibold text-white disabled:opacity-60">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
