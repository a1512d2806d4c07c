import type { Metadata } from "next";
import { EditorPage, MissingRecord } from "@/components/admin/content/EditorPage";
import { PrisonForm } from "@/components/admin/content/PrisonForm";
import { requireStaffPage } from "@/lib/auth/guards";
import { publicPath } from "@/lib/paths";
import { getPrisonForEdit } from "@/lib/prisons/queries";

export const metadata: Metadata = { title: "Edit place of detention" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditPrisonPage({ params, searchParams }: Props) {
  await requireStaffPage("ADMIN");
  const [{ slug }, { saved }] = await Promise.all([params, searchParams]);
  const prison = await getPrisonForEdit(slug);
  if (!prison) return <MissingRecord what="place of detention" />;
  return (
    <EditorPage title={prison.values.nameLatin} publicHref={publicPath.prison(prison.slug)} saved={saved === "1"}>
      {/* A new key after each save: the form starts again from what is stored now. */}
      <PrisonForm key={prison.version} initial={prison.values} />
    </EditorPage>
  );
}
