import type { Metadata } from "next";
import { EditorPage } from "@/components/admin/content/EditorPage";
import { UpdateForm } from "@/components/admin/content/UpdateForm";
import { EMPTY_UPDATE } from "@/lib/content/form-values";
import { requireStaffPage } from "@/lib/auth/guards";
import { listPrisonerOptions } from "@/lib/content/queries";

export const metadata: Metadata = { title: "New update" };

export default async function NewUpdatePage() {
  await requireStaffPage("ADMIN");
  const people = await listPrisonerOptions();
  return (
    <EditorPage title="New campaign update">
      <UpdateForm initial={{ ...EMPTY_UPDATE, publishedAt: new Date().toISOString().slice(0, 10) }} people={people} />
    </EditorPage>
  );
}
