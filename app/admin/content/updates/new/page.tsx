import type { Metadata } from "next";
import { EditorPage } from "@/components/admin/content/EditorPage";
import { UpdateForm } from "@/components/admin/content/UpdateForm";
import { EMPTY_UPDATE } from "@/lib/updates/schema";
import { requireStaffPage } from "@/lib/auth/guards";
import { listPrisonerOptions } from "@/lib/prisoners/queries";

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
