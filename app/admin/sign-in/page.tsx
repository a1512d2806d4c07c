import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/SignInForm";
import { currentStaff } from "@/lib/auth/guards";
import type { SignInState } from "@/lib/auth/schema";

export const metadata: Metadata = { title: "Sign in" };

// next-auth's endpoint sends a refused sign-in back here with ?error=; any other value says nothing.
const NEXT_AUTH_ERRORS: Record<string, SignInState> = {
  CredentialsSignin: { status: "error", message: "wrongCredentials" },
  rateLimited: { status: "error", message: "rateLimited" },
  signOutIncomplete: { status: "error", message: "signOutIncomplete" },
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  if (await currentStaff()) redirect("/admin");
  const { error } = await searchParams;
  const initial = typeof error === "string" && Object.hasOwn(NEXT_AUTH_ERRORS, error) ? NEXT_AUTH_ERRORS[error] : undefined;
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="font-serif text-3xl font-bold">Staff sign-in</h1>
      <SignInForm initial={initial} />
    </div>
  );
}
