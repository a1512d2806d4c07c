import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/SignInForm";
import { currentStaff } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await currentStaff()) redirect("/admin");
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="font-serif text-3xl font-bold">Staff sign-in</h1>
      <SignInForm />
    </div>
  );
}
