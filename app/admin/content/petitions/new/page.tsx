import type { Metadata } from "next";
import { EditorPage } from "@/components/admin/content/EditorPage";
import { PetitionForm } from "@/components/admin/content/PetitionForm";
import { EMPTY_PETITION } from "@/lib/petitions/schema";
import { requireStaffPage } from "@/lib/auth/guards";
import { listPrisonerOptions } from "@/lib/prisoners/queries";

export const metadata: Metadata = { title: "New petition" };

export default async function NewPetitionPage() {
  await requireStaffPage("ADMIN");
  const people = await listPrisonerOptions();
  return (
    <EditorPage title="New petition">
      <PetitionForm initial={EMPTY_PETITION} people={people} />
    </EditorPage>
  );
}
