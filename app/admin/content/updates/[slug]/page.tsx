import type { Metadata } from "next";
import { EditorPage, MissingRecord } from "@/components/admin/content/EditorPage";
import { UpdateForm } from "@/components/admin/content/UpdateForm";
import { requireStaffPage } from "@/lib/auth/guards";
import { listPrisonerOptions } from "@/lib/prisoners/queries";
import { getUpdateForEdit } from "@/lib/updates/queries";

export const metadata: Metadata = { title: "Edit update" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditUpdatePage({ params, searchParams }: Props) {
  await requireStaffPage("ADMIN");
  const [{ slug }, { saved }] = await Promise.all([params, searchParams]);
  const [update, people] = await Promise.all([getUpdateForEdit(slug), listPrisonerOptions()]);
  if (!update) return <MissingRecord what="update" />;
  return (
    <EditorPage
      translate={{ kind: "updates", slug }}
      title={update.values.title}
      publicHref={`/updates/${update.slug}`}
      saved={saved === "1"}
    >
      <UpdateForm key={update.version} initial={update.values} people={people} />
    </EditorPage>
  );
}
