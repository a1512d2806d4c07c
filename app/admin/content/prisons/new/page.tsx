import type { Metadata } from "next";
import { EditorPage } from "@/components/admin/content/EditorPage";
import { PrisonForm } from "@/components/admin/content/PrisonForm";
import { requireStaffPage } from "@/lib/auth/guards";
import { EMPTY_PRISON } from "@/lib/prisons/schema";

export const metadata: Metadata = { title: "New place of detention" };

export default async function NewPrisonPage() {
  await requireStaffPage("ADMIN");
  return (
    <EditorPage title="New place of detention">
      <PrisonForm initial={EMPTY_PRISON} />
    </EditorPage>
  );
}
