import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Moderation" };

// Replaced by the moderation queue.
export default async function ModerationPage() {
  await requireStaffPage("MODERATOR");
  return <h1 className="font-serif text-3xl font-bold">Moderation</h1>;
}
