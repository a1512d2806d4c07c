import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "emailRequired").max(254, "emailTooLong"),
  password: z.string().min(1, "passwordRequired").max(200, "passwordTooLong"),
});

export type SignInInput = z.input<typeof signInSchema>;
export type SignInState = { status: "idle" } | { status: "error"; message: string; email?: string; retryAfterMinutes?: number };
