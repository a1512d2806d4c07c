import type { Metadata } from "next";
import { EditorPage, MissingRecord } from "@/components/admin/content/EditorPage";
import { PrisonerForm } from "@/components/admin/content/PrisonerForm";
import { requireStaffPage } from "@/lib/auth/guards";
import { getPrisonerForEdit } from "@/lib/prisoners/queries";
import { listPrisonOptions } from "@/lib/prisons/queries";

export const metadata: Metadata = { title: "Edit prisoner" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditPrisonerPage({ params, searchParams }: Props) {
  await requireStaffPage("ADMIN");
  const [{ slug }, { saved }] = await Promise.all([params, searchParams]);
  const [prisoner, prisons] = await Promise.all([getPrisonerForEdit(slug), listPrisonOptions()]);
  if (!prisoner) return <MissingRecord what="prisoner" />;
  return (
    <EditorPage
      translate={{ kind: "prisoners", slug }}
      title={prisoner.values.nameLatin}
      publicHref={`/prisoners/${prisoner.slug}`}
      saved={saved === "1"}
    >
      {/* A new key after each save: the form starts again from what is stored now. */}
      <PrisonerForm key={prisoner.version} initial={prisoner.values} prisons={prisons} />
    </EditorPage>
  );
}
