import type { Metadata } from "next";
import { EditorPage } from "@/components/admin/content/EditorPage";
import { PrisonerForm } from "@/components/admin/content/PrisonerForm";
import { EMPTY_PRISONER } from "@/lib/prisoners/schema";
import { requireStaffPage } from "@/lib/auth/guards";
import { listPrisonOptions } from "@/lib/prisons/queries";

export const metadata: Metadata = { title: "New prisoner" };

export default async function NewPrisonerPage() {
  await requireStaffPage("ADMIN");
  const prisons = await listPrisonOptions();
  return (
    <EditorPage title="New prisoner">
      <PrisonerForm initial={EMPTY_PRISONER} prisons={prisons} />
    </EditorPage>
  );
}
