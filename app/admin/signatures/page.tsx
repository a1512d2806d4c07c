import type { Metadata } from "next";
import { PetitionSignaturesTable } from "@/components/admin/signatures/SignatureCounts";
import { requireStaffPage } from "@/lib/auth/guards";
import { listPetitionsWithCounts } from "@/lib/petitions/queries";

export const metadata: Metadata = { title: "Signatures" };

export default async function SignaturesPage() {
  await requireStaffPage("ADMIN");
  const petitions = await listPetitionsWithCounts();
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Signatures</h1>
      <p className="max-w-prose text-muted">Choose a petition to export its confirmed signatures or to invalidate a wave of bad ones.</p>
      <PetitionSignaturesTable petitions={petitions} />
    </div>
  );
}
