import type { Metadata } from "next";
import Link from "next/link";
import { EditorPage, MissingRecord } from "@/components/admin/content/EditorPage";
import { PetitionForm } from "@/components/admin/content/PetitionForm";
import { requireStaffPage } from "@/lib/auth/guards";
import { getPetitionForEdit } from "@/lib/petitions/queries";
import { listPrisonerOptions } from "@/lib/prisoners/queries";

export const metadata: Metadata = { title: "Edit petition" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ saved?: string }> };

export default async function EditPetitionPage({ params, searchParams }: Props) {
  await requireStaffPage("ADMIN");
  const [{ slug }, { saved }] = await Promise.all([params, searchParams]);
  const [petition, people] = await Promise.all([getPetitionForEdit(slug), listPrisonerOptions()]);
  if (!petition) return <MissingRecord what="petition" />;
  return (
    <EditorPage
      translate={{ kind: "petitions", slug }}
      title={petition.values.title}
      publicHref={`/petitions/${petition.slug}`}
      saved={saved === "1"}
    >
      <p className="text-sm" data-testid="petition-signing-state">
        {petition.state === "OPEN"
          ? "Open"
          : `Closed${petition.closedAt ? ` since ${petition.closedAt.toISOString().slice(0, 16).replace("T", " ")} UTC` : ""}`}
        {" · "}
        {petition.confirmedCount.toLocaleString("en")} confirmed signatures ·{" "}
        <Link href={`/admin/signatures/${petition.slug}`} className="underline">
          Signatures: export and invalidation
        </Link>
      </p>
      <PetitionForm key={petition.version} initial={petition.values} people={people} />
    </EditorPage>
  );
}
