import { redirect } from "next/navigation";
import { requireStaffPage } from "@/lib/auth/guards";

export default async function AdminHome() {
  await requireStaffPage("MODERATOR");
  redirect("/admin/moderation");
}
